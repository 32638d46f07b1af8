/**
 * The one table that says where an ingested entry keeps each field of the real corpus's expected
 * metadata (`tests/fixtures/real/README.md`): which frontmatter path (or body part) is read for
 * it, whether it is a list, and how a value read is compared with the one expected.
 */

/** The corpus folders: what a document is, whatever the ingest makes of it. */
export const CORPUS_KINDS = ['thesis', 'article', 'news'] as const;
export type CorpusKind = (typeof CORPUS_KINDS)[number];

/**
 * How an expected value is matched (see `compare-values.ts`): the same text, the text's opening
 * words, a news lead's opening words after an optional dateline, or the same ISO date.
 */
export type Comparison = 'text' | 'opening' | 'lead' | 'iso-date';

/** An entry as the evaluation sees it: the frontmatter the ingest wrote and the Markdown body. */
export interface ReadEntry {
  frontmatter: Record<string, unknown>;
  body: string;
}

export interface ExpectedField {
  /** The key in `expected:` of the corpus's `.expected.yaml` files. */
  key: string;
  kinds: readonly CorpusKind[];
  /** Lists are scored item by item; everything else as one value. */
  list: boolean;
  comparison: Comparison;
  /**
   * The entry's values for this field: the items of a list, or the candidates for one value (a
   * title may sit in `title.id` or `title.en`). Absent when entries keep no such value.
   */
  read?: (entry: ReadEntry) => string[];
  /** Why the field is not scored, when `read` is absent. */
  notScored?: string;
}

const STUDIES: readonly CorpusKind[] = ['thesis', 'article'];
const ARTICLES: readonly CorpusKind[] = ['article'];
const NEWS: readonly CorpusKind[] = ['news'];

function valueAt(record: Record<string, unknown>, path: string): unknown {
  let value: unknown = record;
  for (const part of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[part];
  }
  return value;
}

/** Non-empty strings (numbers as written, such as a year) from a value or a list of them. */
function textsOf(value: unknown): string[] {
  const items = Array.isArray(value) ? value : [value];
  return items
    .map((item) => (typeof item === 'number' ? String(item) : item))
    .filter((item): item is string => typeof item === 'string' && item.trim() !== '');
}

/** Reads the frontmatter values at the given dotted paths, in order. */
function atPaths(...paths: string[]) {
  return (entry: ReadEntry): string[] => paths.flatMap((path) => textsOf(valueAt(entry.frontmatter, path)));
}

/** People lists (`supervisors`) hold `{ name, role }`; only the names are expected. */
function namesAt(path: string) {
  return (entry: ReadEntry): string[] => {
    const people = valueAt(entry.frontmatter, path);
    return Array.isArray(people) ? people.flatMap((person) => textsOf(valueAt(person as Record<string, unknown>, 'name'))) : [];
  };
}

/** A news body is its paragraphs; the lead is the first. */
function firstParagraph(entry: ReadEntry): string[] {
  return textsOf(entry.body.split(/\n\s*\n/)[0]);
}

/** Every expected key of the corpus, in the order of the README: studies, articles, news. */
export const EXPECTED_FIELDS: readonly ExpectedField[] = [
  { key: 'title', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('title.id', 'title.en') },
  { key: 'authors', kinds: STUDIES, list: true, comparison: 'text', read: atPaths('authors') },
  { key: 'year', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('year') },
  { key: 'institution', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('institution') },
  { key: 'faculty', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('faculty') },
  { key: 'department', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('department') },
  { key: 'student_number', kinds: STUDIES, list: false, comparison: 'text', read: atPaths('studentNumber') },
  { key: 'supervisors', kinds: STUDIES, list: true, comparison: 'text', read: namesAt('supervisors') },
  { key: 'keywords_id', kinds: STUDIES, list: true, comparison: 'text', read: atPaths('keywords.id') },
  { key: 'keywords_en', kinds: STUDIES, list: true, comparison: 'text', read: atPaths('keywords.en') },
  { key: 'abstract_id_start', kinds: STUDIES, list: false, comparison: 'opening', read: atPaths('abstract.id') },
  { key: 'abstract_en_start', kinds: STUDIES, list: false, comparison: 'opening', read: atPaths('abstract.en') },
  { key: 'journal', kinds: ARTICLES, list: false, comparison: 'text', read: atPaths('publication.journal') },
  { key: 'volume', kinds: ARTICLES, list: false, comparison: 'text', read: atPaths('publication.volume') },
  { key: 'issue', kinds: ARTICLES, list: false, comparison: 'text', read: atPaths('publication.issue') },
  { key: 'pages', kinds: ARTICLES, list: false, comparison: 'text', read: atPaths('publication.pages') },
  { key: 'doi', kinds: ARTICLES, list: false, comparison: 'text', read: atPaths('publication.doi') },
  { key: 'headline', kinds: NEWS, list: false, comparison: 'text', read: atPaths('headline') },
  { key: 'outlet', kinds: NEWS, list: false, comparison: 'text', read: atPaths('outlet') },
  // The entry keeps one credited author; a byline naming several would show as wrong plus missed.
  { key: 'byline', kinds: NEWS, list: true, comparison: 'text', read: atPaths('author') },
  { key: 'editor', kinds: NEWS, list: false, comparison: 'text', read: atPaths('editor') },
  {
    key: 'date_published',
    kinds: NEWS,
    list: false,
    comparison: 'text',
    notScored: 'entries keep only the ISO date, scored as date_published_iso',
  },
  { key: 'date_published_iso', kinds: NEWS, list: false, comparison: 'iso-date', read: atPaths('published') },
  { key: 'place', kinds: NEWS, list: false, comparison: 'text', read: atPaths('dateline') },
  { key: 'lead_start', kinds: NEWS, list: false, comparison: 'lead', read: firstParagraph },
];

/** The fields scored for a document of this kind. */
export function scoredFieldsOf(kind: CorpusKind): ExpectedField[] {
  return EXPECTED_FIELDS.filter((field) => field.read !== undefined && field.kinds.includes(kind));
}
