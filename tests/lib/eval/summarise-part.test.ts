import { describe, expect, it } from 'vitest';
import { scoreDocument, type CorpusDocument } from '../../../src/lib/eval/score-document.ts';
import { shareCorrect, summarisePart } from '../../../src/lib/eval/summarise-part.ts';

const thesis = (split: CorpusDocument['split'], slug: string): CorpusDocument => ({
  split,
  kind: 'thesis',
  slug,
  expected: { title: 'Judul', authors: ['Ani', 'Budi'], year: '2021', institution: null },
});
const entry = (frontmatter: Record<string, unknown>) => ({ frontmatter, body: '' });

const results = [
  scoreDocument(thesis('dev', 'read'), {
    status: 'ingested',
    parser: 'thesis-abstract',
    entry: entry({ title: { id: 'Judul' }, authors: ['Ani', 'Cici'], institution: 'Kampus' }),
  }),
  scoreDocument(thesis('dev', 'refused'), { status: 'refused', message: 'no abstract heading' }),
  scoreDocument(thesis('dev', 'crashed'), { status: 'crashed', message: 'TypeError: boom' }),
  scoreDocument({ ...thesis('dev', 'as-news'), kind: 'article' }, { status: 'ingested', parser: 'news', entry: entry({}) }),
  scoreDocument(thesis('held-out', 'other-part'), {
    status: 'ingested',
    parser: 'thesis-full',
    entry: entry({ title: { en: 'Judul' }, authors: ['Ani', 'Budi'], year: 2021 }),
  }),
];

describe('summarisePart', () => {
  const dev = summarisePart(results, 'dev');

  it('adds up the counts of one part per field, in the table order', () => {
    expect(dev.documents).toBe(4);
    expect(dev.fields.map((f) => f.key).slice(0, 4)).toEqual(['title', 'authors', 'year', 'institution']);
    expect(dev.fields.find((f) => f.key === 'title')?.counts).toEqual({ expected: 4, correct: 1, missed: 3, wrong: 0, invented: 0 });
    expect(dev.fields.find((f) => f.key === 'authors')?.counts).toEqual({ expected: 8, correct: 1, missed: 6, wrong: 1, invented: 0 });
    expect(dev.fields.find((f) => f.key === 'institution')?.counts.invented).toBe(1);
  });

  it('gives the share of all expected values read correctly', () => {
    expect(dev.totals).toMatchObject({ expected: 16, correct: 2 });
    expect(dev.shareCorrect).toBeCloseTo(2 / 16);
    expect(summarisePart(results, 'held-out').shareCorrect).toBe(1);
    expect(shareCorrect({ expected: 0, correct: 0, missed: 0, wrong: 0, invented: 3 })).toBe(0);
  });

  it('lists refused and crashed documents with their messages, and kind confusion', () => {
    expect(dev.ingested).toBe(2);
    expect(dev.refused).toEqual([{ kind: 'thesis', slug: 'refused', message: 'no abstract heading' }]);
    expect(dev.crashed).toEqual([{ kind: 'thesis', slug: 'crashed', message: 'TypeError: boom' }]);
    expect(dev.kindConfused).toEqual([{ kind: 'article', slug: 'as-news', parser: 'news' }]);
    expect(dev.outcomesByKind).toEqual({
      thesis: { 'thesis-abstract': 1, refused: 1, crashed: 1 },
      article: { news: 1 },
      news: {},
      legal: {},
    });
  });
});
