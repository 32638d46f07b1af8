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
const KINDS = ['thesis', 'article', 'news'] as const;
const LANGUAGES = ['id', 'en', 'both'];

const STUDY_KEYS = [
  'title', 'authors', 'year', 'institution', 'faculty', 'department', 'student_number', 'supervisors',
  'keywords_id', 'keywords_en', 'abstract_id_start', 'abstract_en_start',
];
const EXPECTED_KEYS: Record<(typeof KINDS)[number], string[]> = {
  thesis: STUDY_KEYS,
  article: [...STUDY_KEYS, 'journal', 'volume', 'issue', 'pages', 'doi'],
  news: ['headline', 'outlet', 'byline', 'editor', 'date_published', 'date_published_iso', 'place', 'lead_start'],
};
const LIST_KEYS = new Set(['authors', 'supervisors', 'keywords_id', 'keywords_en', 'byline']);
/** Values normalised by the reader rather than copied from the page. */
const NOT_PRINTED = new Set(['date_published_iso']);

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

const fixtures = readFixtures();

describe('real corpus fixtures', () => {
  it('holds at least 60 development documents, with theses, articles and news', () => {
    expect(fixtures.filter((f) => f.split === 'dev').length).toBeGreaterThanOrEqual(60);
    for (const kind of KINDS) {
      expect(fixtures.some((f) => f.split === 'dev' && f.kind === kind), `dev/${kind}`).toBe(true);
    }
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
        const values = LIST_KEYS.has(key) ? value : [value];
        expect(Array.isArray(values) && values.length > 0, `${slug}.${key}`).toBe(true);
        for (const item of values as unknown[]) {
          expect(typeof item === 'string' && item.trim().length > 0, `${slug}.${key}`).toBe(true);
        }
      }
      if (kind === 'news' && expected.date_published_iso !== null) {
        expect(String(expected.date_published_iso), slug).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      }
    }
  });

  it('finds every printed value in the document text', () => {
    for (const { slug, text, meta } of fixtures) {
      const page = flatten(text);
      for (const [key, value] of Object.entries(meta.expected as Record<string, unknown>)) {
        if (value === null || NOT_PRINTED.has(key)) continue;
        for (const item of (Array.isArray(value) ? value : [value]) as string[]) {
          expect(page.includes(flatten(item)), `${slug}.${key}: ${item}`).toBe(true);
        }
      }
    }
  });
});
