/**
 * The real development corpus (`tests/fixtures/real/`) as data: every document has an
 * expected-metadata file of the agreed shape, every printed value can be found in the document,
 * and the development part has every kind. The held-out part may be empty or missing (a fresh set is
 * gathered apart from the parsers); what is there is checked the same way. Independent of the
 * ingest, so tuning the ingest can never make these checks pass or fail.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const realDir = fileURLToPath(new URL('../fixtures/real', import.meta.url));
const SPLITS = ['dev', 'held-out'] as const;
const KINDS = ['thesis', 'article', 'news', 'legal'] as const;
const LANGUAGES = ['id', 'en', 'both'];

const STUDY_KEYS = [
  'title', 'authors', 'year', 'institution', 'faculty', 'department', 'student_number', 'supervisors',
  'keywords_id', 'keywords_en', 'abstract_id_start', 'abstract_en_start',
];
const EXPECTED_KEYS: Record<(typeof KINDS)[number], string[]> = {
  thesis: STUDY_KEYS,
  article: [...STUDY_KEYS, 'journal', 'volume', 'issue', 'pages', 'doi'],
  news: ['headline', 'outlet', 'byline', 'editor', 'date_published', 'date_published_iso', 'place', 'lead_start'],
  legal: [
    'form', 'form_as_printed', 'number', 'year', 'title', 'issuer', 'enacted_place', 'enacted_date', 'enacted_date_iso',
    'promulgated_date_iso', 'gazette', 'gazette_supplement', 'considerations_count', 'legal_basis', 'first_article_start',
    'relations', 'adopting_body', 'place', 'date_iso', 'parties',
  ],
};
const LIST_KEYS = new Set(['authors', 'supervisors', 'keywords_id', 'keywords_en', 'byline', 'legal_basis', 'parties']);
/** Values normalised by the reader rather than copied from the page. */
const NOT_PRINTED = new Set(['date_published_iso', 'form', 'enacted_date_iso', 'promulgated_date_iso', 'date_iso', 'considerations_count']);
const ISO_DATE_KEYS = ['date_published_iso', 'enacted_date_iso', 'promulgated_date_iso', 'date_iso'];
const NATIONAL_FORMS = ['UU', 'PP', 'Perpres', 'Keppres', 'Inpres', 'Permen', 'Peraturan Badan', 'Perda'];
const INTERNATIONAL_FORMS = ['convention', 'protocol', 'declaration', 'statement', 'agreement'];
const RELATION_TYPES = ['amends', 'replaces', 'revokes', 'ratifies', 'implements'];

interface Fixture {
  split: (typeof SPLITS)[number];
  kind: (typeof KINDS)[number];
  slug: string;
  text: string;
  meta: Record<string, unknown>;
}

function readFixtures(): Fixture[] {
  const fixtures: Fixture[] = [];
  for (const split of SPLITS) {
    for (const kind of KINDS) {
      const dir = join(realDir, split, kind);
      if (!existsSync(dir)) continue;
      for (const name of readdirSync(dir).filter((file) => file.endsWith('.txt')).sort()) {
        const slug = name.slice(0, -'.txt'.length);
        const yamlPath = join(dir, `${slug}.expected.yaml`);
        const meta = existsSync(yamlPath) ? (parse(readFileSync(yamlPath, 'utf8')) as Record<string, unknown>) : {};
        fixtures.push({ split, kind, slug, text: readFileSync(join(dir, name), 'utf8'), meta });
      }
    }
  }
  return fixtures;
}

/** Collapses runs of white space and rejoins words hyphenated across a line break. */
function flatten(text: string): string {
  return text.replace(/-\s+/g, '-').replace(/\s+/g, ' ');
}

/** The text with words hyphenated across a line break (blank lines between included) rejoined, as the README has values written. */
function rejoinBrokenWords(text: string): string {
  return text.replace(/(\p{L})-[ \t]*\n\s*(?=\p{L})/gu, '$1');
}

/**
 * A regulation's side labels ("Menimbang", "Mengingat") sit in the left column of the page, so a
 * copy extracted from a PDF may drop one into the middle of the title block; a value read across
 * such a label still counts as printed.
 */
function withoutSideLabels(flatText: string): string {
  return flatText.replace(/ (?:Menimbang|Mengingat) /g, ' ');
}

/** The strings of an expected value that must be found in the text: relations give their targets. */
function printedStrings(key: string, value: unknown): string[] {
  if (key === 'relations') return (value as { target: string }[]).map((relation) => relation.target);
  return (Array.isArray(value) ? value : [value]) as string[];
}

/** Checks a legal value whose shape is not a plain string: the count, the relations and the form. */
function checkLegalValue(slug: string, key: string, value: unknown): boolean {
  if (key === 'considerations_count') {
    expect(Number.isInteger(value) && (value as number) > 0, `${slug}.${key}`).toBe(true);
    return true;
  }
  if (key === 'relations') {
    expect(Array.isArray(value) && value.length > 0, `${slug}.${key}`).toBe(true);
    for (const relation of value as Record<string, unknown>[]) {
      expect(Object.keys(relation), `${slug}.${key}`).toEqual(['type', 'target']);
      expect(RELATION_TYPES, `${slug}.${key}`).toContain(relation.type);
      expect(typeof relation.target === 'string' && relation.target.trim().length > 0, `${slug}.${key}`).toBe(true);
    }
    return true;
  }
  if (key === 'form') expect([...NATIONAL_FORMS, ...INTERNATIONAL_FORMS], `${slug}.${key}`).toContain(value);
  return false;
}

const fixtures = readFixtures();

describe('real corpus fixtures', () => {
  it('holds at least 60 development documents, with theses, articles, news and legal texts', () => {
    expect(fixtures.filter((f) => f.split === 'dev').length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS) {
      expect(fixtures.some((f) => f.split === 'dev' && f.kind === kind), `dev/${kind}`).toBe(true);
    }
  });

  it('holds at least 15 national regulations and 3 international instruments among the legal texts', () => {
    const forms = fixtures
      .filter((f) => f.split === 'dev' && f.kind === 'legal')
      .map((f) => (f.meta.expected as Record<string, unknown>).form as string);
    expect(forms.filter((form) => NATIONAL_FORMS.includes(form)).length).toBeGreaterThanOrEqual(15);
    expect(forms.filter((form) => INTERNATIONAL_FORMS.includes(form)).length).toBeGreaterThanOrEqual(3);
  });

  it('pairs every document with an expected-metadata file and every such file with a document', () => {
    for (const split of SPLITS) {
      for (const kind of KINDS) {
        const dir = join(realDir, split, kind);
        if (!existsSync(dir)) continue;
        for (const name of readdirSync(dir)) {
          const slug = name.replace(/\.expected\.yaml$|\.txt$/, '');
          expect(name === `${slug}.txt` || name === `${slug}.expected.yaml`, `${split}/${kind}/${name}`).toBe(true);
          expect(existsSync(join(dir, `${slug}.txt`)), `${split}/${kind}/${slug}.txt`).toBe(true);
          expect(existsSync(join(dir, `${slug}.expected.yaml`)), `${split}/${kind}/${slug}.expected.yaml`).toBe(true);
        }
      }
    }
  });

  it('gives each document a unique source URL, a retrieval date, a language and a topic flag', () => {
    const urls = new Set<string>();
    for (const { slug, text, meta } of fixtures) {
      expect(Object.keys(meta), slug).toEqual(['source_url', 'retrieved', 'language', 'on_topic', 'expected']);
      expect(String(meta.source_url), slug).toMatch(/^https?:\/\/\S+$/);
      expect(urls.has(String(meta.source_url)), `${slug} repeats a source URL`).toBe(false);
      urls.add(String(meta.source_url));
      expect(String(meta.retrieved), slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(LANGUAGES, slug).toContain(meta.language);
      expect(typeof meta.on_topic, slug).toBe('boolean');
      expect(text.trim().length, slug).toBeGreaterThan(200);
    }
  });

  it('lists exactly the metadata fields of its kind, each null, a non-empty string or a list of them', () => {
    for (const { kind, slug, meta } of fixtures) {
      const expected = meta.expected as Record<string, unknown>;
      expect(Object.keys(expected ?? {}), slug).toEqual(EXPECTED_KEYS[kind]);
      for (const [key, value] of Object.entries(expected)) {
        if (value === null) continue;
        if (kind === 'legal' && checkLegalValue(slug, key, value)) continue;
        const values = LIST_KEYS.has(key) ? value : [value];
        expect(Array.isArray(values) && values.length > 0, `${slug}.${key}`).toBe(true);
        for (const item of values as unknown[]) {
          expect(typeof item === 'string' && item.trim().length > 0, `${slug}.${key}`).toBe(true);
        }
      }
      for (const key of ISO_DATE_KEYS) {
        if (expected[key] === undefined || expected[key] === null) continue;
        expect(String(expected[key]), `${slug}.${key}`).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('finds every printed value in the document text', () => {
    for (const { kind, slug, text, meta } of fixtures) {
      const page = flatten(text);
      const pageWithoutLabels = kind === 'legal' ? withoutSideLabels(page) : page;
      const rejoined = flatten(rejoinBrokenWords(text));
      for (const [key, value] of Object.entries(meta.expected as Record<string, unknown>)) {
        if (value === null || NOT_PRINTED.has(key)) continue;
        for (const item of printedStrings(key, value)) {
          const found = [page, pageWithoutLabels, rejoined].some((form) => form.includes(flatten(item)));
          expect(found, `${slug}.${key}: ${item}`).toBe(true);
        }
      }
    }
  });
});
