/**
 * Turns the name of a legal instrument (a title or an alias) into a pattern that finds it in
 * running text as texts actually write it: any case, any run of spaces or line breaks between
 * words (PDF extracts break lines anywhere), a hyphen where the name has a space or the reverse,
 * and the usual interchangeable spellings of the same words.
 */
import { escapeRegExp } from '../../text/escape-reg-exp.ts';

/** Between two words of a name: spaces/line breaks, or a hyphen with optional spaces around it. */
const JOINT = String.raw`(?:\s*-\s*|\s+)`;

/**
 * Word sequences that texts use interchangeably inside instrument names. "PBB" and
 * "Perserikatan Bangsa-Bangsa" are the same organisation; "terorganisir"/"terorganisasi" and
 * "organized"/"organised" are spelling variants of one word. Sequences are lower case.
 */
const EQUIVALENT_WORDS: readonly (readonly (readonly string[])[])[] = [
  [['pbb'], ['perserikatan', 'bangsa', 'bangsa']],
  [['un'], ['united', 'nations']],
  [['terorganisir'], ['terorganisasi']],
  [['organized'], ['organised']],
];

/** Letters or digits may not touch a match on either side: names match whole words only. */
const BEFORE_WORD = String.raw`(?<![\p{L}\p{N}])`;
const AFTER_WORD = String.raw`(?![\p{L}\p{N}])`;

/** Splits a name into its words; hyphens and whitespace both separate words. */
export function splitNameWords(name: string): string[] {
  return name.split(/\s*-\s*|\s+/).filter((word) => word.length > 0);
}

function startsWithSequence(words: readonly string[], at: number, sequence: readonly string[]): boolean {
  return sequence.every((word, offset) => words[at + offset]?.toLowerCase() === word);
}

function sequenceSource(sequence: readonly string[]): string {
  return sequence.map(escapeRegExp).join(JOINT);
}

/**
 * Regular-expression source for a name, without the word-boundary guards: each word escaped,
 * flexible joints between words, and equivalent spellings as alternatives.
 */
function buildNameSource(name: string): string {
  const words = splitNameWords(name);
  const parts: string[] = [];
  let at = 0;
  while (at < words.length) {
    const group = EQUIVALENT_WORDS.find((variants) =>
      variants.some((sequence) => startsWithSequence(words, at, sequence)),
    );
    const matched = group?.find((sequence) => startsWithSequence(words, at, sequence));
    if (group && matched) {
      parts.push(`(?:${group.map(sequenceSource).join('|')})`);
      at += matched.length;
    } else {
      parts.push(escapeRegExp(words[at] ?? ''));
      at += 1;
    }
  }
  return parts.join(JOINT);
}

/**
 * A global, case-insensitive pattern that finds `name` as whole words in a text.
 * Returns `undefined` for a name with no words.
 */
export function buildNamePattern(name: string): RegExp | undefined {
  const source = buildNameSource(name);
  if (source === '') return undefined;
  return new RegExp(`${BEFORE_WORD}${source}${AFTER_WORD}`, 'giu');
}

/** Words of a name that may stand for one another, and so need not be in a text that names it. */
const INTERCHANGEABLE_WORDS: ReadonlySet<string> = new Set(EQUIVALENT_WORDS.flat(2));

/**
 * A word the text must hold, in lower case, for `name`'s pattern to find anything in it: the
 * name's longest word of ASCII letters and digits that has no interchangeable spelling. Checking
 * it with `includes` first spares running every name's pattern over every text, which made the
 * ingest's cost grow with the number of stored instruments. `undefined` when no word qualifies.
 */
export function nameKeyWord(name: string): string | undefined {
  const words = splitNameWords(name)
    .map((word) => word.toLowerCase())
    .filter((word) => /^[a-z0-9]+$/.test(word) && !INTERCHANGEABLE_WORDS.has(word));
  return words.sort((a, b) => b.length - a.length)[0];
}

/**
 * `text` in lower case for `nameKeyWord` checks. A case-insensitive Unicode pattern also matches
 * "ſ" (long s) for "s" and the Kelvin sign for "k", which lower-casing leaves as they are.
 */
export function textForKeyWords(text: string): string {
  return text.toLowerCase().replace(/\u017f/g, 's').replace(/\u212a/g, 'k');
}
