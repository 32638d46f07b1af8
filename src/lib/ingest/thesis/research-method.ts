/** The research method an abstract states, kept in the author's words. */
import type { Lang } from '../../../content.config.ts';

/** A method word with the qualifier that may follow it (including common misspellings). */
const ID_METHOD =
  /\b(?:metode|pendekatan|jenis)\s+(?:penelitian\s+)?((?:deskriptif\s+)?(?:kualitatif|kuantitatif|campuran|studi\s+kasus|deskriptif)(?:\s+(?:secara\s+)?(?:\p{L}*kriptif|analitis|eksplanatif|eksploratif|komparatif))?)/iu;

const EN_METHOD =
  /\b((?:(?:descriptive|explanatory|exploratory|comparative|analytical)\s+)?(?:qualitative|quantitative|mixed)(?:\s+(?:descriptive|explanatory|exploratory))?)(?:\s+research)?\s+(?:methods?|approach|design)\b/i;

/**
 * Returns the method stated in `text` ("kualitatif secara deskriptif", "descriptive
 * qualitative"), or undefined when the text states none.
 */
export function findResearchMethod(text: string, lang: Lang): string | undefined {
  return (lang === 'id' ? ID_METHOD : EN_METHOD).exec(text)?.[1];
}
