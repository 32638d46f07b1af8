/**
 * The whole state of a search as the address holds it, so a search can be shared and reloaded:
 * `?q=bilateral&kind=study&concept=bilateral-cooperation&from=2021&to=2023&sort=newest&fulltext=1`.
 * Every facet is a Pagefind filter of the same name (`data-pagefind-filter` on the entry pages,
 * see `SearchFields.astro`); values are stable codes and ids, never translated labels.
 */

/** The facets results can be narrowed by; each a Pagefind filter name and an address parameter. */
export const FACETS = ['kind', 'lang', 'concept', 'legal', 'country', 'entity', 'institution', 'outlet'] as const;
export type Facet = (typeof FACETS)[number];

/** The kinds of indexed page, the values of the `kind` filter. */
export const PAGE_KINDS = ['study', 'news', 'concept', 'legal', 'entity'] as const;
export type PageKind = (typeof PAGE_KINDS)[number];

/** The kinds that are results; the others are guides, shown apart and only when asked for. */
export const ENTRY_KINDS: readonly PageKind[] = ['study', 'news'];

export const SORTS = ['relevance', 'newest', 'oldest'] as const;
export type SortOrder = (typeof SORTS)[number];

/** A search: the words typed, the chosen values per facet, a year range, an order, and whether full texts are searched too. */
export interface SearchState {
  query: string;
  facets: Readonly<Record<Facet, readonly string[]>>;
  yearFrom?: number;
  yearTo?: number;
  sort: SortOrder;
  fullText: boolean;
}

/** The address parameter asking for the studies' full texts to be searched as well (`fulltext=1`). */
export const FULL_TEXT_PARAM = 'fulltext';

/** Pagefind's filter argument: per filter, pages having any of the values. */
export type PagefindFilters = Record<string, { any: string[] }>;

const YEAR = /^\d{4}$/;

function emptyFacets(): Record<Facet, string[]> {
  return Object.fromEntries(FACETS.map((facet) => [facet, []])) as unknown as Record<Facet, string[]>;
}

function yearParam(params: URLSearchParams, name: string): number | undefined {
  const value = params.get(name)?.trim() ?? '';
  return YEAR.test(value) ? Number(value) : undefined;
}

/** Reads a search from address parameters; unknown parameters and values that cannot be meant are dropped. */
export function parseSearchState(params: URLSearchParams): SearchState {
  const facets = emptyFacets();
  for (const facet of FACETS) {
    facets[facet] = [...new Set(params.getAll(facet).map((value) => value.trim()).filter(Boolean))];
  }
  facets.kind = facets.kind.filter((kind) => (PAGE_KINDS as readonly string[]).includes(kind));
  const sort = params.get('sort');
  let yearFrom = yearParam(params, 'from');
  let yearTo = yearParam(params, 'to');
  if (yearFrom !== undefined && yearTo !== undefined && yearFrom > yearTo) [yearFrom, yearTo] = [yearTo, yearFrom];
  return {
    query: (params.get('q') ?? '').trim(),
    facets,
    ...(yearFrom === undefined ? {} : { yearFrom }),
    ...(yearTo === undefined ? {} : { yearTo }),
    sort: (SORTS as readonly string[]).includes(sort ?? '') ? (sort as SortOrder) : 'relevance',
    fullText: params.get(FULL_TEXT_PARAM) === '1',
  };
}

/** The address parameters of a search, in a fixed order, defaults left out. */
export function searchStateParams(state: SearchState): URLSearchParams {
  const params = new URLSearchParams();
  if (state.query !== '') params.set('q', state.query);
  for (const facet of FACETS) for (const value of state.facets[facet]) params.append(facet, value);
  if (state.yearFrom !== undefined) params.set('from', String(state.yearFrom));
  if (state.yearTo !== undefined) params.set('to', String(state.yearTo));
  if (state.sort !== 'relevance') params.set('sort', state.sort);
  if (state.fullText) params.set(FULL_TEXT_PARAM, '1');
  return params;
}

/** True when the search asks for something: words, a chosen value or a year range. */
export function isActiveSearch(state: SearchState): boolean {
  return (
    state.query !== '' ||
    FACETS.some((facet) => state.facets[facet].length > 0) ||
    state.yearFrom !== undefined ||
    state.yearTo !== undefined
  );
}

/**
 * Whether a search also looks inside the studies' full texts (their own index, see
 * `lib/search/search-index.ts`): when the reader asks, or when words found no entry in the records,
 * since the full texts are then the only place left where they may be.
 */
export function searchesFullTexts(state: SearchState, entriesFound: number): boolean {
  return state.query !== '' && (state.fullText || entriesFound === 0);
}

/** The kinds the results list shows: those chosen, or the entries (studies and news) by default. */
export function resultKinds(state: SearchState): readonly string[] {
  return state.facets.kind.length > 0 ? state.facets.kind : ENTRY_KINDS;
}

/**
 * The Pagefind filters of a search. A year range becomes the years in it that the index knows
 * (`knownYears`, from Pagefind's filter counts), since Pagefind filters match values, not ranges.
 */
export function pagefindFilters(state: SearchState, knownYears: readonly string[]): PagefindFilters {
  const filters: PagefindFilters = { kind: { any: [...resultKinds(state)] } };
  for (const facet of FACETS) {
    if (facet !== 'kind' && state.facets[facet].length > 0) filters[facet] = { any: [...state.facets[facet]] };
  }
  if (state.yearFrom !== undefined || state.yearTo !== undefined) {
    const from = state.yearFrom ?? Number.NEGATIVE_INFINITY;
    const to = state.yearTo ?? Number.POSITIVE_INFINITY;
    const years = knownYears.filter((year) => YEAR.test(year) && Number(year) >= from && Number(year) <= to);
    // No known year in range: a value no page has, so the search finds nothing rather than everything.
    filters.year = { any: years.length > 0 ? years : ['none'] };
  }
  return filters;
}

/** Pagefind's sort argument for an order; relevance is Pagefind's own order. */
export function pagefindSort(sort: SortOrder): Record<string, 'asc' | 'desc'> | undefined {
  if (sort === 'newest') return { date: 'desc' };
  if (sort === 'oldest') return { date: 'asc' };
  return undefined;
}
