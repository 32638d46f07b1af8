/**
 * Finds known phrases (labels, names, aliases) in a tokenised text: whole words only, the
 * longest phrase first, each word used by at most one match. Shared by the concept tagger, the
 * country and organisation detectors and the in-text linker, so all agree on what "occurs" means.
 *
 * The phrases are held in a token trie (one node per word), so a text is read in one pass and
 * each word costs as many steps as the longest phrase starting there, however many phrases there
 * are. A character-level Aho-Corasick automaton from npm would not help: matching must work on
 * normalised words (case, accents, split compounds, plural "s", Indonesian clitics), which no
 * such library knows, and a trie over words already gives one pass with longest-match.
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

interface TrieNode<K> {
  children: Map<string, TrieNode<K>>;
  /** Phrases whose last word is this node's; case-sensitive ones first, as the more specific. */
  ends: IndexedPhrase<K>[];
}

/** Built once with `buildPhraseIndex`, used for any number of texts. */
export interface PhraseIndex<K> {
  root: TrieNode<K>;
  pluralS: boolean;
  indonesianForms: boolean;
  stopAtEnclosures: boolean;
}

/** How an index of phrases matches text. */
export interface PhraseIndexOptions {
  /**
   * Let the last word of a phrase carry an English plural "s" ("state actor" finds "state
   * actors", "IGO" finds "IGOs"), so labels need not list both numbers.
   */
  pluralS?: boolean;
  /**
   * Accept the Indonesian forms a term takes in running text: a clitic on its last word, attached
   * ("kerjasamanya", "keamanan sibernya") or after a hyphen ("cybercrime-nya"), and the whole
   * term reduplicated for the plural ("kerja sama-kerja sama"). The match then covers those words.
   */
  indonesianForms?: boolean;
  /**
   * Never run a phrase across a bracket or quotation mark: "(DoS) attacks" is not "DoS attacks".
   * The linker needs this, since a link over such words would take in half a parenthesis.
   */
  stopAtEnclosures?: boolean;
}

/**
 * The clitics Indonesian attaches to a word without changing what it names: "-nya" (its/the),
 * and the particles "-lah", "-kah", "-pun". Possessive "-ku"/"-mu" are left out: academic and
 * news prose does not use them on terms, and they would make more ordinary words look like terms.
 */
const CLITICS = ['nya', 'lah', 'kah', 'pun'] as const;
/** A stem shorter than this is not stripped ("pun" in "apapun" is not a clitic on "apa" the term). */
const MIN_STEM_LENGTH = 4;

/**
 * True for abbreviations such as "TPPO", "DoS", "U.S." or "AS": upper case and never two lower-case
 * letters in a row. They are compared with their case, because in lower case many are ordinary
 * words ("as", "us", "dos").
 */
export function isAbbreviation(phrase: string): boolean {
  return /\p{Lu}/u.test(phrase) && !/\p{Ll}{2}/u.test(phrase);
}

/**
 * What two phrases have in common when a matcher cannot tell them apart: their normalised words,
 * with their case for an abbreviation. Empty for a phrase with no words.
 */
export function phraseIdentity(phrase: string): string {
  const tokens = tokenizeForMatch(phrase);
  if (tokens.length === 0) return '';
  const caseSensitive = isAbbreviation(phrase);
  // The same words may be both an abbreviation and an ordinary phrase ("AS" and "as"): keep them apart.
  return `${caseSensitive ? tokens.map((token) => token.cased).join(' ') : tokens.map((token) => token.norm).join(' ')}|${caseSensitive}`;
}

function newNode<K>(): TrieNode<K> {
  return { children: new Map(), ends: [] };
}

/**
 * Indexes phrases for `findPhraseMatches`. Throws when one phrase, after normalisation, stands for
 * two different keys: a matcher could not tell which one a text means.
 */
export function buildPhraseIndex<K>(entries: Iterable<PhraseEntry<K>>, options: PhraseIndexOptions = {}): PhraseIndex<K> {
  const root = newNode<K>();
  const keyByPhrase = new Map<string, { key: K; phrase: string }>();
  for (const { key, phrase } of entries) {
    const identity = phraseIdentity(phrase);
    if (identity === '') continue;
    const known = keyByPhrase.get(identity);
    if (known) {
      if (known.key !== key) {
        throw new Error(`"${phrase}" stands for both ${String(known.key)} and ${String(key)} ("${known.phrase}")`);
      }
      continue;
    }
    keyByPhrase.set(identity, { key, phrase });
    const tokens = tokenizeForMatch(phrase);
    const words = tokens.map((token) => token.norm);
    const caseSensitive = isAbbreviation(phrase);
    let node = root;
    for (const word of words) {
      let child = node.children.get(word);
      if (!child) {
        child = newNode();
        node.children.set(word, child);
      }
      node = child;
    }
    const indexed = { key, words, casedWords: caseSensitive ? tokens.map((token) => token.cased) : undefined };
    if (caseSensitive) node.ends.unshift(indexed);
    else node.ends.push(indexed);
  }
  return {
    root,
    pluralS: options.pluralS ?? false,
    indonesianForms: options.indonesianForms ?? false,
    stopAtEnclosures: options.stopAtEnclosures ?? false,
  };
}

/** How the last word of a phrase was written in the text. */
type Ending = 'exact' | 'plural' | 'clitic';

/** The forms the last word of a phrase may take in `token`, with the trie word each stands for. */
function lastWordForms(token: MatchToken, index: PhraseIndex<unknown>): Array<{ word: string; ending: Ending }> {
  const forms: Array<{ word: string; ending: Ending }> = [{ word: token.norm, ending: 'exact' }];
  if (index.pluralS && token.norm.endsWith('s')) forms.push({ word: token.norm.slice(0, -1), ending: 'plural' });
  if (index.indonesianForms) {
    for (const clitic of CLITICS) {
      const stem = token.norm.slice(0, -clitic.length);
      if (token.norm.endsWith(clitic) && stem.length >= MIN_STEM_LENGTH) forms.push({ word: stem, ending: 'clitic' });
    }
  }
  return forms;
}

/** Whether a phrase ending at `node` fits the tokens `[at, at + phrase length)` as written. */
function fits<K>(tokens: readonly MatchToken[], at: number, phrase: IndexedPhrase<K>, ending: Ending): boolean {
  const last = phrase.words.length - 1;
  const expectedLast = phrase.words[last] ?? '';
  if (ending === 'plural' && (expectedLast.length < 3 || expectedLast.endsWith('s'))) return false;
  const cased = phrase.casedWords;
  if (!cased) return true;
  // An abbreviation keeps its case, and takes no clitic ("ASnya" is not a way to write "AS").
  if (ending === 'clitic') return false;
  return cased.every((word, i) => {
    const actual = tokens[at + i]?.cased;
    if (i < last || ending === 'exact') return actual === word;
    return actual === `${word}s` || actual === `${word}S`;
  });
}

/** The longest phrase starting at token `at`, with the number of tokens it covers. */
function longestAt<K>(tokens: readonly MatchToken[], at: number, index: PhraseIndex<K>): { key: K; length: number } | undefined {
  let node: TrieNode<K> | undefined = index.root;
  let best: { key: K; length: number } | undefined;
  for (let i = at; node && i < tokens.length; i++) {
    const token = tokens[i];
    if (!token || (i > at && (token.breakBefore || (index.stopAtEnclosures && token.enclosureBefore)))) break;
    for (const { word, ending } of lastWordForms(token, index)) {
      const found = node.children.get(word)?.ends.find((phrase) => fits(tokens, at, phrase, ending));
      if (found) {
        best = { key: found.key, length: i - at + 1 };
        break;
      }
    }
    node = node.children.get(token.norm);
  }
  return best;
}

function isHyphenClitic(token: MatchToken | undefined): boolean {
  return token !== undefined && token.hyphenBefore && (CLITICS as readonly string[]).includes(token.norm);
}

/** Whether `word` is `base`, or `base` with a clitic attached. */
function isWordOrClitic(word: string, base: string): boolean {
  return word === base || CLITICS.some((clitic) => word === base + clitic);
}

/**
 * Whether `tokens[end...]` repeats `tokens[start, end)` after a hyphen ("kerja sama-kerja sama"),
 * the repeat's last word perhaps with a clitic ("kerja sama-kerja samanya").
 */
function isReduplicated(tokens: readonly MatchToken[], start: number, end: number): boolean {
  if (!tokens[end]?.hyphenBefore) return false;
  const length = end - start;
  for (let i = 0; i < length; i++) {
    const again = tokens[end + i];
    const base = tokens[start + i]?.norm ?? '';
    const same = i === length - 1 ? isWordOrClitic(again?.norm ?? '', base) : again?.norm === base;
    if (!again || (i > 0 && again.breakBefore) || !same) return false;
  }
  return true;
}

/** How far a match reaches once its Indonesian plural and clitic forms are taken in. */
function extendIndonesian(tokens: readonly MatchToken[], start: number, end: number): number {
  let reach = end;
  if (isReduplicated(tokens, start, reach)) reach += end - start;
  if (isHyphenClitic(tokens[reach])) reach += 1;
  return reach;
}

/**
 * All non-overlapping phrase matches in reading order. At each word the longest phrase that fits
 * wins, so "transnational organized crime" is one match and not also "organized crime".
 */
export function findPhraseMatches<K>(tokens: MatchToken[], index: PhraseIndex<K>): PhraseMatch<K>[] {
  const matches: PhraseMatch<K>[] = [];
  let at = 0;
  while (at < tokens.length) {
    const found = longestAt(tokens, at, index);
    if (found) {
      const end = index.indonesianForms ? extendIndonesian(tokens, at, at + found.length) : at + found.length;
      matches.push({ key: found.key, start: at, end });
      at = end;
    } else {
      at += 1;
    }
  }
  return matches;
}
