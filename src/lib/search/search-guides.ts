/**
 * The guides of search: concepts, legal instruments and entities that a query can name. The
 * build writes them once as a small JSON (`/search-guides.json`, loaded by the search page only);
 * the search page matches a query against their names to show a card above the results, to
 * search their other names too, and to lift the entries tagged with or mentioning them.
 *
 * Names are compared as `normalizeForMatch` words, so case, accents, punctuation and the open or
 * closed spelling of a compound ("kerjasama"/"kerja sama") do not count.
 */
import { isAbbreviation } from '../text/find-phrases.ts';
import { normalizeForMatch } from '../text/normalize-for-match.ts';
import { searchableWords } from './search-words.ts';
import { withoutTrailingParenthesis } from '../ingest/detect-legal.ts';
import { citationKey, parseLegalCitations } from '../ingest/legal/parse-citations.ts';

/** The kinds of guide, each also the Pagefind filter its tagged entries carry. */
export type GuideKind = 'concept' | 'legal' | 'entity';

/** One guide as the search page receives it. */
export interface SearchGuide {
  kind: GuideKind;
  id: string;
  /** The name shown on the card, per language (preferred label, title or entity label). */
  label: { id: string; en: string };
  /** Every name that finds the guide: labels, aliases, acronyms, in both languages. */
  names: readonly string[];
  /** Names shared with other bodies: they find the guide, but never alone among the guides. */
  sharedNames?: readonly string[];
  /** Misspellings and other spellings (a concept's hidden labels): they find the guide, nothing else. */
  hiddenNames?: readonly string[];
  /** For an Indonesian regulation, the key its citations reduce to (`citationKey`). */
  citationKey?: string;
  /**
   * Keys (`entity:x`) of the guides whose entries this one leads to as well: an organisation's
   * units, the instrument a law ratifies or is ratified by.
   */
  alsoLeadsTo?: readonly string[];
  /** How many studies and news items are tagged with or mention it, or one it also leads to. */
  entries: number;
}

/** A guide a query names, and which words of the query name it. */
export interface GuideMatch {
  guide: SearchGuide;
  /** The query's normalised words that name the guide, e.g. "kerja sama bilateral". */
  phrase: string;
  /** The rest of the query's normalised words, in order ("" when the query is only the name). */
  rest: string;
  /** True when the words name the guide by a hidden name: a spelling the texts do not use. */
  hidden?: true;
}

/** Built once from the guides, used for every query (`matchGuides`). */
export interface GuideIndex {
  byPhrase: ReadonlyMap<string, readonly SearchGuide[]>;
  byCitation: ReadonlyMap<string, readonly SearchGuide[]>;
  /** Short acronyms written in capitals ("AS"), matched only when the query writes them so. */
  casedAcronyms: ReadonlySet<string>;
  longestPhrase: number;
}

/** An acronym this short is often an ordinary word in lower case ("as", "un"), so its case counts. */
const CASED_ACRONYM_MAX_LENGTH = 3;

function push<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** Indexes the guides' names for `matchGuides`. */
export function buildGuideIndex(guides: readonly SearchGuide[]): GuideIndex {
  const byPhrase = new Map<string, SearchGuide[]>();
  const byCitation = new Map<string, SearchGuide[]>();
  const casedAcronyms = new Set<string>();
  let longestPhrase = 1;
  for (const guide of guides) {
    for (const name of [...guide.names, ...(guide.sharedNames ?? []), ...(guide.hiddenNames ?? [])]) {
      const phrase = normalizeForMatch(name);
      if (phrase === '') continue;
      push(byPhrase, phrase, guide);
      longestPhrase = Math.max(longestPhrase, phrase.split(' ').length);
      if (isAbbreviation(name) && name.trim().length <= CASED_ACRONYM_MAX_LENGTH) casedAcronyms.add(name.trim());
    }
    if (guide.citationKey) push(byCitation, guide.citationKey, guide);
  }
  return { byPhrase, byCitation, casedAcronyms, longestPhrase };
}

/** True when the words of the query at this place may stand for a short capitalised acronym. */
function acronymCaseAgrees(index: GuideIndex, phrase: string, typed: readonly string[]): boolean {
  const cased = [...index.casedAcronyms].filter((acronym) => acronym.toLowerCase() === phrase);
  return cased.length === 0 || cased.some((acronym) => typed.includes(acronym));
}

/**
 * The guides a query names, longest name first: a run of the query's words that is one of a
 * guide's names, or a regulation citation in any wording ("Perpres No. 53 Tahun 2017").
 * A shared name ("NCB") gives every guide it may stand for.
 */
export function matchGuides(query: string, index: GuideIndex): GuideMatch[] {
  const words = normalizeForMatch(query).split(' ').filter(Boolean);
  const typed = query.split(/[^\p{L}\p{N}]+/u);
  const matches: GuideMatch[] = [];
  const used = new Array<boolean>(words.length).fill(false);
  for (let length = Math.min(index.longestPhrase, words.length); length >= 1; length -= 1) {
    for (let start = 0; start + length <= words.length; start += 1) {
      if (used.slice(start, start + length).some(Boolean)) continue;
      const phrase = words.slice(start, start + length).join(' ');
      const guides = index.byPhrase.get(phrase);
      if (!guides || !acronymCaseAgrees(index, phrase, typed)) continue;
      used.fill(true, start, start + length);
      const rest = words.filter((_, i) => i < start || i >= start + length).join(' ');
      for (const guide of guides) {
        const hidden = (guide.hiddenNames ?? []).some((name) => normalizeForMatch(name) === phrase);
        matches.push(hidden ? { guide, phrase, rest, hidden } : { guide, phrase, rest });
      }
    }
  }
  const seen = new Set(matches.map(({ guide }) => guide));
  for (const { citation } of parseLegalCitations(query)) {
    for (const guide of index.byCitation.get(citationKey(citation)) ?? []) {
      if (seen.has(guide)) continue;
      seen.add(guide);
      matches.push({ guide, phrase: words.join(' '), rest: '' });
    }
  }
  return matches;
}

/**
 * The filter values that select the entries a guide leads to, grouped by filter (its kind): the
 * guide itself and the guides it also leads to, e.g. `{ entity: ['interpol', 'ncb-interpol-indonesia'] }`.
 */
export function guideEntryFilters(guide: SearchGuide): Partial<Record<GuideKind, string[]>> {
  const groups: Partial<Record<GuideKind, string[]>> = { [guide.kind]: [guide.id] };
  for (const key of guide.alsoLeadsTo ?? []) {
    const [kind, id] = key.split(':') as [GuideKind, string];
    const ids = (groups[kind] ??= []);
    if (!ids.includes(id)) ids.push(id);
  }
  return groups;
}

/**
 * The Pagefind filter of an entry's page that holds the keys (`concept:x`) of the guides its title
 * or keywords (a news item's headline or lead) name (`guidesNamedIn`): an entry that names a guide
 * there is about it, where one merely tagged with it or mentioning it may touch it in passing.
 */
export const NAMED_FILTER = 'named';

/** The `NAMED_FILTER` values that select the entries naming a guide or one it also leads to. */
export function namedFilterValues(guide: SearchGuide): string[] {
  return [`${guide.kind}:${guide.id}`, ...(guide.alsoLeadsTo ?? [])];
}

/**
 * The guides of `guides` that one of `texts` (an entry's titles and keywords, a news item's
 * headline and lead) names by one of its names, as whole words in a row. A short acronym counts only as written, in capitals, since in
 * lower case it is often an ordinary word ("as", "un").
 */
export function guidesNamedIn(texts: readonly string[], guides: readonly SearchGuide[]): SearchGuide[] {
  const normalised = texts.map((text) => ` ${normalizeForMatch(text)} `);
  const typed = new Set(texts.flatMap((text) => text.split(/[^\p{L}\p{N}]+/u)));
  const names = (name: string) => {
    const phrase = normalizeForMatch(name);
    if (phrase === '') return false;
    const cased = isAbbreviation(name) && name.trim().length <= CASED_ACRONYM_MAX_LENGTH;
    if (cased && !typed.has(name.trim())) return false;
    return normalised.some((text) => text.includes(` ${phrase} `));
  };
  return guides.filter((guide) => guide.names.some(names));
}

/**
 * The other ways to write what a match names, for searching them too: the guide's labels in both
 * languages and its acronyms, each in place of the words that named it ("TPPO korban" also
 * searches "perdagangan orang korban" and "human trafficking korban").
 */
export function guideAlternatives(match: GuideMatch): string[] {
  const { guide, phrase, rest } = match;
  const names = [guide.label.id, guide.label.en, ...guide.names.filter(isAbbreviation)];
  const alternatives = new Set<string>();
  for (const name of names) {
    // A label ending in its acronym in brackets ("... Negara (BSSN)") is searched without it.
    const words = normalizeForMatch(withoutTrailingParenthesis(name));
    if (words !== '' && words !== phrase) alternatives.add(rest === '' ? words : `${words} ${rest}`);
  }
  return [...alternatives];
}

/** Another wording of the query, how much its ranking counts, and whether it is searched on its own. */
export interface WeightedAlternative {
  text: string;
  weight: number;
  /**
   * False for a wording of several words naming a guide that entries carry: every entry tagged
   * with or mentioning the guide carries all its names in its hidden names (`SearchFields.astro`),
   * so the words typed find those entries already, while each word of the wording costs the reader
   * the download of its list of pages, a large one for a common word ("human", "crime"). A
   * one-word wording (an acronym, a one-word label) is one list, and ranks the entries that
   * write it; the wordings of a hidden name (a spelling the texts do not use) are always searched.
   * Unsearched wordings are still named to the reader and highlighted.
   */
  searched: boolean;
}

/**
 * The other wordings of what the query names (`guideAlternatives`), each once, none of them one
 * of the `searched` spellings, at most `max`. The wordings of one guide say one thing, so they
 * share `weight` between them: however many names a guide has, they count together as one other
 * name, never more than the words typed. A guide named by a hidden name is the exception: the
 * words typed are a spelling the texts do not use, so each wording stands in for them in full.
 *
 * A wording of more than `maxWords` words (function words aside) is left out. Such a wording is a
 * guide's full title ("Badan Siber dan Sandi Negara"), which the guide's card already shows.
 */
export function weightedAlternatives(
  matches: readonly GuideMatch[],
  searched: readonly string[],
  weight: number,
  max: number,
  maxWords: number,
): WeightedAlternative[] {
  const skip = new Set(searched.map((text) => text.toLowerCase()));
  const found = new Map<string, WeightedAlternative>();
  for (const match of matches) {
    const texts = guideAlternatives(match).filter((text) => !skip.has(text));
    const each = match.hidden ? 1 : weight / texts.length;
    for (const text of texts) {
      const words = searchableWords(text).split(' ').length;
      if (words > maxWords) continue;
      const before = found.get(text);
      found.set(text, {
        text,
        weight: Math.max(before?.weight ?? 0, each),
        searched: (before?.searched ?? false) || match.hidden === true || words === 1,
      });
    }
  }
  return [...found.values()].slice(0, max);
}

/**
 * The author's keywords with, for each one that is a name of one of the entry's `guides`, that
 * guide's labels in both languages, each once. The keywords are a ranking field
 * (`pagefind-ranking.ts`), and authors often give them in one language only, or in English under
 * an Indonesian abstract: the keyword "Transnational crime" then also ranks the entry for
 * "kejahatan transnasional".
 */
export function keywordsWithGuideLabels(keywords: readonly string[], guides: readonly SearchGuide[]): string[] {
  const named = new Set(keywords.map(normalizeForMatch));
  const labels = guides.filter((guide) => guide.names.some((name) => named.has(normalizeForMatch(name)))).flatMap((guide) => [guide.label.id, guide.label.en]);
  const seen = new Set<string>();
  return [...keywords, ...labels].filter((text) => {
    const key = normalizeForMatch(text);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
