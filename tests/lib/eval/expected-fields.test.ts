import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { CORPUS_KINDS, EXPECTED_FIELDS, scoredFieldsOf, type ReadEntry } from '../../../src/lib/eval/expected-fields.ts';

const field = (key: string) => {
  const found = EXPECTED_FIELDS.find((f) => f.key === key);
  if (!found?.read) throw new Error(`${key} is not read`);
  return found.read;
};

const study: ReadEntry = {
  frontmatter: {
    title: { id: 'Judul Skripsi', en: 'Thesis Title' },
    authors: ['Ani', 'Budi'],
    year: 2021,
    studentNumber: '170710101333',
    supervisors: [{ name: 'Dr. Citra, S.H.', role: 'Pembimbing' }, { name: 'Dedi' }],
    keywords: { id: ['siber'], en: [] },
    abstract: { en: 'The world has divided.' },
    publication: { journal: 'Jurnal Ilmu Hukum', volume: '7' },
  },
  body: '',
};

const news: ReadEntry = {
  frontmatter: { headline: 'Kabar', author: 'Mira Rachmalia', published: '2025-06-01', dateline: 'Jakarta' },
  body: 'Jakarta - Ratusan WNI\nsempat terlibat.\n\nParagraf kedua.',
};

describe('the expected-field table', () => {
  it('reads a title from either language, in that order', () => {
    expect(field('title')(study)).toEqual(['Judul Skripsi', 'Thesis Title']);
  });

  it('reads a year written as a number, and nothing where the entry has no value', () => {
    expect(field('year')(study)).toEqual(['2021']);
    expect(field('institution')(study)).toEqual([]);
    expect(field('keywords_en')(study)).toEqual([]);
    expect(field('doi')(study)).toEqual([]);
  });

  it('reads supervisors by name, without their role', () => {
    expect(field('supervisors')(study)).toEqual(['Dr. Citra, S.H.', 'Dedi']);
  });

  it('reads the nested fields of a study where the content model keeps them', () => {
    expect(field('student_number')(study)).toEqual(['170710101333']);
    expect(field('keywords_id')(study)).toEqual(['siber']);
    expect(field('abstract_en_start')(study)).toEqual(['The world has divided.']);
    expect(field('journal')(study)).toEqual(['Jurnal Ilmu Hukum']);
    expect(field('volume')(study)).toEqual(['7']);
  });

  it('reads a news byline from the author, the place from the dateline and the lead from the first paragraph', () => {
    expect(field('byline')(news)).toEqual(['Mira Rachmalia']);
    expect(field('place')(news)).toEqual(['Jakarta']);
    expect(field('date_published_iso')(news)).toEqual(['2025-06-01']);
    expect(field('lead_start')(news)).toEqual(['Jakarta - Ratusan WNI\nsempat terlibat.']);
  });

  it('scores publication fields for articles only, and leaves out what entries do not keep', () => {
    const keys = (kind: (typeof CORPUS_KINDS)[number]) => scoredFieldsOf(kind).map((f) => f.key);
    expect(keys('article')).toContain('journal');
    expect(keys('thesis')).not.toContain('journal');
    expect(keys('news')).not.toContain('date_published');
    expect(keys('news')).toContain('date_published_iso');
    expect(EXPECTED_FIELDS.filter((f) => !f.read).every((f) => f.notScored)).toBe(true);
  });

  it('covers every key of the corpus expected files of each kind, in their order', () => {
    const real = fileURLToPath(new URL('../../fixtures/real/dev', import.meta.url));
    for (const kind of CORPUS_KINDS) {
      const name = readdirSync(join(real, kind)).find((file) => file.endsWith('.expected.yaml'));
      if (!name) throw new Error(`no ${kind} fixture`);
      const meta = parse(readFileSync(join(real, kind, name), 'utf8')) as { expected: Record<string, unknown> };
      const table = EXPECTED_FIELDS.filter((f) => f.kinds.includes(kind)).map((f) => f.key);
      expect(table, kind).toEqual(Object.keys(meta.expected));
    }
  });
});
