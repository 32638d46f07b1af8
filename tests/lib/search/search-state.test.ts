import { describe, expect, it } from 'vitest';
import {
  isActiveSearch,
  pagefindFilters,
  pagefindSort,
  parseSearchState,
  searchesFullTexts,
  searchStateParams,
} from '../../../src/lib/search/search-state.ts';

const parse = (query: string) => parseSearchState(new URLSearchParams(query));

describe('parseSearchState and searchStateParams', () => {
  it('round-trips a full search through the address', () => {
    const address = 'q=kerja+sama&kind=study&concept=bilateral-cooperation&concept=extradition&institution=Universitas+X%2C+Y&from=2021&to=2023&sort=newest&fulltext=1';
    expect(searchStateParams(parse(address)).toString()).toBe(address);
  });

  it('drops unknown kinds, repeated values, bad years and unknown orders', () => {
    const state = parse('kind=study&kind=poem&kind=study&from=21&to=2023&sort=random&lang=&x=1&fulltext=yes');
    expect(state.facets.kind).toEqual(['study']);
    expect(state.facets.lang).toEqual([]);
    expect(state.yearFrom).toBeUndefined();
    expect(state.yearTo).toBe(2023);
    expect(state.sort).toBe('relevance');
    expect(state.fullText).toBe(false);
    expect(searchStateParams(state).toString()).toBe('kind=study&to=2023');
  });

  it('swaps a reversed year range', () => {
    const state = parse('from=2023&to=2021');
    expect([state.yearFrom, state.yearTo]).toEqual([2021, 2023]);
  });

  it('knows an empty address asks for nothing, and a filter alone asks for a browse', () => {
    expect(isActiveSearch(parse(''))).toBe(false);
    expect(isActiveSearch(parse('sort=newest'))).toBe(false);
    expect(isActiveSearch(parse('concept=bilateral-cooperation'))).toBe(true);
    expect(isActiveSearch(parse('from=2021'))).toBe(true);
  });
});

describe('searchesFullTexts', () => {
  it('searches the full texts when asked, whatever the records found', () => {
    expect(searchesFullTexts(parse('q=bilateral&fulltext=1'), 12)).toBe(true);
    expect(searchesFullTexts(parse('q=bilateral'), 12)).toBe(false);
  });

  it('searches them unasked only when words found no entry', () => {
    expect(searchesFullTexts(parse('q=pustaka'), 0)).toBe(true);
    // A browse by filters alone has no words to look for in a text.
    expect(searchesFullTexts(parse('concept=bilateral-cooperation&fulltext=1'), 0)).toBe(false);
  });
});

describe('pagefindFilters', () => {
  const years = ['2019', '2020', '2021', '2022', '2023', '2024'];

  it('searches the entries (studies and news) unless kinds are chosen', () => {
    expect(pagefindFilters(parse('q=x'), years)).toEqual({ kind: { any: ['study', 'news'] } });
    expect(pagefindFilters(parse('q=x&kind=concept'), years)).toEqual({ kind: { any: ['concept'] } });
  });

  it('turns a year range into the known years in it, and facets into any-of filters', () => {
    expect(pagefindFilters(parse('kind=study&concept=bilateral-cooperation&from=2021&to=2023'), years)).toEqual({
      kind: { any: ['study'] },
      concept: { any: ['bilateral-cooperation'] },
      year: { any: ['2021', '2022', '2023'] },
    });
    expect(pagefindFilters(parse('from=2023'), years).year).toEqual({ any: ['2023', '2024'] });
  });

  it('finds nothing, not everything, for a range with no known year', () => {
    expect(pagefindFilters(parse('from=1990&to=1995'), years).year).toEqual({ any: ['none'] });
  });
});

describe('pagefindSort', () => {
  it.each([
    ['relevance', undefined],
    ['newest', { date: 'desc' }],
    ['oldest', { date: 'asc' }],
  ] as const)('%s', (sort, expected) => {
    expect(pagefindSort(sort)).toEqual(expected);
  });
});
