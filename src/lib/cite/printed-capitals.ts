/**
 * Titles and names that a document prints in capitals ("EFEKTIFITAS INTERPOL DALAM ...") are kept
 * so in the entry, but a citation gives them in ordinary case, as every style expects.
 */
import type { Lang } from '../langs.ts';

/** Words written small inside a title, per language. */
const MINOR_WORDS: Readonly<Record<Lang, ReadonlySet<string>>> = {
  id: new Set(['dan', 'di', 'ke', 'dari', 'dalam', 'yang', 'untuk', 'pada', 'terhadap', 'antara', 'atau', 'oleh', 'sebagai', 'dengan', 'tentang', 'melalui', 'bagi', 'serta']),
  en: new Set(['a', 'an', 'the', 'and', 'or', 'nor', 'but', 'of', 'in', 'on', 'at', 'to', 'for', 'by', 'with', 'from', 'as', 'via', 'between', 'through', 'into']),
};

/** True when `text` has letters and none of them is lower-case. */
export function isPrintedInCapitals(text: string): boolean {
  return /\p{Lu}/u.test(text) && !/\p{Ll}/u.test(text);
}

/** A word of capitals without a vowel (BNN, NCB) reads as an acronym and stays as printed. */
function isAcronym(word: string): boolean {
  return /^\p{Lu}+$/u.test(word) && !/[AEIOUY]/.test(word);
}

function capitalise(part: string): string {
  if (isAcronym(part)) return part;
  const lower = part.toLocaleLowerCase();
  return lower.charAt(0).toLocaleUpperCase() + lower.slice(1);
}

/**
 * `text` in title case when it is printed in capitals, else unchanged: each word capitalised (each
 * part of a hyphenated one), minor words of `lang` small except at the start, acronyms kept.
 */
export function titleCaseFromCapitals(text: string, lang: Lang): string {
  if (!isPrintedInCapitals(text)) return text;
  return text
    .split(/(\s+)/)
    .map((word, index) => {
      if (/^\s+$/.test(word)) return word;
      const lower = word.toLocaleLowerCase();
      if (index > 0 && MINOR_WORDS[lang].has(lower)) return lower;
      return word.split('-').map(capitalise).join('-');
    })
    .join('');
}
