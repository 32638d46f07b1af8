import { describe, expect, it } from 'vitest';
import { bylineCandidates, type BylineSources } from '../../../../src/lib/ingest/news/byline-candidates.ts';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';

const none: BylineSources = { header: [], paragraphs: [], removed: [] };
const values = (sources: Partial<BylineSources>) => bylineCandidates({ ...none, ...sources }).map(({ value, score }) => ({ value, score }));

describe('bylineCandidates', () => {
  it('reads a labelled credit over the article, and one after it a little lower', () => {
    expect(values({ header: ['Oleh Rahmat Fauzi pada 12 Mei 2024, 09:15 WIB'] })).toEqual([{ value: 'Rahmat Fauzi', score: 0.85 }]);
    expect(values({ removed: ['Pewarta: Dewi Lestari'] })).toEqual([{ value: 'Dewi Lestari', score: 0.8 }]);
  });

  it('reads a "Name - Outlet" byline in the header', () => {
    expect(values({ header: ['Rizky Pratama - detikNews'] })).toEqual([{ value: 'Rizky Pratama', score: 0.7 }]);
  });

  it('reads a name printed over its role, blank lines between', () => {
    expect(values({ header: ['Kompas.com - 11/06/2015, 14:59 WIB', 'Unoviana Kartika', '', 'Penulis'] })).toEqual([
      { value: 'Unoviana Kartika', score: 0.75 },
    ]);
    expect(values({ header: ['Unoviana Kartika', 'Jakarta'] })).toEqual([]);
  });

  it("reads the desk's initials closing the article, and not initials inside it", () => {
    expect(values({ paragraphs: ['Polisi menerbitkan red notice.', '(ily/kil)'] })).toEqual([{ value: 'ily/kil', score: 0.6 }]);
    expect(values({ removed: ['(rzp / aud)', 'Baca juga'] })).toEqual([{ value: 'rzp/aud', score: 0.6 }]);
    expect(values({ removed: ['Saksikan juga video ini.', '(ily/kil)'] })).toEqual([{ value: 'ily/kil', score: 0.6 }]);
    expect(values({ paragraphs: ['(ily/kil)', 'Polisi menerbitkan red notice.'] })).toEqual([]);
    expect(values({ removed: ['Baca juga', 'Satu', 'Dua', '(ily/kil)'] })).toEqual([]);
  });

  it('reads the reporter a dateline opens with', () => {
    const dateline = { place: 'Jakarta', byline: 'Rina Kusuma', text: 'Rina Kusuma, Jakarta –' };
    expect(values({ dateline })).toEqual([{ value: 'Rina Kusuma', score: 0.7 }]);
    expect(values({ dateline: { place: 'Jakarta', text: 'Jakarta –' } })).toEqual([]);
  });

  it('lets a named credit outweigh the initials', () => {
    const choice = chooseCandidate(bylineCandidates({ header: ['Penulis: Gita Anggraini'], paragraphs: ['Teks.', '(gta/has)'], removed: [] }));
    expect(choice?.value).toBe('Gita Anggraini');
  });
});
