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

/** A legal field, which may share its key with a study's or news item's field. */
const legalField = (key: string) => {
  const found = EXPECTED_FIELDS.find((f) => f.key === key && f.kinds.includes('legal'));
  if (!found?.read) throw new Error(`legal ${key} is not read`);
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

  it('reads an international instrument: its whole title, its meeting, place, date and parties, and paragraph 1', () => {
    const statement: ReadEntry = {
      frontmatter: {
        kind: 'statement',
        title: { id: 'Conference on Crime tentang Kita', en: 'Conference on Crime tentang Kita' },
        adoptingBody: 'Conference on Crime',
        concluded: { place: 'Bali, Indonesia', date: '2002-02-28' },
        parties: ['Fiji', 'Japan'],
      },
      body: 'We, the Ministers, met.\n\n## I. Decisions\n\n1\\. Ministers agreed.\n\n2\\. Ministers noted.',
    };
    expect(legalField('title')(statement)).toEqual(['Conference on Crime tentang Kita']);
    expect(legalField('form')(statement)).toEqual(['statement']);
    expect(legalField('adopting_body')(statement)).toEqual(['Conference on Crime']);
    expect(legalField('place')(statement)).toEqual(['Bali, Indonesia']);
    expect(legalField('date_iso')(statement)).toEqual(['2002-02-28']);
    expect(legalField('parties')(statement)).toEqual(['Fiji', 'Japan']);
    expect(legalField('first_article_start')(statement)).toEqual(['Ministers agreed.']);
  });

  it('reads a regulation title after "tentang" and the first article of a treaty by its heading', () => {
    const regulation: ReadEntry = { frontmatter: { kind: 'law', title: { id: 'Undang-Undang Nomor 1 tentang Ekstradisi' } }, body: '' };
    expect(legalField('title')(regulation)).toEqual(['Ekstradisi']);
    const treaty: ReadEntry = { frontmatter: { kind: 'agreement' }, body: '## Preamble\n\nRecalling.\n\n### Article 1\n\nScope of it.\n\n### Article 2\n\nMore.' };
    expect(legalField('first_article_start')(treaty)).toEqual(['Scope of it.']);
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

describe('byline names', () => {
  const withByline = (author: string) => ({ frontmatter: { headline: 'Kabar', author }, body: 'Paragraf.' });

  it.each([
    ['Ana Putri and Budi Santoso', ['Ana Putri', 'Budi Santoso']],
    ['Ana Putri, Budi Santoso', ['Ana Putri', 'Budi Santoso']],
    ['Ana Putri dan Budi Santoso & Citra Dewi', ['Ana Putri', 'Budi Santoso', 'Citra Dewi']],
    ['Andini Danuarta', ['Andini Danuarta']],
  ])('reads the byline %j name by name', (author, names) => {
    expect(field('byline')(withByline(author))).toEqual(names);
  });
});
