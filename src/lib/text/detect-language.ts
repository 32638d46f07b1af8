/** Tells Indonesian from English by counting each language's most common function words. */
import type { Lang } from '../langs.ts';

const FUNCTION_WORDS: Record<Lang, ReadonlySet<string>> = {
  id: new Set(
    'yang dan di ke dari dalam untuk dengan ini itu pada adalah sebagai juga tidak atau oleh karena akan telah dapat bahwa serta secara antara terhadap maupun namun para suatu merupakan tersebut'.split(
      ' ',
    ),
  ),
  en: new Set(
    'the of and to in is are was were for with that this by as on from be it an which or not has have its their between about into also would may such these those'.split(
      ' ',
    ),
  ),
};

/** How many times more function words one language needs to be called the language of a text. */
const DOMINANCE = 2;

/**
 * Returns the language of `text` ('id' or 'en') when its function words clearly point to one,
 * otherwise undefined (too short, or mixed).
 */
export function detectLanguage(text: string): Lang | undefined {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  let id = 0;
  let en = 0;
  for (const word of words) {
    if (FUNCTION_WORDS.id.has(word)) id++;
    if (FUNCTION_WORDS.en.has(word)) en++;
  }
  if (id + en < 3) return undefined;
  if (id >= en * DOMINANCE) return 'id';
  if (en >= id * DOMINANCE) return 'en';
  return undefined;
}
