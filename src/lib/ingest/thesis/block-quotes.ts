/**
 * Recognises block quotes in extracted text, where the indentation that marked them is lost:
 * a paragraph in the other language than the text around it that closes with an in-text
 * citation or follows a line introducing it with a colon, or a paragraph wholly in quotation
 * marks closed by a citation.
 */
import type { Lang } from '../../langs.ts';
import { detectLanguage } from '../../text/detect-language.ts';

const ENDS_WITH_CITATION = /\([^()]*\b\d{4}[a-z]?\)[.]?["”]?$/;
const INTRODUCED = /:\s*(\([^()]*\b\d{4}[a-z]?\))?\.?$/;
const WHOLLY_QUOTED = /^["“][^"”]+["”]\s*(\([^()]*\d{4}[a-z]?\))?\.?$/;

/**
 * True when `paragraph` is a block quote, given the paragraph before it and the main language of
 * the text.
 */
export function isBlockQuote(paragraph: string, previous: string | undefined, mainLang: Lang): boolean {
  const text = paragraph.trim();
  if (WHOLLY_QUOTED.test(text) && ENDS_WITH_CITATION.test(text)) return true;
  const lang = detectLanguage(text);
  if (!lang || lang === mainLang) return false;
  return ENDS_WITH_CITATION.test(text) || INTRODUCED.test((previous ?? '').trim());
}
