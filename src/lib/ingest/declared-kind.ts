/**
 * The kind of a document when its page declares one: a page that calls itself a news article
 * (JSON-LD `NewsArticle`, an OpenGraph article with a publication time) is read as news even
 * when its text alone shows too few marks of a news page. A scholarly page still needs an
 * abstract heading in its text, since the thesis parser reads the abstract from there.
 */
import { detectKind } from './detect-kind.ts';
import type { DeclaredKind, Stated } from './formats/document-metadata.ts';
import { IngestError, type KindDetection } from './types.ts';

/** {@link detectKind}, with the page's declaration deciding for news. */
export function detectKindWithDeclaration(text: string, file: string, declared: Stated<DeclaredKind> | undefined): KindDetection {
  const declaredNews: KindDetection | undefined =
    declared?.value === 'news' ? { kind: 'news', reasons: [`the page declares a news article (${declared.from})`] } : undefined;
  let detection: KindDetection;
  try {
    detection = detectKind(text, file);
  } catch (error) {
    if (declaredNews && error instanceof IngestError) return declaredNews;
    throw error;
  }
  return declaredNews && detection.kind !== 'news' ? declaredNews : detection;
}
