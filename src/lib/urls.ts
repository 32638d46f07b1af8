/**
 * Every URL of the site, built in one place so that links, routes and the language switch agree.
 *
 * Indonesian pages live at the root and English pages under `/en/`; every page path ends in a
 * slash (`trailingSlash: 'always'`). These paths are what lecturers cite, so they must not change.
 */
import { DEFAULT_LOCALE, LOCALE_LIST, LOCALES, type Locale } from './i18n/locales.ts';

/** The collections that have a list page and one page per entry. */
export const COLLECTIONS = ['studies', 'news', 'legal', 'concepts', 'entities'] as const;
/** One of `COLLECTIONS`. */
export type CollectionName = (typeof COLLECTIONS)[number];

/** Where the raw source documents are shown and published as files, once for both languages. */
const SOURCES_SEGMENT = 'sources';
const RAW_SEGMENT = 'raw';

function localeRoot(locale: Locale): string {
  const prefix = LOCALES[locale].pathPrefix;
  return prefix ? `/${prefix}/` : '/';
}

/** The home page in `locale`: `/` or `/en/`. */
export function homeUrl(locale: Locale): string {
  return localeRoot(locale);
}

/** A collection's list page, e.g. `/en/studies/`. */
export function collectionUrl(locale: Locale, collection: CollectionName): string {
  return `${localeRoot(locale)}${collection}/`;
}

/** One entry's page, e.g. `/studies/<id>/` or `/en/legal/<id>/`. */
export function entryUrl(locale: Locale, collection: CollectionName, id: string): string {
  if (id === '' || id.includes('/')) throw new Error(`Entry ids are single path segments, got "${id}"`);
  return `${collectionUrl(locale, collection)}${encodeURIComponent(id)}/`;
}

/**
 * Page `page` of a paginated list whose first page is `firstPage`: `/studies/` for page 1,
 * `/studies/page/2/` after it.
 */
export function listPageUrl(firstPage: string, page: number): string {
  if (!(Number.isInteger(page) && page >= 1)) throw new Error(`A page number is a whole number from 1, got ${page}`);
  return page === 1 ? firstPage : `${firstPage}page/${page}/`;
}

/** The lists an entry page shows that go on over pages of their own. */
export const ENTRY_LISTS = ['entries', 'mentions'] as const;
/** One of `ENTRY_LISTS`: the entries tagged with or naming the page's subject, or those quoting it. */
export type EntryListName = (typeof ENTRY_LISTS)[number];

/**
 * Page `page` of one of an entry page's lists: the first is on the entry page itself, the
 * others at `/concepts/<id>/<list>/<page>/`.
 */
export function entryListPageUrl(locale: Locale, collection: CollectionName, id: string, list: EntryListName, page: number): string {
  const entry = entryUrl(locale, collection, id);
  if (!(Number.isInteger(page) && page >= 1)) throw new Error(`A page number is a whole number from 1, got ${page}`);
  return page === 1 ? entry : `${entry}${list}/${page}/`;
}

/**
 * A page path of the default locale as a link from an entry page (`/<collection>/<id>/`, in any
 * locale): `/concepts/x/` becomes `../../concepts/x/`, which leads to `/concepts/x/` from an
 * Indonesian page and to `/en/concepts/x/` from an English one. Entry bodies are rendered once
 * for both locales, so their links must be relative to stay in the reader's language.
 */
export function linkFromEntryPage(defaultLocalePath: string): string {
  if (!defaultLocalePath.startsWith('/') || localeOfPath(defaultLocalePath) !== DEFAULT_LOCALE) {
    throw new Error(`Expected a path of the default locale, got "${defaultLocalePath}"`);
  }
  return `../..${defaultLocalePath}`;
}

/** Where the corpus-wide index of cited works lives. */
const CITED_WORKS_SEGMENT = 'cited-works';

/** The index of every work the studies cite, e.g. `/en/cited-works/`. */
export function citedWorksUrl(locale: Locale): string {
  return `${localeRoot(locale)}${CITED_WORKS_SEGMENT}/`;
}

/** A paragraph of an entry's page, by its anchor id (`p-<n>`). */
export function paragraphUrl(locale: Locale, collection: CollectionName, id: string, anchor: string): string {
  return `${entryUrl(locale, collection, id)}#${encodeURIComponent(anchor)}`;
}

/** The search page, with `query` (if any non-blank one) prefilled through `?q=`. */
export function searchUrl(locale: Locale, query?: string): string {
  const path = `${localeRoot(locale)}search/`;
  const trimmed = query?.trim();
  return trimmed ? `${path}?${new URLSearchParams({ q: trimmed }).toString()}` : path;
}

/** The file name in an entry's `source.file` (`sources/<file>`, relative to `content/`). */
function sourceFileName(provenanceFile: string): string {
  const match = /^sources\/([^/]+)$/.exec(provenanceFile);
  if (!match?.[1]) throw new Error(`Expected sources/<file name>, got "${provenanceFile}"`);
  return encodeURIComponent(match[1]);
}

/** Kept documents whose type a static host serves harmlessly under their own name. */
const INERT_EXTENSIONS = /\.(?:txt|pdf|ya?ml)$/i;

/**
 * The name a kept document is published under as a raw file: its own, or with `.txt` added when
 * a static host would serve it as something a browser runs or renders (a saved web page), so it
 * is only ever offered as plain text.
 */
export function publishedRawName(name: string): string {
  return INERT_EXTENSIONS.test(name) ? name : `${name}.txt`;
}

/** The raw source document as a file, byte for byte as received. */
export function rawSourceUrl(provenanceFile: string): string {
  return `/${SOURCES_SEGMENT}/${RAW_SEGMENT}/${publishedRawName(sourceFileName(provenanceFile))}`;
}

/**
 * The page showing a raw source document's text, one for both languages. A page rather than the
 * bare file, because static hosts serve `.txt` without a character set and browsers then garble
 * the UTF-8.
 */
export function sourcePageUrl(provenanceFile: string): string {
  return `/${SOURCES_SEGMENT}/${sourceFileName(provenanceFile)}/`;
}

/** The locale a site path belongs to, read from its first segment. */
export function localeOfPath(pathname: string): Locale {
  const first = pathname.split('/')[1] ?? '';
  const prefixed = LOCALE_LIST.find((locale) => LOCALES[locale].pathPrefix !== '' && LOCALES[locale].pathPrefix === first);
  return prefixed ?? DEFAULT_LOCALE;
}

/**
 * The same page in `locale`: `/en/studies/x/` -> `/studies/x/` and back. Used for the
 * language switch and the `hreflang` alternates, so every page has its twin at a predictable path.
 */
export function localizedPath(pathname: string, locale: Locale): string {
  const current = localeOfPath(pathname);
  const prefix = LOCALES[current].pathPrefix;
  const rest = prefix ? pathname.slice(prefix.length + 1) : pathname;
  return `${localeRoot(locale)}${rest.replace(/^\//, '')}`;
}

/** The corpus timeline: instruments, news and studies by date. */
export function timelineUrl(locale: Locale): string {
  return `${localeRoot(locale)}timeline/`;
}

/** The corpus graph page showing the `size` best-connected nodes, or its default size without one. */
export function graphPageUrl(locale: Locale, size?: number): string {
  if (size !== undefined && !(Number.isInteger(size) && size > 0)) throw new Error(`A graph size is a positive whole number, got ${size}`);
  return `${localeRoot(locale)}graph/${size === undefined ? '' : `${size}/`}`;
}

/** The whole knowledge graph as JSON, one file for both languages. */
export function graphDataUrl(): string {
  return '/graph.json';
}

/**
 * The search indexes Pagefind writes, by their folder name: the records of the entries, and the
 * studies' full texts (a second index, searched only when asked for, see `search-index.ts`).
 */
export const SEARCH_BUNDLES = { records: 'pagefind', fullText: 'pagefind-full-text' } as const;
/** One of the keys of `SEARCH_BUNDLES`. */
export type SearchBundle = keyof typeof SEARCH_BUNDLES;
/** The keys of `SEARCH_BUNDLES`. */
export const SEARCH_BUNDLE_LIST = Object.keys(SEARCH_BUNDLES) as SearchBundle[];

/**
 * The folder of `locale`'s copy of a search index, e.g. `/pagefind-id/` or `/pagefind-full-text-en/`.
 * Each UI language has its own, holding only its own entry pages: Pagefind builds every language
 * of one bundle at once, and one for both held nearly twice the memory, while each search page only
 * ever searches its own language. Every bundle sits at the site's root, the English ones too:
 * Pagefind's script reads the page addresses in its index as relative to the folder holding the
 * bundle, so a bundle under `/en/` would send readers to `/en/en/studies/...`.
 */
export function searchBundleUrl(locale: Locale, bundle: SearchBundle): string {
  return `/${SEARCH_BUNDLES[bundle]}-${locale}/`;
}

/** A file of `locale`'s search index, e.g. `/pagefind-en/pagefind.js` (the search API) or `pagefind-highlight.js`. */
export function searchAssetUrl(locale: Locale, bundle: SearchBundle, file: string): string {
  return `${searchBundleUrl(locale, bundle)}${file}`;
}

/** The guides (concepts, legal instruments, entities) search matches queries against, for both locales. */
export function searchGuidesUrl(): string {
  return '/search-guides.json';
}

/** The address parameter, one per word, that has a page opened from search mark the searched words. */
export const HIGHLIGHT_PARAM = 'highlight';

/** `url` (a path, maybe with `#anchor`) with the words to mark on arrival (see `search-highlight.ts`). */
export function highlightedUrl(url: string, words: readonly string[]): string {
  if (words.length === 0) return url;
  const hashAt = url.indexOf('#');
  const [path, hash] = hashAt === -1 ? [url, ''] : [url.slice(0, hashAt), url.slice(hashAt)];
  const params = new URLSearchParams(words.map((word) => [HIGHLIGHT_PARAM, word]));
  return `${path}${path.includes('?') ? '&' : '?'}${params.toString()}${hash}`;
}

/** The resolver address of a DOI, the link a DOI is cited with. */
export function doiUrl(doi: string): string {
  return `https://doi.org/${doi}`;
}

/**
 * The one address an entry is cited at, whatever language the reader has the page in: its page
 * in the default locale (Indonesian, at the root), made absolute on `site`. Each language's page
 * stays its own canonical page with `hreflang` alternates (a translation is not a duplicate).
 * Citations, signposting and exports all take it from here, so a change of id scheme lands in
 * one place.
 */
export function citationUrl(collection: CollectionName, id: string, site: URL | string): string {
  return new URL(entryUrl(DEFAULT_LOCALE, collection, id), site).href;
}

/** The formats an entry's citation is offered in as a file. */
export const CITE_FILE_FORMATS = ['bib', 'ris', 'json'] as const;
/** One of `CITE_FILE_FORMATS`. */
export type CiteFileFormat = (typeof CITE_FILE_FORMATS)[number];

/** An entry's citation as a file, one address for both languages: `/studies/<id>/cite.bib`. */
export function citeFileUrl(collection: CollectionName, id: string, format: CiteFileFormat): string {
  return `${entryUrl(DEFAULT_LOCALE, collection, id)}cite.${format}`;
}

/** The corpus-wide exports: every cited entry as BibTeX, RIS, CSL-JSON, and the entries as JSON. */
export const EXPORT_FORMATS = ['bib', 'ris', 'csl.json', 'json'] as const;
/** One of `EXPORT_FORMATS`. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** A corpus-wide export file, e.g. `/exports/lintas.bib`. */
export function exportUrl(format: ExportFormat): string {
  return `/exports/lintas.${format}`;
}

/** The feed of new entries (RSS 2.0), one for the site. */
export function feedUrl(): string {
  return '/rss.xml';
}
