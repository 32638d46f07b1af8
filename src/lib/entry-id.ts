/**
 * The id a new study or news entry is published under: its URL segment, which lecturers cite, so
 * it is chosen once and never changed (the ingest keeps the id of an entry it made before).
 *
 * An id is made of the words that tell a title apart from its neighbours, not of the title's
 * first characters: in a corpus of "Kerja sama Indonesia dan ... dalam ..." the opening words are
 * shared, so function words and words every entry has ("kerja sama", "analisis", "Indonesia") are
 * dropped and a spelled-out name followed by its acronym keeps only the acronym. A title still
 * awaiting review is not cited in an address: such an entry is named by its source file instead.
 */
import { foldToLowerAscii } from './slug.ts';

/** What an id was made from, recorded in the entry (`source.idFrom`). */
export const ID_BASES = ['title.id', 'title.en', 'headline', 'file', 'digest'] as const;
/** One of `ID_BASES`. */
export type IdBasis = (typeof ID_BASES)[number];

/** Words of no meaning in an address, in either language. */
const FUNCTION_WORDS = [
  'dan', 'di', 'ke', 'dari', 'yang', 'dalam', 'untuk', 'pada', 'terhadap', 'dengan', 'atas', 'oleh', 'antara',
  'melalui', 'sebagai', 'bagi', 'tentang', 'serta', 'atau', 'secara', 'yaitu', 'para', 'se', 'tak', 'tidak', 'ada',
  'bukan', 'telah', 'akan',
  'the', 'of', 'and', 'in', 'on', 'for', 'to', 'a', 'an', 'by', 'with', 'at', 'from', 'into', 'its', 'as',
  'between', 'through', 'over', 'towards', 'toward', 'via',
];

/**
 * Words nearly every title of this corpus carries, so they tell no entry apart. Kept short on
 * purpose: a word that names a topic (a country other than Indonesia, a crime, an agency) stays.
 */
const GENERIC_WORDS = [
  'kerjasama', 'kerja', 'sama', 'analisis', 'analisa', 'studi', 'kasus', 'indonesia', 'peran', 'upaya', 'tahun',
  'periode', 'pemerintah', 'tinjauan',
  'cooperation', 'co', 'operation', 'analysis', 'study', 'case', 'indonesian', 'role', 'efforts', 'effort', 'year',
  'period', 'government', 'review',
];

const DROPPED = new Set([...FUNCTION_WORDS, ...GENERIC_WORDS]);

/** How many words an id takes at first, and the most it grows to when that one is taken. */
const BASE_WORDS = 6;
const MAX_WORDS = 10;
/** The longest id made from words, before any suffix telling two apart. */
const MAX_WORDS_LENGTH = 60;
/** The longest id made from a file name. */
const MAX_FILE_ID_LENGTH = 60;

/** Ascii words of `text`, lower case, diacritics folded. */
function asciiWords(text: string): string[] {
  return foldToLowerAscii(text).split(/[^a-z0-9]+/).filter(Boolean);
}

/**
 * `text` with a spelled-out name before its acronym reduced to the acronym:
 * "National Central Bureau (NCB) Interpol" → "NCB Interpol". Other parentheses stay.
 */
function collapseAcronyms(text: string): string {
  return text.replace(/((?:[\p{L}\p{N}]+[\s-]+){1,8})\(\s*([\p{L}\p{N}]{2,8})\s*\)/gu, (whole, before: string, acronym: string) => {
    const letters = foldToLowerAscii(acronym);
    const words = before.trim().split(/[\s-]+/);
    const named = words.slice(-letters.length);
    const initials = named.map((word) => foldToLowerAscii(word).charAt(0)).join('');
    if (named.length !== letters.length || initials !== letters) return whole;
    return `${words.slice(0, -letters.length).join(' ')} ${acronym} `;
  });
}

/**
 * The words of a title that can tell it apart, in order, each once: function words, words the
 * whole corpus shares and repeats left out; a title of nothing else keeps its plain words.
 */
export function distinctiveWords(title: string): string[] {
  const words = asciiWords(collapseAcronyms(title));
  const kept = words.filter((word) => !DROPPED.has(word));
  return [...new Set(kept.length > 0 ? kept : words)];
}

/** The first `count` words joined, as many as fit in `maxLength` (at least one, cut hard if alone too long). */
function joinWords(words: string[], count: number, maxLength: number): string {
  let id = '';
  for (const word of words.slice(0, count)) {
    const next = id ? `${id}-${word}` : word;
    if (next.length > maxLength) break;
    id = next;
  }
  return id || (words[0] ?? '').slice(0, maxLength);
}

/** What a new entry's id may be made from; values awaiting review are left out by the caller. */
export interface IdSource {
  /** The reviewed (unflagged) title or headline, and which field it is. */
  title?: { text: string; field: 'title.id' | 'title.en' | 'headline' };
  /** The year of the work, when known and not flagged. */
  year?: number | string;
  /** The first author's name, when known and not flagged. */
  author?: string;
  /** The kept source file's name (`content/sources/<name>`). */
  fileName: string;
  /** The source's sha256, hex. */
  digest: string;
}

/** A chosen id and what it was made from. */
export interface ChosenId {
  id: string;
  from: IdBasis;
}

/** The words of a file name without its extension: `000_cd80f2ce.txt` → `000-cd80f2ce`. */
function fileNameId(fileName: string): string {
  const stem = fileName.replace(/\.[a-z0-9]{1,10}$/i, '');
  return joinWords(asciiWords(stem), Number.POSITIVE_INFINITY, MAX_FILE_ID_LENGTH);
}

/** The family name of "Given Family" or "Family, Given", as one ascii word run. */
function familyName(author: string): string {
  const family = author.includes(',') ? author.slice(0, author.indexOf(',')) : (author.trim().split(/\s+/).at(-1) ?? '');
  return asciiWords(family).join('-');
}

/** Ids to try for a title, shortest first: more of its words, then its year, then its first author. */
function titleCandidates(words: string[], source: IdSource): string[] {
  const grown = [];
  for (let count = BASE_WORDS; count <= Math.max(BASE_WORDS, Math.min(MAX_WORDS, words.length)); count++) {
    grown.push(joinWords(words, count, MAX_WORDS_LENGTH + (count - BASE_WORDS) * 12));
  }
  const base = grown[0] ?? '';
  const year = source.year === undefined ? '' : asciiWords(String(source.year)).join('-');
  const author = source.author ? familyName(source.author) : '';
  const qualified = [year && `${base}-${year}`, author && `${base}-${author}`, year && author && `${base}-${author}-${year}`];
  return [...grown, ...qualified].filter(Boolean);
}

/**
 * The id for a new entry: the distinctive words of its reviewed title (more of them, then the
 * year or first author when an entry already has those), else its source file's name, else its
 * digest; `taken` says which ids are in use (on disk or earlier in the same batch). The last
 * resort adds eight hex digits of the digest, so an id is always found.
 */
export function chooseEntryId(source: IdSource, taken: (id: string) => boolean): ChosenId {
  const words = source.title ? distinctiveWords(source.title.text) : [];
  if (source.title && words.length > 0) {
    const candidates = titleCandidates(words, source);
    const free = candidates.find((id) => !taken(id));
    if (free) return { id: free, from: source.title.field };
    return withDigest(candidates[0] ?? '', source.title.field, source.digest, taken);
  }
  const fromFile = fileNameId(source.fileName);
  if (fromFile) return taken(fromFile) ? withDigest(fromFile, 'file', source.digest, taken) : { id: fromFile, from: 'file' };
  return withDigest('entry', 'digest', source.digest, taken);
}

/** `base` with the first 8, then 12, ... hex digits of the digest that make it free. */
function withDigest(base: string, from: IdBasis, digest: string, taken: (id: string) => boolean): ChosenId {
  for (let length = 8; length <= digest.length; length += 4) {
    const id = `${base}-${digest.slice(0, length)}`;
    if (!taken(id)) return { id, from };
  }
  throw new Error(`No free id for "${base}": every digest suffix is taken`);
}
