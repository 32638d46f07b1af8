/**
 * Tells a paragraph of running prose from a headline, a label or a widget line. Clutter removal
 * and header detection both rest on this: articles are prose, what surrounds them mostly is not.
 */

/** Words that stay lower case inside a title-cased headline. */
const TITLE_SMALL_WORDS = new Set(
  'di ke dari dan yang untuk dengan atau pada dalam oleh bagi vs the of and to in for on a an at by with from as or'.split(' '),
);
const SENTENCE_END = /[.…]["”’)]*$/;
const QUESTION_OR_EXCLAMATION_END = /[?!]["”’)]*$/;
const QUOTATION = /["“”]/;
/** Share of capitalised words from which a line reads as a title rather than a sentence. */
const TITLE_CASE_SHARE = 0.6;
/** Fewest words a prose paragraph has; shorter lines are labels, buttons or headlines. */
const MIN_PROSE_WORDS = 5;
/** From this many words a line without final punctuation still reads as prose. */
const LONG_LINE_WORDS = 25;
/** From this many words a sentence-cased line with a word headlines leave out reads as prose. */
const JOINED_SENTENCE_WORDS = 12;
/**
 * Words of running sentences that headlines leave out: past auxiliaries and conjunctions joining
 * clauses ("The operation was conducted from Rupat Island because ..."). A standfirst or a
 * caption has them; a headline ("Police foil trafficking of 18 Indonesians") does not.
 */
const SENTENCE_WORDS_HEADLINES_DROP = /(?<!\p{L})(?:was|were|had|because|which|who|would|could|karena|sehingga|bahwa)(?!\p{L})/iu;

/** An agency signing after the last sentence, set off by a dash: "... Act 2007. – Bernama", "... said. — AFP". */
const SIGNED_AFTER_DASH = /(?<=[.!?"”’])\s+[–—-]{1,2}\s*(\p{Lu}[\p{L}.&]*(?: \p{Lu}[\p{L}.&]*)?)\.?$/u;

/** Returns the agency that signs `line` after a dash closing its last sentence, or undefined. */
export function readClosingSignature(line: string): string | undefined {
  return SIGNED_AFTER_DASH.exec(line)?.[1];
}

function wordsOf(line: string): string[] {
  return line.split(' ').filter((word) => /\p{L}/u.test(word));
}

/** Returns the share (0..1) of a line's content words that start with a capital letter. */
export function titleCaseShare(line: string): number {
  const words = wordsOf(line)
    .map((word) => word.replace(/^[^\p{L}]+/u, ''))
    .filter((word) => !TITLE_SMALL_WORDS.has(word.toLowerCase()));
  if (words.length === 0) return 0;
  return words.filter((word) => /^\p{Lu}/u.test(word)).length / words.length;
}

/**
 * True when `line` reads as a paragraph of an article: a full sentence ending in a period, or a
 * sentence-cased line with a quotation, of some length, or joined like a sentence. Headlines ("... Kondisinya?", title
 * case, no final period) and labels fail.
 */
export function isProseLine(signed: string): boolean {
  // The agency's signature after the last sentence is no part of it.
  const line = signed.replace(SIGNED_AFTER_DASH, '');
  const words = wordsOf(line);
  if (words.length < MIN_PROSE_WORDS) return false;
  // A period is the strongest mark: headlines do not end in one, however capitalised they are.
  if (SENTENCE_END.test(line)) return true;
  if (titleCaseShare(line) >= TITLE_CASE_SHARE) return false;
  return (
    QUESTION_OR_EXCLAMATION_END.test(line) ||
    QUOTATION.test(line) ||
    words.length >= LONG_LINE_WORDS ||
    (words.length >= JOINED_SENTENCE_WORDS && SENTENCE_WORDS_HEADLINES_DROP.test(line))
  );
}
