import { describe, expect, it } from 'vitest';
import { scoreDocument, type CorpusDocument } from '../../../src/lib/eval/score-document.ts';

const newsDoc: CorpusDocument = {
  split: 'dev',
  kind: 'news',
  slug: 'made-up-news',
  expected: {
    headline: 'Kabar Terkini',
    outlet: null,
    byline: ['Mira Rachmalia'],
    editor: null,
    date_published: 'Minggu, 01 Jun 2025',
    date_published_iso: new Date('2025-06-01T00:00:00Z'),
    place: 'Jakarta',
    lead_start: 'Ratusan WNI sempat',
  },
};

const byKey = (result: ReturnType<typeof scoreDocument>, key: string) => result.fields.find((f) => f.key === key);

describe('scoreDocument', () => {
  it('scores an entry field by field, reading a YAML date as its ISO value', () => {
    const result = scoreDocument(newsDoc, {
      status: 'ingested',
      parser: 'news',
      entry: {
        frontmatter: { headline: 'KABAR TERKINI', outlet: 'Suara', published: '2025-06-01', dateline: 'Bandung' },
        body: 'Jakarta - Ratusan WNI sempat terlibat.',
      },
    });
    expect(result.outcome).toBe('ingested');
    expect(result.kindConfused).toBe(false);
    expect(byKey(result, 'headline')?.counts.correct).toBe(1);
    expect(byKey(result, 'outlet')?.counts.invented).toBe(1);
    expect(byKey(result, 'byline')?.counts.missed).toBe(1);
    expect(byKey(result, 'date_published_iso')).toMatchObject({ expected: ['2025-06-01'], counts: { correct: 1 } });
    expect(byKey(result, 'place')?.counts.wrong).toBe(1);
    expect(byKey(result, 'lead_start')?.counts.correct).toBe(1);
    expect(byKey(result, 'date_published')).toBeUndefined();
  });

  it('counts every expected value of a refused document as missed and keeps the reason', () => {
    const result = scoreDocument(newsDoc, { status: 'refused', message: 'no recognisable structure' });
    expect(result).toMatchObject({ outcome: 'refused', message: 'no recognisable structure', kindConfused: false });
    const missed = result.fields.reduce((sum, f) => sum + f.counts.missed, 0);
    const expected = result.fields.reduce((sum, f) => sum + f.counts.expected, 0);
    expect(missed).toBe(5);
    expect(expected).toBe(missed);
    expect(result.fields.every((f) => f.counts.invented === 0 && f.got.length === 0)).toBe(true);
  });

  it('marks a news item read as a study, and a thesis read as news, as kind confusion', () => {
    const entry = { frontmatter: {}, body: '' };
    expect(scoreDocument(newsDoc, { status: 'ingested', parser: 'thesis-abstract', entry }).kindConfused).toBe(true);
    const thesis: CorpusDocument = { split: 'dev', kind: 'thesis', slug: 't', expected: { title: 'T', year: 2020 } };
    expect(scoreDocument(thesis, { status: 'ingested', parser: 'news', entry }).kindConfused).toBe(true);
    expect(scoreDocument(thesis, { status: 'ingested', parser: 'thesis-full', entry }).kindConfused).toBe(false);
    const article = { ...thesis, kind: 'article' as const };
    expect(scoreDocument(article, { status: 'ingested', parser: 'thesis-abstract', entry }).kindConfused).toBe(false);
  });

  it('reads a bare YAML number as its text', () => {
    const thesis: CorpusDocument = { split: 'dev', kind: 'thesis', slug: 't', expected: { year: 2020 } };
    const entry = { frontmatter: { year: 2020 }, body: '' };
    const result = scoreDocument(thesis, { status: 'ingested', parser: 'thesis-abstract', entry });
    expect(byKey(result, 'year')).toMatchObject({ expected: ['2020'], counts: { correct: 1 } });
  });
});
