/**
 * What counts as reading an expected value correctly, and the counts one field of one document
 * adds to the evaluation.
 *
 * Texts are compared as the concept matcher compares terms (`normalizeForMatch`): case, accents,
 * punctuation, line breaks and runs of white space do not count, nor the closed or open spelling
 * of a few compounds ("kerjasama" / "kerja sama"). The corpus writes values as printed, and the
 * ingest may re-case a title or drop a trailing full stop without reading it wrongly. Everything
 * else counts: a degree left out of a name, a word added or lost, a typo corrected.
 */
import { normalizeForMatch } from '../text/normalize-for-match.ts';
import type { Comparison } from './expected-fields.ts';

/** What one field adds to the evaluation. Lists count per item, other fields count one. */
export interface FieldCounts {
  /** Values the document gives. */
  expected: number;
  /** Expected values read as given. */
  correct: number;
  /** Expected values for which nothing was read. */
  missed: number;
  /** Expected values read as something else. */
  wrong: number;
  /** Values read that the document does not give (the field is null, or a list item too many). */
  invented: number;
}

export const NO_COUNTS: FieldCounts = Object.freeze({ expected: 0, correct: 0, missed: 0, wrong: 0, invented: 0 });

/**
 * How many words a news lead may follow in its first paragraph: room for a dateline such as
 * "KUALA LUMPUR, 12 Oct (Bernama) --", which the body keeps and the corpus leaves out.
 */
export const DATELINE_ROOM_WORDS = 8;

/** Whether `words` begins with the words of `opening`, whole words only. */
function beginsWith(words: string, opening: string): boolean {
  return opening !== '' && (words === opening || words.startsWith(`${opening} `));
}

/** Whether the opening words appear after at most {@link DATELINE_ROOM_WORDS} words of `text`. */
function followsDateline(text: string, opening: string): boolean {
  const words = text.split(' ');
  for (let skip = 0; skip <= Math.min(DATELINE_ROOM_WORDS, words.length - 1); skip++) {
    if (beginsWith(words.slice(skip).join(' '), opening)) return true;
  }
  return false;
}

/**
 * Whether the value read (`got`) is the expected one: the same text (`text`), a text that opens
 * with the expected words (`opening`, the abstracts), a first paragraph that opens with them
 * after at most a dateline (`lead`), or the same `YYYY-MM-DD` date (`iso-date`).
 */
export function valuesMatch(expected: string, got: string, comparison: Comparison): boolean {
  if (comparison === 'iso-date') return expected.trim() === got.trim();
  const want = normalizeForMatch(expected);
  const have = normalizeForMatch(got);
  if (want === '') return false;
  if (comparison === 'opening') return beginsWith(have, want);
  if (comparison === 'lead') return followsDateline(have, want);
  return have === want;
}

/**
 * Scores one field. `expected` is null where the document gives no value; `got` holds what the
 * entry has: the items of a list, or the candidates for one value (any one matching counts).
 *
 * A list is compared as a set of items, with credit per item: each expected item matched by a
 * distinct item read is correct; the expected items left over are wrong as far as unmatched
 * items read remain to pair them with, and missed beyond that; items read left over after that
 * are invented.
 */
export function scoreField(
  expected: readonly string[] | null,
  got: readonly string[],
  field: { list: boolean; comparison: Comparison },
): FieldCounts {
  if (expected === null) return { ...NO_COUNTS, invented: field.list ? got.length : Math.min(got.length, 1) };
  if (!field.list) {
    const [value] = expected;
    if (value === undefined) return NO_COUNTS;
    const outcome = got.length === 0 ? 'missed' : got.some((item) => valuesMatch(value, item, field.comparison)) ? 'correct' : 'wrong';
    return { ...NO_COUNTS, expected: 1, [outcome]: 1 };
  }
  const unused = [...got];
  let correct = 0;
  for (const item of expected) {
    const at = unused.findIndex((candidate) => valuesMatch(item, candidate, field.comparison));
    if (at === -1) continue;
    unused.splice(at, 1);
    correct++;
  }
  const unmatched = expected.length - correct;
  const wrong = Math.min(unmatched, unused.length);
  return { expected: expected.length, correct, missed: unmatched - wrong, wrong, invented: unused.length - wrong };
}

/** Adds two sets of counts. */
export function addCounts(a: FieldCounts, b: FieldCounts): FieldCounts {
  return {
    expected: a.expected + b.expected,
    correct: a.correct + b.correct,
    missed: a.missed + b.missed,
    wrong: a.wrong + b.wrong,
    invented: a.invented + b.invented,
  };
}
