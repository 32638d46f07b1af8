/**
 * The kind of a document when its page declares one: a page that calls itself a news article
 * (JSON-LD `NewsArticle`, an OpenGraph article with a publication time) is read as news even
 * when its text alone reads as another kind. A scholarly declaration decides nothing: the text
 * tells a thesis from a journal article, and `--kind` overrides both.
 */
import { detectKind } from './detect-kind.ts';
import type { DeclaredKind, Stated } from './formats/document-metadata.ts';
import type { KindDetection, ReadableKind } from './types.ts';

/** {@link detectKind}, with the page's declaration deciding for news unless `--kind` names a kind. */
export function detectKindWithDeclaration(
  text: string,
  file: string,
  declared: Stated<DeclaredKind> | undefined,
  forced?: ReadableKind,
): KindDetection {
  const detection = detectKind(text, file, forced);
  if (forced || declared?.value !== 'news' || detection.kind === 'news') return detection;
  return { kind: 'news', confidence: 'strong', reasons: [`the page declares a news article (${declared.from})`] };
}
