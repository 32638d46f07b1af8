import { describe, expect, it } from 'vitest';
import { fuseRankings, orderLike, preferenceList } from '../../../src/lib/search/fuse-rankings.ts';

describe('fuseRankings', () => {
  it('puts a page found high by several lists above one found first by a single list', () => {
    const fused = fuseRankings([
      { ids: ['regulation', 'thesis', 'news'], weight: 1 },
      { ids: ['thesis', 'news'], weight: 1 },
    ]);
    expect(fused).toEqual(['thesis', 'news', 'regulation']);
  });

  it('keeps a page only one list finds, below the pages the others agree on', () => {
    const fused = fuseRankings([
      { ids: ['a', 'b'], weight: 1 },
      { ids: ['b', 'c'], weight: 1 },
    ]);
    expect(fused).toEqual(['b', 'a', 'c']);
  });

  it('weighs lists: a lighter list does not outrank the typed query at the same rank', () => {
    expect(fuseRankings([{ ids: ['typed'], weight: 1 }, { ids: ['other'], weight: 0.7 }])).toEqual(['typed', 'other']);
  });

  it('keeps first appearance on ties and lists each page once', () => {
    expect(fuseRankings([{ ids: ['x', 'y'], weight: 1 }, { ids: ['y', 'x'], weight: 1 }])).toEqual(['x', 'y']);
  });
});

describe('orderLike', () => {
  it('orders by the reference and puts unknown ids last in their given order', () => {
    expect(orderLike(['c', 'z', 'a', 'y'], ['a', 'b', 'c'])).toEqual(['a', 'c', 'z', 'y']);
  });
});

describe('preferenceList', () => {
  const lists = [{ ids: ['news-a', 'study-b', 'news-c', 'study-d'], weight: 1 }];

  it('lists the preferred ids the lists rank, in their fused order, at the weight given', () => {
    expect(preferenceList(lists, new Set(['study-d', 'study-b', 'study-x']), 0.5)).toEqual({ ids: ['study-b', 'study-d'], weight: 0.5 });
  });

  it('lifts a preferred page above one just ahead of it, not above one far ahead', () => {
    const longer = [{ ids: ['news-a', 'news-b', 'news-c', 'news-d', 'news-e', 'news-f', 'news-g', 'news-h', 'study-i', 'study-j'], weight: 1 }];
    const fused = fuseRankings([...longer, preferenceList(longer, new Set(['study-i']), 0.5)]);
    expect(fused.indexOf('study-i')).toBeLessThan(fused.indexOf('news-h'));
    expect(fused.indexOf('study-i')).toBeGreaterThan(fused.indexOf('news-a'));
  });
});
