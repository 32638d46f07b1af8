/**
 * Turns text into comparable words for term matching (concept labels, country and organisation
 * names). Two spellings of one term must come out as the same sequence of words, whatever the
 * case, accents, line breaks, hyphens or the Indonesian habit of writing some compounds closed
 * ("kerjasama") or open ("kerja sama").
 */

/** One word of a text as the matchers see it. */
export interface MatchToken {
  /** Lower-case, accent-free form compared by default. */
  norm: string;
  /** Accent-free form with the case kept, for abbreviations that must match case-sensitively. */
  cased: string;
  /** Character offsets of the word in the original text (a split compound shares them). */
  start: number;
  end: number;
  /**
   * True when a clause break (comma, semicolon, colon, "!", "?", or a full stop followed by a
   * space) separates this word from the previous one: a term never spans such a break.
   */
  breakBefore: boolean;
  /** True when a single hyphen, with no space, joins this word to the previous one ("kerja sama-nya"). */
  hyphenBefore: boolean;
  /** True when a bracket or quotation mark stands between this word and the previous one. */
  enclosureBefore: boolean;
}

/** Letters (with combining marks) and digits; everything else separates words. */
const WORD = /[\p{L}\p{M}\p{N}]+/gu;

/**
 * A full stop inside "U.S." joins; one followed by white space may end a sentence, so it breaks
 * (an abbreviation's final dot too: a term is not worth matching across a possible sentence end).
 */
const CLAUSE_BREAK = /[,;:!?]|\.\s/;

/** Brackets and quotation marks: the words on either side belong to different phrases. */
const ENCLOSURE = /[()[\]{}"\u201C\u201D\u2018\u00AB\u00BB]/;

/**
 * Closed compounds rewritten to their open form so both spellings give the same words.
 * Indonesian writes these both ways ("kerjasama"/"kerja sama", "nontradisional"/"non-tradisional",
 * "antarnegara"/"antar negara"); English does the same with "cybercrime"/"cyber crime".
 */
const COMPOUND_SPLITS: ReadonlyArray<readonly [RegExp, string]> = [
  [/kerjasama/g, 'kerja sama'],
  [/^cyber(?=\p{L}{3})/u, 'cyber '],
  [/^non(?=(?:tradisional|traditional|negara|state|militer|military)$)/, 'non '],
  [/^antar(?=(?:negara|pemerintah|bangsa|kepolisian|lembaga)$)/, 'antar '],
  [/^lintas(?=(?:negara|batas)$)/, 'lintas '],
];

/**
 * Word endings written two ways, compared as the second: British and American spellings
 * ("organised"/"organized"), and the Indonesian "-ifitas" common beside the standard "-ivitas"
 * ("efektifitas"/"efektivitas").
 */
const SPELLING_VARIANTS: ReadonlyArray<readonly [string, string]> = [
  ['isation', 'ization'],
  ['isations', 'izations'],
  ['ised', 'ized'],
  ['ising', 'izing'],
  ['isings', 'izings'],
  ['ifitas', 'ivitas'],
];

/**
 * The word with an ending of `SPELLING_VARIANTS` written the other way, either way
 * ("efektivitas" -> "efektifitas", "organised" -> "organized"), or undefined when it has none.
 * Search uses it to look for a word in the spelling the texts may print.
 */
export function otherSpelling(word: string): string | undefined {
  for (const [one, other] of SPELLING_VARIANTS) {
    if (word.endsWith(one)) return word.slice(0, -one.length) + other;
    if (word.endsWith(other)) return word.slice(0, -other.length) + one;
  }
  return undefined;
}

function foldAccents(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '');
}

function normalizeWord(lower: string): string[] {
  let word = lower;
  const variant = SPELLING_VARIANTS.find(([written]) => word.endsWith(written));
  if (variant) word = word.slice(0, -variant[0].length) + variant[1];
  for (const [pattern, replacement] of COMPOUND_SPLITS) word = word.replace(pattern, replacement);
  return word.split(' ');
}

/**
 * Splits a text into match tokens: words folded to lower case without accents, closed compounds
 * opened, punctuation and line breaks dropped (so "nontradisional", "non-tradisional" and
 * "non- tradisional" all give the words "non" "tradisional"), with the original offsets kept.
 */
export function tokenizeForMatch(text: string): MatchToken[] {
  const tokens: MatchToken[] = [];
  let previousEnd = 0;
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    const end = start + match[0].length;
    const cased = foldAccents(match[0]);
    const parts = normalizeWord(cased.toLowerCase());
    const between = text.slice(previousEnd, start);
    const breakBefore = tokens.length > 0 && CLAUSE_BREAK.test(between);
    const hyphenBefore = tokens.length > 0 && between === '-';
    const enclosureBefore = tokens.length > 0 && ENCLOSURE.test(between);
    parts.forEach((norm, i) => {
      // A split compound is lower case by construction; keep the written form only for whole words.
      const first = i === 0;
      tokens.push({
        norm,
        cased: parts.length === 1 ? cased : norm,
        start,
        end,
        breakBefore: first && breakBefore,
        hyphenBefore: first && hyphenBefore,
        enclosureBefore: first && enclosureBefore,
      });
    });
    previousEnd = end;
  }
  return tokens;
}

/**
 * The text as one comparable string: normalised words joined by single spaces.
 * "Kerjasama  Bilateral" and "kerja-sama bilateral" both give "kerja sama bilateral".
 */
export function normalizeForMatch(text: string): string {
  return tokenizeForMatch(text)
    .map((token) => token.norm)
    .join(' ');
}
