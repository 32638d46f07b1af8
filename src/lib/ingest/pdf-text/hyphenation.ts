/**
 * Joins a word that a line break split after a hyphen. Word processors rarely hyphenate
 * automatically, so a hyphen at a line end is usually a real one ("non-tradisional",
 * "Indonesia-Belanda", reduplication "bentuk-bentuk"); it is dropped when the document itself
 * shows the word written whole elsewhere, or when neither piece is a word the document uses
 * anywhere else ("keimi-" + "grasian": typesetting split one word).
 */

/** Prefixes written with a hyphen before a word ("non-tradisional", "cross-border"): such a break is kept. */
const HYPHENATED_PREFIXES = new Set(
  'non anti pasca pra pro multi inter intra trans sub neo semi post pre co ex self cyber e mini super ultra mega quasi counter cross'.split(' '),
);

/**
 * A word cut by a hyphen at a line end; its pieces are not words of the text. It is looked for
 * from word starts only, so a long run of letters is not read again from each of its letters.
 */
const BROKEN_AT_LINE_END = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+-[ \t]*\n\s*[\p{L}\p{N}]+/gu;

/** The last word of a text. */
const LAST_WORD = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+$/u;

/**
 * How much of a line's end is read for the word broken at it. Longer runs of letters are no
 * words a vocabulary can know, and reading the whole paragraph built so far at every broken line
 * would cost the paragraph again and again.
 */
export const MAX_WORD_LENGTH = 64;

/**
 * Lower-cased words of a text, with inner hyphens and apostrophes kept; words cut by a line-end
 * hyphen are left out, so that their pieces do not count as words of the text.
 */
export function collectWords(text: string): Set<string> {
  const whole = text.toLowerCase().replace(BROKEN_AT_LINE_END, ' ');
  return new Set(whole.match(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*/gu) ?? []);
}

/**
 * Returns `head` (which ends with "-") and `tail` (the start of the next line) joined into one
 * word: the hyphen is kept for reduplication and for forms `vocabulary` knows hyphenated; it is
 * dropped when `vocabulary` knows the whole word, or knows neither piece, the head is no prefix
 * written with a hyphen and the tail goes on in lower case.
 */
export function joinHyphenatedBreak(head: string, tail: string, vocabulary: ReadonlySet<string>): string {
  const stem = head.slice(0, -1);
  const headWord = (stem.slice(-MAX_WORD_LENGTH).match(LAST_WORD) ?? [''])[0].toLowerCase();
  const tailWord = (tail.match(/^[\p{L}\p{N}]+/u) ?? [''])[0].toLowerCase();
  const isReduplication = headWord !== '' && tailWord.startsWith(headWord);
  if (isReduplication || vocabulary.has(`${headWord}-${tailWord}`)) return head + tail;
  if (vocabulary.has(headWord + tailWord)) return stem + tail;
  const piecesUnknown =
    headWord.length >= 2 && !HYPHENATED_PREFIXES.has(headWord) && !vocabulary.has(headWord) && !vocabulary.has(tailWord);
  return piecesUnknown && /^\p{Ll}/u.test(tail) ? stem + tail : head + tail;
}
