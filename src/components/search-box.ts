/**
 * The search page on Pagefind's JS API. A search is read from the address (`search-state.ts`),
 * run, and written back to the address on every change, so it can be shared and reloaded.
 *
 * Entries come first: the results are studies and news (the `kind` filter), fused from the query
 * in each of its spellings, the other names of any concept, legal instrument or entity it names,
 * and the entries tagged with or mentioning those guides. The guides themselves are shown as
 * cards above the results and in their own list below them. The studies' full texts have an index
 * of their own, searched when the reader asks or when the records find nothing; what it finds is
 * listed apart, below the results.
 */
import DOMPurify from 'dompurify';
import { fuseRankings, orderLike, preferenceList, type RankedList } from '../lib/search/fuse-rankings.ts';
import { hitPlaces, paragraphSnippet, type PageAnchor } from '../lib/search/hit-paragraphs.ts';
import { rememberRecent } from '../lib/recent-results.ts';
import { PAGEFIND_RANKING } from '../lib/search/pagefind-ranking.ts';
import { queryVariants } from '../lib/search/query-variants.ts';
import { pauseBeforeSearch } from '../lib/search/search-pause.ts';
import { searchableWords } from '../lib/search/search-words.ts';
import {
  NAMED_FILTER,
  buildGuideIndex,
  guideEntryFilters,
  matchGuides,
  namedFilterValues,
  weightedAlternatives,
  type GuideIndex,
  type GuideMatch,
  type SearchGuide,
} from '../lib/search/search-guides.ts';
import {
  PAGE_KINDS,
  isActiveSearch,
  pagefindFilters,
  searchesFullTexts,
  FULL_TEXT_PARAM,
  pagefindSort,
  parseSearchState,
  resultKinds,
  searchStateParams,
  type Facet,
  type PageKind,
  type PagefindFilters,
  type SearchState,
} from '../lib/search/search-state.ts';
import { highlightedUrl, localizedPath } from '../lib/urls.ts';

interface PagefindResult {
  id: string;
  data(): Promise<PagefindData>;
}
interface PagefindData {
  url: string;
  excerpt: string;
  meta: Record<string, string | undefined>;
  filters: Record<string, string[] | undefined>;
  anchors: PageAnchor[];
  locations: number[];
  sub_results: { excerpt: string; anchor?: PageAnchor; locations: number[] }[];
}
interface PagefindSearch {
  results: PagefindResult[];
  filters: Record<string, Record<string, number>>;
}
interface PagefindApi {
  options(options: Record<string, unknown>): Promise<void>;
  preload(query: string, options: { filters?: PagefindFilters }): Promise<void>;
  search(query: string | null, options: { filters?: PagefindFilters; sort?: Record<string, string> }): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface PagefindModule extends PagefindApi {
  createInstance(options: Record<string, unknown>): PagefindApi;
}

/** The three Pagefind instances of the page, each loading only the filters its searches need. */
interface PagefindInstances {
  /** Searches for words: loads the kind filter and the facets the reader chose. */
  words: PagefindApi;
  /** Searches by filter alone whose ids are all that is used: the studies, a guide's tagged entries, the date order. */
  lookups: PagefindApi;
  /** Loads every filter: the facets' counts and browsing by filters alone. */
  facets: PagefindApi;
}

type Strings = Record<string, string>;

const PAGEFIND_OPTIONS = { excerptLength: 30, ranking: PAGEFIND_RANKING };
const PAGE_SIZE = 10;
/** Full-text results come with their whole text (Pagefind's fragment), so fewer are loaded at a time. */
const FULL_TEXT_PAGE_SIZE = 5;
const MAX_ALTERNATIVES = 6;
/** Longer names of a guide are neither searched nor named (`weightedAlternatives`). */
const MAX_ALTERNATIVE_WORDS = 3;
const MAX_TAGGED_GUIDES = 4;
const MAX_GUIDE_RESULTS = 5;
const MAX_HIT_PLACES = 3;
const MAX_HIGHLIGHTS = 6;
/** Other names of a guide, together, count half as much as the words typed. */
const ALTERNATIVE_WEIGHT = 0.5;
/**
 * Studies are what a researcher comes for: at about equal evidence a study comes before a news
 * item, while a news item with clearly more evidence keeps its place.
 */
const STUDY_WEIGHT = 0.3;
const PREFERRED_KIND: PageKind = 'study';

const root = document.querySelector<HTMLElement>('[data-search]');
if (root) void start(root);

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

function fill(template: string, n: number): string {
  return template.replace('{n}', String(n));
}

async function start(container: HTMLElement): Promise<void> {
  const locale = container.dataset.locale === 'en' ? 'en' : 'id';
  const strings = JSON.parse(container.dataset.strings ?? '{}') as Strings;
  const form = container.querySelector<HTMLFormElement>('#search-form');
  const input = container.querySelector<HTMLInputElement>('#search-q');
  const status = container.querySelector<HTMLElement>('#search-status');
  const filtersBox = container.querySelector<HTMLDetailsElement>('#search-filters');
  if (!form || !input || !status || !filtersBox) return;

  // Focus and listen at once: a reader may type before Pagefind and the guides have loaded.
  if (input.value === '' && !new URLSearchParams(window.location.search).has('q')) input.focus();
  let run: ((state: SearchState) => Promise<void>) | undefined;
  let preload: ((state: SearchState) => void) | undefined;
  let timer: number | undefined;
  const schedule = (delay: number) => {
    window.clearTimeout(timer);
    timer = window.setTimeout(() => {
      timer = undefined;
      void run?.(readForm(form));
    }, delay);
  };
  // A search still to come: work for the search on the page would only queue ahead of it.
  const changePending = () => timer !== undefined;
  form.addEventListener('input', (event) => {
    if (event.target !== input) return schedule(0);
    const delay = pauseBeforeSearch(event instanceof InputEvent ? event.inputType : undefined);
    // While the reader types, the index chunks of the words so far are fetched.
    if (delay > 0) preload?.(readForm(form));
    schedule(delay);
  });
  form.addEventListener('change', (event) => {
    if (event.target !== input) schedule(0);
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    schedule(0);
  });

  let pagefind: PagefindInstances;
  let allFilters: Record<string, Record<string, number>>;
  let studyIds: ReadonlySet<string>;
  let guideIndex: GuideIndex;
  let guideByKey: Map<string, SearchGuide>;
  try {
    const url = container.dataset.pagefind ?? '';
    const [api, facetsApi, guides] = await Promise.all([
      import(/* @vite-ignore */ url) as Promise<PagefindModule>,
      // The same script at another address is another module, with a worker of its own.
      import(/* @vite-ignore */ `${url}?facets`) as Promise<PagefindModule>,
      fetch(container.dataset.guides ?? '').then((response) => response.json() as Promise<SearchGuide[]>),
    ]);
    ({ allFilters, studyIds, ...pagefind } = await startInstances(api, facetsApi));
    guideIndex = buildGuideIndex(guides);
    guideByKey = new Map(guides.map((guide) => [`${guide.kind}:${guide.id}`, guide]));
  } catch {
    status.textContent = strings['search.status.failed'] ?? '';
    return;
  }
  const { words, lookups, facets } = pagefind;
  const lookup = memoizedBrowse(lookups);
  const knownYears = Object.keys(allFilters.year ?? {}).sort();
  fillYears(form, knownYears);
  filtersBox.hidden = false;

  const typedEarly = input.value.trim() !== '';
  const initial = typedEarly ? readForm(form) : parseSearchState(new URLSearchParams(window.location.search));
  writeForm(form, initial);

  const browse = memoizedBrowse(facets);
  preload = (state) => {
    const sent = searchableWords(state.query);
    if (sent !== '') void words.preload(sent, { filters: pagefindFilters(state, knownYears) });
  };
  const fullTexts = fullTextIndex(container.dataset.fullTextIndex ?? '');
  let generation = 0;
  run = async (state: SearchState) => {
    const current = ++generation;
    // For scripts and tests: "busy" until this search's results are on the page.
    container.dataset.state = 'busy';
    const params = searchStateParams(state);
    // The searches are sent to Pagefind's worker first; the address is written while it works.
    const searching = runSearch({ words, browse, lookup, studyIds }, guideIndex, state, knownYears);
    window.history.replaceState(null, '', `${window.location.pathname}${params.size > 0 ? `?${params.toString()}` : ''}`);
    const outcome = await searching;
    if (current !== generation) return;
    renderCards(container, outcome.matches, locale, strings);
    renderAlso(container, outcome.alsoSearched, strings);
    const stale = () => current !== generation;
    await renderResults(resultList(container, '#search-results', '#search-more'), outcome, PAGE_SIZE, strings, stale);
    if (stale()) return;
    const fullTextsFound = await renderFullTextResults(container, fullTexts, state, outcome.ids.length, knownYears, strings, stale);
    if (stale()) return;
    renderStatus(container, state, outcome.ids.length, fullTextsFound, strings);
    // The entries are what the reader waits for; the facets' counts and the guide pages follow,
    // unless the reader has changed the search meanwhile: counting takes the worker for longer
    // than the search itself, and the next search would wait behind it.
    if (changePending()) return;
    const [counts, guideResults] = await Promise.all([outcome.counts ?? facetCounts(facets, state, knownYears), findGuidePages(words, state)]);
    if (current !== generation) return;
    renderFacets(form, state, counts, allFilters, guideByKey, locale, strings);
    renderGuideResults(container, guideResults, strings);
    container.dataset.state = 'done';
  };
  await run(initial);
}

/** What the page learns from Pagefind once, when it starts. */
interface StartingFacts {
  /** Every value of every filter, for the facets. */
  allFilters: Record<string, Record<string, number>>;
  /** The ids of all studies (`studies`). */
  studyIds: ReadonlySet<string>;
}

/**
 * The page's three Pagefind instances, started now, so that none starts its engine on the
 * reader's first search. Pagefind counts the values of every filter an instance has loaded on
 * every search it makes, which at 10,000 entries costs more than the search itself: a search for
 * words took four times as long once the concept filter was loaded, a search by kind alone ten
 * times as long with every filter. Each instance therefore loads only the filters of its own
 * searches. The facets' instance comes from `facetsApi`, a second copy of Pagefind's module, so
 * that it runs in a worker of its own: its counts, which take longer than the search they count,
 * then never hold up the next search for words.
 */
async function startInstances(api: PagefindModule, facetsApi: PagefindModule): Promise<PagefindInstances & StartingFacts> {
  const start = async (module: PagefindModule) => {
    const instance = module.createInstance({});
    await instance.options(PAGEFIND_OPTIONS);
    return instance;
  };
  const [facets, words] = await Promise.all([start(facetsApi), start(api)]);
  // The lookups' instance only once the words' instance has its engine running (a search needs
  // it): the instances of one module share one WebAssembly engine, and two starting together each
  // instantiate it, the second replacing the engine the first already holds data in (the worker
  // then fails with "unreachable" or "memory access out of bounds"). Every query's ranking needs
  // the studies, so that first search looks them up.
  const [allFilters, studyIds] = await Promise.all([facets.filters(), studies(words)]);
  const lookups = await start(api);
  return { words, lookups, facets, allFilters, studyIds };
}

/**
 * The full-text index, loaded on its first search. Its module is imported from its own bundle, so
 * it runs in a worker of its own: Pagefind's engine, shared by the instances of one module, cannot
 * hold indexes loaded from two places.
 */
function fullTextIndex(url: string): () => Promise<PagefindApi> {
  let loaded: Promise<PagefindApi> | undefined;
  return () =>
    (loaded ??= (import(/* @vite-ignore */ url) as Promise<PagefindModule>).then(async (api) => {
      await api.options(PAGEFIND_OPTIONS);
      return api;
    }));
}

/** Everything a search found, before rendering. */
interface SearchOutcome {
  ids: string[];
  byId: Map<string, PagefindResult>;
  /** The facets' counts, when the search already made them (a search by filters alone). */
  counts?: Record<string, Record<string, number>>;
  matches: GuideMatch[];
  alsoSearched: string[];
  highlightWords: string[];
}

/** How many filter-only searches `memoizedBrowse` keeps: a reader tries a few filter sets, not hundreds. */
const MAX_REMEMBERED_BROWSES = 16;

/**
 * Pagefind's search without words, remembered per filter set and order: it depends on nothing
 * else, so the date order and a guide's tagged entries are worked out once per filter set rather
 * than on every keystroke.
 */
function memoizedBrowse(pagefind: PagefindApi): (filters: PagefindFilters, sort?: Record<string, string>) => Promise<PagefindSearch | null> {
  return rememberRecent(
    (filters: PagefindFilters, sort?: Record<string, string>) => pagefind.search(null, sort ? { filters, sort } : { filters }),
    (filters, sort) => JSON.stringify([filters, sort ?? null]),
    MAX_REMEMBERED_BROWSES,
  );
}

type Browse = ReturnType<typeof memoizedBrowse>;

/**
 * The ids of all studies. The fusion prefers the studies among pages the other lists already
 * found under the reader's filters, so the studies under no filter give the same preference, and
 * one lookup serves every filter set.
 */
async function studies(pagefind: PagefindApi): Promise<Set<string>> {
  const found = await pagefind.search(null, { filters: { kind: { any: [PREFERRED_KIND] } } });
  return new Set((found?.results ?? []).map((result) => result.id));
}

/** What `runSearch` searches with. */
interface Searchers {
  /** The instance for words. */
  words: PagefindApi;
  /** Search by filters alone on the instance holding every filter, for their counts. */
  browse: Browse;
  /** Search by filters alone when only the pages found are used. */
  lookup: Browse;
  /** The ids of all studies (`studies`). */
  studyIds: ReadonlySet<string>;
}

async function runSearch({ words, browse, lookup, studyIds }: Searchers, guideIndex: GuideIndex, state: SearchState, knownYears: readonly string[]): Promise<SearchOutcome> {
  const empty: SearchOutcome = { ids: [], byId: new Map(), matches: [], alsoSearched: [], highlightWords: [] };
  if (!isActiveSearch(state)) return { ...empty, counts: {} };
  const filters = pagefindFilters(state, knownYears);
  const sort = pagefindSort(state.sort);
  const byId = new Map<string, PagefindResult>();
  const ids = (search: PagefindSearch | null) => (search?.results ?? []).map((result) => (byId.set(result.id, result), result.id));

  if (state.query === '') {
    const browsed = await browse(filters, sort ?? { date: 'desc' });
    return { ...empty, ids: ids(browsed), byId, counts: browsed?.filters ?? {} };
  }

  const variants = queryVariants(state.query);
  const matches = matchGuides(state.query, guideIndex);
  const alternatives = weightedAlternatives(matches, variants, ALTERNATIVE_WEIGHT, MAX_ALTERNATIVES, MAX_ALTERNATIVE_WORDS);
  const searchedAlternatives = alternatives.filter(({ searched }) => searched);
  const guidesToLift = matches.filter(({ guide }) => guide.entries > 0).slice(0, MAX_TAGGED_GUIDES);
  // Wordings that differ only in function words are one search (`searchableWords`).
  const searches = new Map<string, Promise<PagefindSearch | null>>();
  const text = (wording: string, only: PagefindFilters) => {
    const sent = searchableWords(wording);
    const key = JSON.stringify([sent, only]);
    if (!searches.has(key)) searches.set(key, words.search(sent, { filters: only }));
    return searches.get(key)!;
  };
  // All at once: none needs another's results, so their index chunks are fetched together.
  const [[typed, ...others], alternativeSearches, taggedSearches, namingSearches, dated] = await Promise.all([
    Promise.all(variants.map((variant) => text(variant, filters))),
    Promise.all(searchedAlternatives.map((alternative) => text(alternative.text, filters))),
    Promise.all(
      guidesToLift.map(({ guide, rest }) =>
        Promise.all(
          Object.entries(guideEntryFilters(guide)).map(([kind, values]) => {
            const only = { ...filters, [kind]: { any: values } };
            return rest === '' ? lookup(only) : text(rest, only);
          }),
        ),
      ),
    ),
    // The entries whose title or keywords (a news item's headline or lead) name the guide: about it, not only touching it.
    Promise.all(
      guidesToLift.map(({ guide, rest }) => {
        const only = { ...filters, [NAMED_FILTER]: { any: namedFilterValues(guide) } };
        return rest === '' ? lookup(only) : text(rest, only);
      }),
    ),
    sort ? lookup(filters, sort) : Promise.resolve(null),
  ]);
  const lists: RankedList[] = [
    { ids: ids(typed ?? null), weight: 1 },
    ...others.map((search) => ({ ids: ids(search), weight: 1 })),
    ...alternativeSearches.map((search, i) => ({ ids: ids(search), weight: searchedAlternatives[i]?.weight ?? 0 })),
  ];
  const textOrder = fuseRankings(lists);
  // Entries the words find keep their order; tagged ones the words miss follow them.
  for (const tagged of taggedSearches) lists.push({ ids: orderLike([...new Set(tagged.flatMap(ids))], textOrder), weight: 1 });
  for (const naming of namingSearches) lists.push({ ids: orderLike(ids(naming), textOrder), weight: 1 });
  lists.push(preferenceList(lists, studyIds, STUDY_WEIGHT));
  let order = fuseRankings(lists);
  if (dated) order = orderLike(order, dated.results.map((result) => result.id));
  // Each a phrase: the highlighter marks it whole, so "dan" inside a name is not marked everywhere.
  const phrases = [...variants, ...alternatives.map(({ text: words }) => words)];
  return {
    ids: order,
    byId,
    matches,
    alsoSearched: phrases.slice(1),
    highlightWords: phrases.slice(0, MAX_HIGHLIGHTS),
  };
}

/** How many of the results each facet value has: the words searched on the instance holding every filter. */
async function facetCounts(facets: PagefindApi, state: SearchState, knownYears: readonly string[]): Promise<Record<string, Record<string, number>>> {
  const search = await facets.search(searchableWords(state.query), { filters: pagefindFilters(state, knownYears) });
  return search?.filters ?? {};
}

/** The concept, legal and entity pages the words find, unless the reader asked for those kinds among the results. */
async function findGuidePages(pagefind: PagefindApi, state: SearchState): Promise<PagefindData[]> {
  const guideKinds = PAGE_KINDS.filter((kind) => !resultKinds(state).includes(kind));
  if (state.query === '' || guideKinds.length === 0) return [];
  const search = await pagefind.search(searchableWords(state.query), { filters: { kind: { any: guideKinds } } });
  return Promise.all((search?.results ?? []).slice(0, MAX_GUIDE_RESULTS).map((result) => result.data()));
}

function readForm(form: HTMLFormElement): SearchState {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData(form)) if (typeof value === 'string' && value !== '') params.append(name, value);
  return parseSearchState(params);
}

function writeForm(form: HTMLFormElement, state: SearchState): void {
  const input = form.querySelector<HTMLInputElement>('#search-q');
  if (input) input.value = state.query;
  const set = (name: string, value: string) => {
    const select = form.querySelector<HTMLSelectElement>(`select[name="${name}"]`);
    if (select) select.value = value;
  };
  set('sort', state.sort);
  const fullText = form.querySelector<HTMLInputElement>(`input[name="${FULL_TEXT_PARAM}"]`);
  if (fullText) fullText.checked = state.fullText;
  set('from', state.yearFrom === undefined ? '' : String(state.yearFrom));
  set('to', state.yearTo === undefined ? '' : String(state.yearTo));
  // Facet checkboxes are drawn by renderFacets, which reads the state itself.
}

function fillYears(form: HTMLFormElement, years: readonly string[]): void {
  for (const select of form.querySelectorAll<HTMLSelectElement>('select[data-years]')) {
    for (const year of years) select.append(el('option', { value: year }, year));
  }
}

function valueLabel(facet: Facet, value: string, guideByKey: Map<string, SearchGuide>, locale: 'id' | 'en', strings: Strings): string {
  if (facet === 'kind') return strings[`type.${value}`] ?? value;
  if (facet === 'lang') return strings[`lang.${value}`] ?? value;
  const guideKind = facet === 'country' ? 'entity' : facet;
  return guideByKey.get(`${guideKind}:${value}`)?.label[locale] ?? value;
}

/**
 * One fieldset of checkboxes per facet: every value with results (count from the current search),
 * and every chosen value, most results first. Kinds always list all five, so guides can be asked for.
 */
function renderFacets(
  form: HTMLFormElement,
  state: SearchState,
  counts: Record<string, Record<string, number>>,
  allFilters: Record<string, Record<string, number>>,
  guideByKey: Map<string, SearchGuide>,
  locale: 'id' | 'en',
  strings: Strings,
): void {
  const active = isActiveSearch(state);
  for (const fieldset of form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-facet]')) {
    const facet = fieldset.dataset.facet as Facet;
    const box = fieldset.querySelector('.search-facet__values');
    if (!box) continue;
    const chosen = state.facets[facet];
    const source = facet === 'kind' || !active ? allFilters[facet] ?? {} : counts[facet] ?? {};
    const values = facet === 'kind' ? [...PAGE_KINDS] : Object.keys(source).filter((value) => (source[value] ?? 0) > 0 || chosen.includes(value));
    for (const value of chosen) if (!values.includes(value)) values.push(value);
    values.sort((a, b) => (facet === 'kind' ? 0 : (source[b] ?? 0) - (source[a] ?? 0) || a.localeCompare(b)));
    box.replaceChildren(
      ...values.map((value) => {
        const label = el('label', { class: 'search-facet__value' });
        const box = el('input', { type: 'checkbox', name: facet, value });
        box.checked = chosen.includes(value);
        const count = facet === 'kind' ? undefined : source[value];
        label.append(box, ` ${valueLabel(facet, value, guideByKey, locale, strings)}`, ...(count === undefined ? [] : [el('span', { class: 'search-facet__count' }, ` (${count})`)]));
        return label;
      }),
    );
    fieldset.hidden = values.length === 0;
  }
}

function renderCards(container: HTMLElement, matches: readonly GuideMatch[], locale: 'id' | 'en', strings: Strings): void {
  const section = container.querySelector<HTMLElement>('#search-cards');
  if (!section) return;
  const seen = new Set<SearchGuide>();
  const cards = matches.flatMap(({ guide }) => {
    if (seen.has(guide)) return [];
    seen.add(guide);
    const card = el('p', { class: 'search-card', 'data-guide': `${guide.kind}:${guide.id}` });
    const other = locale === 'id' ? 'en' : 'id';
    const names = guide.label[locale] === guide.label[other] ? guide.label[locale] : `${guide.label[locale]} / ${guide.label[other]}`;
    const collection = guide.kind === 'concept' ? 'concepts' : guide.kind === 'legal' ? 'legal' : 'entities';
    const link = el('a', { href: localizedPath(`/${collection}/${guide.id}/`, locale), class: 'search-card__link' }, names);
    card.append(el('span', { class: 'search-card__kind' }, `${strings[`type.${guide.kind}`] ?? guide.kind}: `), link, ` — ${fill(strings['search.card.entries'] ?? '{n}', guide.entries)}`);
    return [card];
  });
  section.replaceChildren(...cards);
  section.hidden = cards.length === 0;
}

function renderAlso(container: HTMLElement, also: readonly string[], strings: Strings): void {
  const line = container.querySelector<HTMLElement>('#search-also');
  if (!line) return;
  line.replaceChildren(`${strings['search.alsoSearched'] ?? ''} `, ...also.flatMap((text, i) => [...(i > 0 ? [', '] : []), el('q', {}, text)]));
  line.hidden = also.length === 0;
}

/** Pagefind's excerpt is HTML with `<mark>` around hits; nothing else of it may reach the page. */
function excerptNode(html: string): DocumentFragment {
  return DOMPurify.sanitize(html, { ALLOWED_TAGS: ['mark'], ALLOWED_ATTR: [], RETURN_DOM_FRAGMENT: true });
}

/** A list of results on the page and its "show more" button. */
interface ResultList {
  list: HTMLOListElement;
  more: HTMLButtonElement;
}

function resultList(container: HTMLElement, listSelector: string, moreSelector: string): ResultList | undefined {
  const list = container.querySelector<HTMLOListElement>(listSelector);
  const more = container.querySelector<HTMLButtonElement>(moreSelector);
  return list && more ? { list, more } : undefined;
}

/** Lists the results of `outcome`, `pageSize` at a time. */
async function renderResults(
  target: ResultList | undefined,
  outcome: Pick<SearchOutcome, 'ids' | 'byId' | 'highlightWords'>,
  pageSize: number,
  strings: Strings,
  stale: () => boolean,
): Promise<void> {
  if (!target) return;
  const { list, more } = target;
  list.replaceChildren();
  let shown = 0;
  const showMore = async () => {
    const page = outcome.ids.slice(shown, shown + pageSize).flatMap((id) => outcome.byId.get(id) ?? []);
    const data = await Promise.all(page.map((result) => result.data()));
    if (stale()) return;
    const items = data.map((entry) => resultItem(entry, outcome.highlightWords, strings));
    list.append(...items);
    const first = items[0]?.querySelector('a');
    if (shown > 0 && first) first.focus();
    shown += page.length;
    more.hidden = shown >= outcome.ids.length;
  };
  more.onclick = () => void showMore();
  await showMore();
}

/** Says how many entries the search found, and how many studies have its words in their full text. */
function renderStatus(container: HTMLElement, state: SearchState, entries: number, fullTexts: number, strings: Strings): void {
  const status = container.querySelector<HTMLElement>('#search-status');
  if (!status) return;
  if (!isActiveSearch(state)) {
    status.textContent = strings['search.status.idle'] ?? '';
    return;
  }
  const found = entries === 0 ? (strings['search.status.none'] ?? '') : fill(strings['search.status.results'] ?? '{n}', entries);
  status.textContent = fullTexts === 0 ? found : `${found.replace(/\.?$/u, '.')} ${fill(strings['search.status.fullText'] ?? '{n}', fullTexts)}`;
}

/**
 * Searches the full texts when `searchesFullTexts` says so (the words in each spelling, fused) and
 * lists what they find in their own section. Returns how many studies that is.
 */
async function renderFullTextResults(
  container: HTMLElement,
  fullTexts: () => Promise<PagefindApi>,
  state: SearchState,
  entriesFound: number,
  knownYears: readonly string[],
  strings: Strings,
  stale: () => boolean,
): Promise<number> {
  const section = container.querySelector<HTMLElement>('#search-full-text');
  const target = resultList(container, '#search-full-text ol', '#search-full-text .search-more');
  if (!section || !target) return 0;
  if (!searchesFullTexts(state, entriesFound)) {
    section.hidden = true;
    return 0;
  }
  const byId = new Map<string, PagefindResult>();
  const filters = pagefindFilters(state, knownYears);
  const variants = queryVariants(state.query);
  let searches: (PagefindSearch | null)[];
  try {
    const index = await fullTexts();
    searches = await Promise.all(variants.map((variant) => index.search(searchableWords(variant), { filters })));
  } catch {
    // A site whose studies show no full text has an index without pages; the records stand alone.
    searches = [];
  }
  if (stale()) return 0;
  const ids = fuseRankings(searches.map((search) => ({ ids: (search?.results ?? []).map((result) => (byId.set(result.id, result), result.id)), weight: 1 })));
  section.hidden = ids.length === 0;
  await renderResults(target, { ids, byId, highlightWords: variants }, FULL_TEXT_PAGE_SIZE, strings, stale);
  return ids.length;
}

function resultItem(data: PagefindData, words: readonly string[], strings: Strings): HTMLLIElement {
  const item = el('li', { class: 'search-result' });
  const heading = el('h3', { class: 'search-result__title' });
  heading.append(el('a', { class: 'search-result__link', href: highlightedUrl(data.url, words) }, data.meta.title ?? data.url));
  const kind = data.filters.kind?.[0];
  const facts = [kind ? strings[`type.${kind}`] : undefined, data.meta.year, data.meta.byline].filter(Boolean).join(' · ');
  const excerpt = el('p', { class: 'search-result__excerpt' });
  // Hits in a section give its excerpt; hits only in the title or the hidden tag names would give
  // a list of names, so the opening of the text stands in for them.
  const inSection = data.sub_results.find((sub) => sub.anchor && sub.locations.length > 0);
  excerpt.append(inSection ? excerptNode(inSection.excerpt) : (data.meta.summary ?? excerptNode(data.excerpt)));
  item.append(heading, el('p', { class: 'search-result__facts' }, facts), excerpt);
  const places = hitPlaces(data.anchors, data.locations, MAX_HIT_PLACES);
  if (places.length > 0) {
    const sub = el('ul', { class: 'search-result__places', 'aria-label': strings['search.matchesIn'] ?? '' });
    for (const { anchor } of places) {
      const offset = (data.locations.find((location) => location >= anchor.location) ?? anchor.location) - anchor.location;
      const snippet = paragraphSnippet(anchor.text, offset);
      const link = el('a', { href: highlightedUrl(`${data.url}#${anchor.id}`, words), class: 'search-result__place' });
      link.append(snippet.before, el('mark', {}, snippet.hit), snippet.after);
      const li = el('li');
      li.append(link);
      sub.append(li);
    }
    item.append(sub);
  }
  return item;
}

function renderGuideResults(container: HTMLElement, results: readonly PagefindData[], strings: Strings): void {
  const section = container.querySelector<HTMLElement>('#search-guides');
  const list = section?.querySelector('ul');
  if (!section || !list) return;
  list.replaceChildren(
    ...results.map((data) => {
      const li = el('li');
      const kind = data.filters.kind?.[0];
      li.append(el('a', { href: data.url }, data.meta.title ?? data.url), ` (${kind ? (strings[`type.${kind}`] ?? kind) : ''})`);
      return li;
    }),
  );
  section.hidden = results.length === 0;
}
