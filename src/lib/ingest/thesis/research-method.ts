/** The research method an abstract states, kept in the author's words. */
import type { Lang } from '../../langs.ts';

/**
 * A method word with the qualifier that may follow it (including common misspellings), directly
 * or in "metode penelitian yang digunakan adalah ...".
 */
const ID_METHOD =
  /\b(?:metode|pendekatan|jenis)\s+(?:penelitian\s+)?(?:yang\s+(?:digunakan|dipakai)(?:\s+(?:dalam|pada)\s+penelitian\s+ini)?\s+(?:adalah|ialah|yaitu|merupakan)\s+(?:metode\s+|pendekatan\s+)?(?:penelitian\s+)?)?((?:deskriptif\s+)?(?:kualitatif|kuantitatif|campuran|studi\s+kasus|deskriptif)(?:\s+(?:secara\s+)?(?:\p{L}*kriptif|analitis|eksplanatif|eksploratif|komparatif))?)/iu;

const EN_QUALIFIED =
  '((?:(?:descriptive|explanatory|exploratory|comparative|analytical)\\s+)?(?:qualitative|quantitative|mixed)(?:\\s+(?:descriptive|explanatory|exploratory))?)';

/** "descriptive qualitative method", or "the method used (in this research) is descriptive qualitative". */
const EN_METHOD = new RegExp(
  `\\b${EN_QUALIFIED}(?:\\s+research)?\\s+(?:methods?|approach|design)\\b` +
    `|\\b(?:method|approach)\\s+used(?:\\s+in\\s+this\\s+(?:research|study|thesis))?\\s+(?:is|was)\\s+(?:an?\\s+|the\\s+)?${EN_QUALIFIED}`,
  'i',
);

/**
 * Returns the method stated in `text` ("kualitatif secara deskriptif", "descriptive
 * qualitative"), or undefined when the text states none.
 */
export function findResearchMethod(text: string, lang: Lang): string | undefined {
  const match = (lang === 'id' ? ID_METHOD : EN_METHOD).exec(text);
  return match?.[1] ?? match?.[2];
}
