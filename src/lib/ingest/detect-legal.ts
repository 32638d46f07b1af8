/**
 * Finds the legal instruments a text mentions, for the `legalInstruments` tags of an ingested
 * entry. Two kinds of evidence: the instrument's names (titles and aliases from the curated
 * `content/legal` data) and, for Indonesian regulations, citations parsed by form, number and
 * year, so that "Perpres No. 53/2017" and "Peraturan Presiden Republik Indonesia Nomor 53 Tahun
 * 2017" find the same entry without either spelling being listed anywhere.
 */
import type { LegalData } from '../../content.config.ts';
import { buildNamePattern, nameKeyWord, textForKeyWords } from './legal/name-pattern.ts';
import { citationKey, parseLegalCitations, type LegalCitationMatch } from './legal/parse-citations.ts';

/** One name of an instrument with the pattern that finds it, and a word a text naming it must hold. */
export interface LegalName {
  name: string;
  pattern: RegExp;
  keyWord?: string;
}

/** What detection needs to know about one legal entry; build with `buildLegalIndex`. */
export interface LegalInstrumentIndexEntry {
  id: string;
  names: LegalName[];
  /** `citationKey` of the regulation, for entries with a `citation`. */
  citationKey?: string;
}

/** One place where a text mentions an instrument. */
export interface LegalMention {
  /** Id of the legal entry. */
  id: string;
  /** The words of the text that name it, exactly as written. */
  match: string;
  /** Character offset of `match` in the text. */
  index: number;
}

/** Drops a trailing "(...)" (an acronym or a note) so the bare title also matches. */
export function withoutTrailingParenthesis(title: string): string {
  return title.replace(/\s*\([^()]*\)\s*$/, '');
}

function uniqueNames(candidates: readonly string[]): string[] {
  const seen = new Set<string>();
  return candidates.filter((name) => {
    const key = name.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * The names a text may call an instrument by, per language: its title, the title without a
 * trailing "(...)", and its aliases. The ingest's detector and the site's in-text linker both
 * read an instrument's names from here.
 */
export function legalNamesByLanguage(data: Pick<LegalData, 'title' | 'aliases'>): { id: string[]; en: string[] } {
  const namesIn = (lang: 'id' | 'en') => {
    const title = data.title[lang];
    const titles = title === undefined ? [] : [title, withoutTrailingParenthesis(title)];
    return uniqueNames([...titles, ...(data.aliases?.[lang] ?? [])]);
  };
  return { id: namesIn('id'), en: namesIn('en') };
}

function namesOf(data: LegalData): string[] {
  const { id, en } = legalNamesByLanguage(data);
  return uniqueNames([...id, ...en]);
}

/**
 * The citation key of an entry's regulation. For a ministerial regulation the ministry is read
 * from the entry's Indonesian title, which cites the regulation in full.
 */
export function legalCitationKey(data: Pick<LegalData, 'title' | 'citation'>): string | undefined {
  const own = data.citation;
  if (own === undefined) return undefined;
  const fromTitle = parseLegalCitations(data.title.id).find(
    ({ citation }) => citation.form === own.form && citation.number === own.number && citation.year === own.year,
  );
  return citationKey({ ...own, ministry: fromTitle?.citation.ministry });
}

/**
 * Prepares the curated legal entries for detection: compiles a pattern for every title and
 * alias, and the citation key of every Indonesian regulation. Build once, reuse for all texts.
 */
export function buildLegalIndex(entries: ReadonlyArray<{ id: string; data: LegalData }>): LegalInstrumentIndexEntry[] {
  return entries.map(({ id, data }) => {
    const names = namesOf(data).flatMap((name) => {
      const pattern = buildNamePattern(name);
      const keyWord = nameKeyWord(name);
      if (!pattern) return [];
      return keyWord === undefined ? [{ name, pattern }] : [{ name, pattern, keyWord }];
    });
    const key = legalCitationKey(data);
    return key === undefined ? { id, names } : { id, names, citationKey: key };
  });
}

/** Two entries with one citation would be a data error; both are then reported, not one hidden. */
function idsByCitationKey(instruments: readonly LegalInstrumentIndexEntry[]): Map<string, string[]> {
  const byKey = new Map<string, string[]>();
  for (const { id, citationKey: key } of instruments) {
    if (key !== undefined) byKey.set(key, [...(byKey.get(key) ?? []), id]);
  }
  return byKey;
}

function contains(outer: LegalMention, inner: LegalMention): boolean {
  return inner.index >= outer.index && inner.index + inner.match.length <= outer.index + outer.match.length;
}

/**
 * Keeps the longest reading where names overlap: "Perubahan Pertama UU ITE" is the amending law,
 * not also the ITE Law it contains; the same instrument found twice at one place counts once.
 */
function dropNestedMentions(mentions: LegalMention[]): LegalMention[] {
  const ordered = [...mentions].sort((a, b) => a.index - b.index || b.match.length - a.match.length);
  const kept: LegalMention[] = [];
  for (const mention of ordered) {
    const covered = kept.some(
      (outer) => contains(outer, mention) && (outer.match.length > mention.match.length || outer.id === mention.id),
    );
    if (!covered) kept.push(mention);
  }
  return kept;
}

/**
 * Every mention of a known legal instrument in `text`, in text order, one per place (an
 * instrument mentioned three times gives three mentions; use `listMentionedInstrumentIds` for
 * the tags). Names match case-insensitively as whole words across line breaks; regulation
 * citations match by form, number and year. A mention inside a longer mention of another
 * instrument is dropped.
 */
export function detectLegalInstruments(text: string, instruments: readonly LegalInstrumentIndexEntry[]): LegalMention[] {
  const lowered = textForKeyWords(text);
  const byName = instruments.flatMap(({ id, names }) =>
    names.flatMap(({ pattern, keyWord }) =>
      keyWord !== undefined && !lowered.includes(keyWord)
        ? []
        : [...text.matchAll(pattern)].map((found) => ({ id, match: found[0], index: found.index ?? 0 })),
    ),
  );
  const byKey = idsByCitationKey(instruments);
  const byCitation = parseLegalCitations(text).flatMap(({ citation, match, index }) =>
    (byKey.get(citationKey(citation)) ?? []).map((id) => ({ id, match, index })),
  );
  return dropNestedMentions([...byName, ...byCitation]);
}

/** The ids of the mentioned instruments, each once, in the order the text first mentions them. */
export function listMentionedInstrumentIds(mentions: readonly LegalMention[]): string[] {
  return [...new Set(mentions.map(({ id }) => id))];
}

/**
 * Regulation citations in `text` that name no legal entry, once per regulation (its first
 * occurrence), in text order: the ingest flags them for review so that a missing entry can be
 * added. A ministerial regulation cited without its ministry is always unmatched.
 */
export function findUnmatchedLegalCitations(
  text: string,
  instruments: readonly LegalInstrumentIndexEntry[],
): LegalCitationMatch[] {
  const byKey = idsByCitationKey(instruments);
  const seen = new Set<string>();
  return parseLegalCitations(text).filter(({ citation }) => {
    const key = citationKey(citation);
    if (byKey.has(key) || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
