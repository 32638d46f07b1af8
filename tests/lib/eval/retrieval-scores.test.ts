import { describe, expect, it } from 'vitest';
import { meetsTarget, scoreQuery, SEARCH_TARGET, summariseScores } from '../../../src/lib/eval/retrieval-scores.ts';

describe('scoreQuery', () => {
  it.each([
    ['first place', ['a'], ['a', 'x', 'y'], 5, { found: ['a'], missed: [], recall: 1, reciprocalRank: 1 }],
    ['third place', ['a'], ['x', 'y', 'a'], 5, { found: ['a'], missed: [], recall: 1, reciprocalRank: 1 / 3 }],
    ['past the cutoff, still ranked', ['a'], ['x', 'y', 'a'], 2, { found: [], missed: ['a'], recall: 0, reciprocalRank: 1 / 3 }],
    ['not listed', ['a'], ['x', 'y'], 5, { found: [], missed: ['a'], recall: 0, reciprocalRank: 0 }],
    ['one of two', ['a', 'b'], ['x', 'b', 'y'], 5, { found: ['b'], missed: ['a'], recall: 0.5, reciprocalRank: 0.5 }],
    ['nothing listed', ['a', 'b'], [], 5, { found: [], missed: ['a', 'b'], recall: 0, reciprocalRank: 0 }],
  ] as const)('scores an expected entry in %s', (_case, expected, results, cutoff, score) => {
    expect(scoreQuery(expected, results, cutoff)).toEqual(score);
  });

  it('counts a page listed twice once, at its first rank', () => {
    expect(scoreQuery(['b'], ['x', 'x', 'x', 'b'], 2)).toEqual({ found: ['b'], missed: [], recall: 1, reciprocalRank: 0.5 });
  });

  it('cuts at the target unless told otherwise', () => {
    const results = ['1', '2', '3', '4', '5', '6'];
    expect(scoreQuery(['6'], results).missed).toEqual(SEARCH_TARGET.cutoff < 6 ? ['6'] : []);
    expect(scoreQuery(['5'], results).found).toEqual(['5']);
  });

  it('refuses a query expecting nothing and a cutoff below one', () => {
    expect(() => scoreQuery([], ['a'])).toThrow(/at least one entry/);
    expect(() => scoreQuery(['a'], ['a'], 0)).toThrow(/positive whole number/);
  });
});

describe('summariseScores', () => {
  it('averages recall and reciprocal rank and counts the complete queries', () => {
    const summary = summariseScores([
      scoreQuery(['a'], ['a']),
      scoreQuery(['a', 'b'], ['x', 'a']),
      scoreQuery(['a'], ['x']),
      scoreQuery(['a'], ['x', 'y', 'z', 'a']),
    ]);
    expect(summary).toEqual({ queries: 4, recall: (1 + 0.5 + 0 + 1) / 4, mrr: (1 + 0.5 + 0 + 0.25) / 4, complete: 2 });
  });

  it('refuses to summarise no queries', () => {
    expect(() => summariseScores([])).toThrow(/no queries/);
  });
});

describe('meetsTarget', () => {
  const summary = (recall: number, mrr: number) => ({ queries: 40, recall, mrr, complete: 0 });

  it('needs both recall and MRR at the target', () => {
    expect(meetsTarget(summary(SEARCH_TARGET.recall, SEARCH_TARGET.mrr))).toBe(true);
    expect(meetsTarget(summary(1, SEARCH_TARGET.mrr - 0.01))).toBe(false);
    expect(meetsTarget(summary(SEARCH_TARGET.recall - 0.01, 1))).toBe(false);
  });
});
