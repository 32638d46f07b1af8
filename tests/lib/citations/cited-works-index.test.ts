import { describe, expect, it } from 'vitest';
import { buildCitedWorksIndex } from '../../../src/lib/citations/cited-works-index.ts';
import type { WorkCitedInEntry } from '../../../src/lib/citations/extract-works-cited.ts';

const work = (key: string, authors: string[], count: number, anchors: string[], etAl = false): WorkCitedInEntry => ({
  key,
  authors,
  etAl,
  year: key.split('|')[1] ?? '',
  count,
  anchors,
  paragraphNumbers: anchors.map((_, i) => i + 1),
});

describe('buildCitedWorksIndex', () => {
  const index = buildCitedWorksIndex([
    { ref: { kind: 'studies', id: 's1' }, works: [work('buzan|1998', ['Buzan'], 2, ['p-4', 'p-9'], true), work('maier|1990', ['Maier'], 1, ['p-2'])] },
    { ref: { kind: 'studies', id: 's2' }, works: [work('buzan|1998', ['Buzan', 'Wæver', 'de Wilde'], 3, ['p-1'])] },
  ]);

  it('adds up the citations of a work over the entries citing it, each with its first paragraph', () => {
    expect(index.find((w) => w.key === 'buzan|1998')).toMatchObject({
      count: 5,
      entries: [
        { ref: { kind: 'studies', id: 's1' }, count: 2, firstAnchor: 'p-4' },
        { ref: { kind: 'studies', id: 's2' }, count: 3, firstAnchor: 'p-1' },
      ],
    });
  });

  it('names each work by the fullest author list any entry gives', () => {
    expect(index.find((w) => w.key === 'buzan|1998')).toMatchObject({ authors: ['Buzan', 'Wæver', 'de Wilde'], etAl: false });
  });

  it('sorts by first author and year', () => {
    expect(index.map((w) => w.key)).toEqual(['buzan|1998', 'maier|1990']);
  });
});
