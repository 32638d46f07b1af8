/**
 * Headings print a regulation's title in capitals; its entry shows it in the case running text
 * uses ("Badan Siber dan Sandi Negara"). Short words stay lower case inside the title; a word
 * of two or three capitals that is no Indonesian word (ITE, BSSN) stays as printed.
 */

const LOWER_WORDS = new Set([
  'dan', 'atau', 'di', 'ke', 'dari', 'atas', 'dalam', 'yang', 'untuk', 'tentang', 'pada', 'serta',
  'terhadap', 'bagi', 'oleh', 'dengan', 'sebagai', 'antara', 'of', 'the', 'and', 'on', 'for', 'to', 'in',
]);

/** Words short enough to be an acronym but common Indonesian words. */
const SHORT_WORDS = new Set(['BAB', 'DAN', 'DI', 'KE', 'ATAS', 'ANTI', 'HAK', 'KOTA', 'DATA', 'RI']);

function caseWord(word: string, first: boolean): string {
  const lower = word.toLowerCase();
  if (!first && LOWER_WORDS.has(lower)) return lower;
  if (/^\p{Lu}{2,4}$/u.test(word) && !SHORT_WORDS.has(word) && !/[AIUEO]{1}.*[AIUEO]/.test(word)) return word;
  return lower.replace(/(^|[-/(])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase());
}

/** `title` in title case when it is printed in capitals; a title in mixed case is kept as it is. */
export function titleCaseHeading(title: string): string {
  if (title !== title.toUpperCase()) return title;
  return title
    .split(' ')
    .map((word, index) => caseWord(word, index === 0))
    .join(' ');
}
