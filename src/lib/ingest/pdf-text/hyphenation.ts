/**
 * Joins a word that a line break split after a hyphen. Word processors rarely hyphenate
 * automatically, so a hyphen at a line end is usually a real one ("non-tradisional",
 * "Indonesia-Belanda", reduplication "bentuk-bentuk"); it is only dropped when the document
 * itself shows the word written whole elsewhere.
 */

/** Lower-cased words of a text, with inner hyphens and apostrophes kept. */
export function collectWords(text: string): Set<string> {
  return new Set(text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
}

/**
 * Returns `head` (which ends with "-") and `tail` (the start of the next line) joined into one
 * word: the hyphen is kept unless `vocabulary` knows the unhyphenated form and not the
 * hyphenated one.
 */
export function joinHyphenatedBreak(head: string, tail: string, vocabulary: ReadonlySet<string>): string {
  const stem = head.slice(0, -1);
  const headWord = (stem.match(/[\p{L}\p{N}]+$/u) ?? [''])[0].toLowerCase();
  const tailWord = (tail.match(/^[\p{L}\p{N}]+/u) ?? [''])[0].toLowerCase();
  const isReduplication = headWord !== '' && tailWord.startsWith(headWord);
  const whole = headWord + tailWord;
  const hyphenated = `${headWord}-${tailWord}`;
  if (!isReduplication && vocabulary.has(whole) && !vocabulary.has(hyphenated)) return stem + tail;
  return head + tail;
}
