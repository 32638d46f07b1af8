/**
 * Finds known phrases (labels, names, aliases) in a tokenised text: whole words only, the
 * longest phrase first, each word used by at most one match. Shared by the concept tagger and
 * the country and organisation detectors so all three agree on what "occurs" means.
 */
import { tokenizeForMatch, type MatchToken } from './normalize-for-match.ts';

/** A phrase to look for and the key it stands for (a concept id, a country code...). */
export interface PhraseEntry<K> {
  key: K;
  phrase: string;
}

/** Where a phrase was found, as token positions: `tokens.slice(start, end)`. */
export interface PhraseMatch<K> {
  key: K;
  start: number;
  end: number;
}

interface IndexedPhrase<K> {
  key: K;
  words: string[];
  /** Written forms for a case-sensitive abbreviation, otherwise undefined. */
  casedWords: string[] | undefined;
}

/** Built once with `buildPhraseIndex`, used for any number of texts. */
export interface PhraseIndex<K> {
  /** Phrases by their first word, longest first. */
  byFirstWord: Map<string, IndexedPhrase<K>[]>;
  pluralS: boolean;
}

/** How an index of phrases matches text. */
export interface PhraseIndexOptions {
  /**
   * Let the last word of a phrase carry an English plural "s" ("state actor" finds "state
   * actors", "IGO" finds "IGOs"), so labels need not list both numbers.
   */
  pluralS?: boolean;
}

/**
 * True for abbreviations such as "TPPO", "DoS", "U.S." or "AS": upper case and never two lower-case
 * letters in a row. They are compared with their case, because in lower case many are ordinary
 * words ("as", "us", "dos").
 */
export function isAbbreviation(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && !/\p{Ll}{2}/u.test(phrase);
}

/**
 * Indexes phrases for `findPhraseMatches`. Throws when one phrase, after normalisation, stands for
 * two different keys: a matcher could not tell which one a text means.
 */
export function buildPhraseIndex<K>(entries: Iterable<PhraseEntry<K>>, options: PhraseIndexOptions = {}): PhraseIndex<K> {
  const byFirstWord = new Map<string, IndexedPhrase<K>[]>();
  const keyByPhrase = new Map<string, { key: K; phrase: string }>();
  for (const { key, phrase } of entries) {
    const tokens = tokenizeForMatch(phrase);
    const first = tokens[0];
    if (!first) continue;
    const words = tokens.map((token) => token.norm);
    const caseSensitive = isAbbreviation(phrase);
    // The same words may be both an abbreviation and an ordinary phrase ("AS" and "as"): keep them apart.
    const identity = `${caseSensitive ? tokens.map((token) => token.cased).join(' ') : words.join(' ')}|${caseSensitive}`;
    const known = keyByPhrase.get(identity);
    if (known) {
      if (known.key !== key) {
        throw new Error(`"${phrase}" stands for both ${String(known.key)} and ${String(key)} ("${known.phrase}")`);
      }
      continue;
    }
    keyByPhrase.set(identity, { key, phrase });
    const list = byFirstWord.get(first.norm) ?? [];
    list.push({ key, words, casedWords: caseSensitive ? tokens.map((token) => token.cased) : undefined });
    byFirstWord.set(first.norm, list);
  }
  for (const list of byFirstWord.values()) list.sort((a, b) => b.words.length - a.words.length);
  return { byFirstWord, pluralS: options.pluralS ?? false };
}

function wordMatches(token: MatchToken, phrase: IndexedPhrase<unknown>, i: number, pluralS: boolean): boolean {
  const expected = phrase.casedWords ? phrase.casedWords[i] : phrase.words[i];
  if (expected === undefined) return false;
  const actual = phrase.casedWords ? token.cased : token.norm;
  if (actual === expected) return true;
  const isLast = i === phrase.words.length - 1;
  return pluralS && isLast && expected.length >= 3 && !/s$/i.test(expected) && (actual === `${expected}s` || actual === `${expected}S`);
}

function phraseMatchesAt<K>(tokens: MatchToken[], at: number, phrase: IndexedPhrase<K>, pluralS: boolean): boolean {
  if (at + phrase.words.length > tokens.length) return false;
  return phrase.words.every((_, i) => {
    const token = tokens[at + i];
    return token !== undefined && (i === 0 || !token.breakBefore) && wordMatches(token, phrase, i, pluralS);
  });
}

function candidatesAt<K>(token: MatchToken, index: PhraseIndex<K>): IndexedPhrase<K>[] {
  const exact = index.byFirstWord.get(token.norm) ?? [];
  // A one-word phrase may be written in the plural ("IGOs"); look it up without the "s" too.
  const singular = index.pluralS && token.norm.endsWith('s') ? (index.byFirstWord.get(token.norm.slice(0, -1)) ?? []) : [];
  return [...exact, ...singular].sort((a, b) => b.words.length - a.words.length);
}

/**
 * All non-overlapping phrase matches in reading order. At each word the longest phrase that fits
 * wins, so "transnational organized crime" is one match and not also "organized crime".
 */
export function findPhraseMatches<K>(tokens: MatchToken[], index: PhraseIndex<K>): PhraseMatch<K>[] {
  const matches: PhraseMatch<K>[] = [];
  let at = 0;
  while (at < tokens.length) {
    const token = tokens[at];
    const found = token && candidatesAt(token, index).find((phrase) => phraseMatchesAt(tokens, at, phrase, index.pluralS));
    if (found) {
      matches.push({ key: found.key, start: at, end: at + found.words.length });
      at += found.words.length;
    } else {
      at += 1;
    }
  }
  return matches;
}
