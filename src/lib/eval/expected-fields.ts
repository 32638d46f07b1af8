/**
 * The one table that says where an ingested entry keeps each field of the real corpus's expected
 * metadata (`tests/fixtures/real/README.md`): which frontmatter path (or body part) is read for
 * it, whether it is a list, and how a value read is compared with the one expected.
 */

/** The corpus folders: what a document is, whatever the ingest makes of it. */
export const CORPUS_KINDS = ['thesis', 'article', 'news', 'legal'] as const;
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

/**
 * The row a field is reported in: its key, or `legal.<key>` for a legal field, whose keys
 * (`title`, `year`, `place`) mean other things than the studies' and news items' of that name.
 */
export function reportRow(field: Pick<ExpectedField, 'key' | 'kinds'>): string {
  return field.kinds.every((kind) => kind === 'legal') ? `legal.${field.key}` : field.key;
}

const STUDIES: readonly CorpusKind[] = ['thesis', 'article'];
const ARTICLES: readonly CorpusKind[] = ['article'];
const NEWS: readonly CorpusKind[] = ['news'];
const LEGAL: readonly CorpusKind[] = ['legal'];

/** The corpus's `form` labels, by the kind of legal entry each form makes. */
const FORM_LABELS: Readonly<Record<string, string>> = {
  law: 'UU',
  'government-regulation': 'PP',
  'presidential-regulation': 'Perpres',
  'presidential-decision': 'Keppres',
  'presidential-instruction': 'Inpres',
  'ministerial-regulation': 'Permen',
  'agency-regulation': 'Peraturan Badan',
  'regional-regulation': 'Perda',
};

/** The form of a legal entry as the corpus labels it: the regulation form, or the kind of an international text. */
function legalForm(entry: ReadEntry): string[] {
  return textsOf(valueAt(entry.frontmatter, 'kind')).map((kind) => FORM_LABELS[kind] ?? kind);
}

/** A regulation's title after "tentang", as the heading prints it after TENTANG; an international text's title whole. */
function legalTitle(entry: ReadEntry): string[] {
  const regulation = textsOf(valueAt(entry.frontmatter, 'kind')).some((kind) => kind in FORM_LABELS);
  const titles = textsOf(valueAt(entry.frontmatter, 'title.id'));
  return regulation ? titles.map((title) => title.replace(/^.*?\btentang\s+/i, '')) : titles;
}

/** How many considerations were read; none read is no value. */
function considerationsCount(entry: ReadEntry): string[] {
  const items = valueAt(entry.frontmatter, 'considerations');
  return Array.isArray(items) && items.length > 0 ? [String(items.length)] : [];
}


/** The instrument each legal-basis item cites. */
function legalBasisCited(entry: ReadEntry): string[] {
  const items = valueAt(entry.frontmatter, 'legalBasis');
  return Array.isArray(items) ? items.flatMap((item) => textsOf(valueAt(item as Record<string, unknown>, 'cites'))) : [];
}

/**
 * A legal body is its chapter and article headings with their paragraphs: the first article's
 * paragraphs, joined; for a declaration or statement of numbered paragraphs, paragraph 1 without its number.
 */
function firstArticle(entry: ReadEntry): string[] {
  const blocks = entry.body.split(/\n\s*\n/);
  const heading = blocks.findIndex((block) => /^#{2,3} (?:Pasal|Article|ARTICLE)\s/.test(block));
  if (heading < 0) {
    const numbered = blocks.find((block) => /^1\\?\.\s/.test(block));
    return numbered ? textsOf(numbered.replace(/^1\\?\.\s+/, '')) : [];
  }
  const next = blocks.findIndex((block, at) => at > heading && block.startsWith('#'));
  return textsOf(blocks.slice(heading + 1, next < 0 ? undefined : next).join(' '));
}

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

/** Where a byline joins the names it credits: a comma, "and", "dan" or "&". */
const BYLINE_JOINS = /\s*(?:,|&|\band\b|\bdan\b)\s*/iu;

/**
 * The names a news entry credits. The entry keeps its byline in one string as printed ("Ana
 * Putri and Budi Santoso"); the corpus lists each name, so the string is read name by name.
 */
function bylineNames(entry: ReadEntry): string[] {
  return atPaths('author')(entry).flatMap((byline) => byline.split(BYLINE_JOINS).filter((name) => name !== ''));
}

/** A news body is its paragraphs; the lead is the first. */
function firstParagraph(entry: ReadEntry): string[] {
  return textsOf(entry.body.split(/\n\s*\n/)[0]);
}

/** Every expected key of the corpus, in the order of the README: studies, articles, news, legal texts. */
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
  { key: 'byline', kinds: NEWS, list: true, comparison: 'text', read: bylineNames },
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
  { key: 'form', kinds: LEGAL, list: false, comparison: 'text', read: legalForm },
  { key: 'form_as_printed', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('formAsPrinted') },
  { key: 'number', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('number') },
  { key: 'year', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('year') },
  { key: 'title', kinds: LEGAL, list: false, comparison: 'text', read: legalTitle },
  { key: 'issuer', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('issuer') },
  { key: 'enacted_place', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('enacted.place') },
  {
    key: 'enacted_date',
    kinds: LEGAL,
    list: false,
    comparison: 'text',
    notScored: 'entries keep only the ISO date, scored as enacted_date_iso',
  },
  { key: 'enacted_date_iso', kinds: LEGAL, list: false, comparison: 'iso-date', read: atPaths('enacted.date') },
  { key: 'promulgated_date_iso', kinds: LEGAL, list: false, comparison: 'iso-date', read: atPaths('promulgated.date') },
  { key: 'gazette', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('gazette.printed') },
  { key: 'gazette_supplement', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('gazetteSupplement') },
  { key: 'considerations_count', kinds: LEGAL, list: false, comparison: 'text', read: considerationsCount },
  { key: 'legal_basis', kinds: LEGAL, list: true, comparison: 'text', read: legalBasisCited },
  { key: 'first_article_start', kinds: LEGAL, list: false, comparison: 'opening', read: firstArticle },
  {
    key: 'relations',
    kinds: LEGAL,
    list: true,
    comparison: 'text',
    notScored: 'a relation\'s target is an entry id or a review note; relations are asserted in tests/lib/ingest/legal-text/',
  },
  { key: 'adopting_body', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('adoptingBody') },
  { key: 'place', kinds: LEGAL, list: false, comparison: 'text', read: atPaths('concluded.place') },
  { key: 'date_iso', kinds: LEGAL, list: false, comparison: 'iso-date', read: atPaths('concluded.date') },
  { key: 'parties', kinds: LEGAL, list: true, comparison: 'text', read: atPaths('parties') },
];

/** The fields scored for a document of this kind. */
export function scoredFieldsOf(kind: CorpusKind): ExpectedField[] {
  return EXPECTED_FIELDS.filter((field) => field.read !== undefined && field.kinds.includes(kind));
}
