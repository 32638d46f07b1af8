/**
 * Writes the Pagefind indexes of a built site into `dist/` through Pagefind's Node API.
 * `scripts/build.ts` calls it once `astro build` has exited, so that Pagefind's memory, which
 * peaks while it writes an index, is never added to that of Astro's process.
 *
 * Only pages marking their content with `data-pagefind-body` (the entry pages) are indexed. Each
 * UI language gets bundles of its own, written from its own entry pages one language after the
 * other (`searchBundleUrl`): Pagefind builds all the languages of one bundle in one go, and at
 * 10,000 generated entries a bundle of both held twice the memory of one. Each search page only
 * ever searches its own language, so it loses nothing.
 *
 * Two indexes are written per language. The records (`/pagefind-id/`, `/pagefind-en/`) hold each
 * entry page without the full text of a study; the other (`/pagefind-full-text-id/`,
 * `/pagefind-full-text-en/`) holds only those full texts. A full thesis is tens of times longer
 * than its record, and a query downloads each of its words' lists of pages: with the full texts in
 * the records index those lists carried them all (at 10,000 generated entries, four fifths of the
 * study text). The search page searches the full texts when the reader asks,
 * or when the records find nothing.
 */
import { globSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import pMap from 'p-map';
import { fileURLToPath } from 'node:url';
import { LOCALE_LIST, type Locale } from '../i18n/locales.ts';
import { collectionUrl, COLLECTIONS, searchBundleUrl } from '../urls.ts';
import { pagesDigest, restoreKeptIndex, setIndexAside, writePagesDigest, type BuiltPage } from './kept-index.ts';

/**
 * The attributes a study page marks its full text with: the section (a child of the page's
 * `<article>`) and, inside it, the text itself, without the section's heading and contents list.
 */
export const FULL_TEXT_SECTION = 'data-full-text-section';
export const FULL_TEXT = 'data-full-text';

/** What the main index leaves out: the full texts. */
export const RECORD_EXCLUDES: readonly string[] = [`[${FULL_TEXT}]`];

/**
 * What the full-text index leaves out: everything on the page but the full text. Pagefind still
 * reads the page's metadata and filters from the parts it leaves out, so a full-text result has
 * its title, year and kind like any other.
 */
export const FULL_TEXT_EXCLUDES: readonly string[] = [
  '[data-pagefind-body] > :not(article)',
  `[data-pagefind-body] > article > :not([${FULL_TEXT_SECTION}])`,
  `[${FULL_TEXT_SECTION}] > :not([${FULL_TEXT}])`,
];

/**
 * The built files Pagefind reads for `locale`'s index, relative to `dist/`: every entry page of
 * every collection in that language (`studies/<id>/index.html`, or `en/legal/<id>/index.html`,
 * ...), the only pages carrying `data-pagefind-body`. Pagefind would otherwise parse every page of
 * the site (about three times as many, and 28 % more bytes) only to drop those without it. Other
 * files the glob meets, such as a moved entry's forwarding page, lack the attribute and are left
 * out (`withSearchableRegion`).
 */
export function searchablePagesGlob(locale: Locale): string {
  const folders = COLLECTIONS.map((collection) => collectionUrl(locale, collection).slice(1, -1));
  return `{${folders.join(',')}}/*/index.html`;
}

/** A built page by its address and its file in `dist/`. */
export interface PageFile {
  url: string;
  file: string;
}

/**
 * The study pages of `locale` in `distDir` that show a full text. Only their files are kept: at
 * 10,000 generated entries the pages' HTML together ran to hundreds of megabytes.
 */
export function fullTextPages(distDir: string, locale: Locale): PageFile[] {
  const url = collectionUrl(locale, 'studies');
  const folder = path.join(distDir, url);
  let names: string[];
  try {
    names = readdirSync(folder);
  } catch {
    return [];
  }
  return names.flatMap((name) => {
    const file = path.join(folder, name, 'index.html');
    let html: string;
    try {
      html = readFileSync(file, 'utf8');
    } catch {
      return [];
    }
    return html.includes(` ${FULL_TEXT_SECTION}`) ? [{ url: `${url}${name}/`, file }] : [];
  });
}

/** The pages of `files`, each read when it is reached and dropped before the next. */
export function* readPages(files: readonly PageFile[]): Generator<BuiltPage> {
  for (const { url, file } of files) yield { url, html: readFileSync(file, 'utf8') };
}

/** The files in `distDir` that `searchablePagesGlob` names for `locale`, by address, in a stable order. */
export function searchablePageFiles(distDir: string, locale: Locale): PageFile[] {
  return globSync(searchablePagesGlob(locale), { cwd: distDir })
    .sort()
    .map((file) => ({ url: `/${path.dirname(file).split(path.sep).join('/')}/`, file: path.join(distDir, file) }));
}

/** The pages of `pages` that mark a region to index; the others (a moved entry's forwarding page) have nothing to search. */
export function* withSearchableRegion(pages: Iterable<BuiltPage>): Generator<BuiltPage> {
  for (const page of pages) if (page.html.includes(' data-pagefind-body')) yield page;
}

/** Throws with every message Pagefind reported, if it reported any. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

type PagefindModule = typeof import('pagefind');

/**
 * Pages handed to Pagefind at once: one at a time left its threads idle between pages (indexing
 * 1,000 generated entries took 18-24 s instead of 15-16 s); a few are held at most.
 */
const PAGES_IN_FLIGHT = 4;

/** Entry pages per language from which Pagefind's memory, about 0.2 MiB a page, is worth time. */
export const LARGE_INDEX_PAGES = 5_000;

/**
 * The allocator setting for Pagefind's process (jemalloc; its variable carries a prefix) when the
 * larger language's index has `pages` entry pages. Freed pages are always returned at once: indexing
 * one language of 10,000 generated entries peaked at 2.26 GB instead of 2.79-2.85 GB, in about the
 * same time. From `LARGE_INDEX_PAGES` on, the threads' caches are turned off too: at 10,194 pages
 * that took the peak from 1.98 to 1.84 GiB, under the 2 GiB a build of 10,000 entries must keep to,
 * but doubled Pagefind's time (indexing 1,000 entries took 24 s instead of 12 s), so smaller sites,
 * far from the limit, keep them.
 */
export function pagefindAllocatorSetting(pages: number): string {
  return pages >= LARGE_INDEX_PAGES ? 'dirty_decay_ms:0,muzzy_decay_ms:0,tcache:false' : 'dirty_decay_ms:0,muzzy_decay_ms:0';
}

/** Writes one index of `pages` into `distDir` + `bundleUrl`. Returns how many pages Pagefind read. */
async function writeIndex(
  pagefind: PagefindModule,
  distDir: string,
  bundleUrl: string,
  excludeSelectors: readonly string[],
  pages: Iterable<BuiltPage>,
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...excludeSelectors] });
  assertNoErrors('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let count = 0;
  // p-map pulls the next page only when one is done, so the pages are still read one by one.
  await pMap(
    pages,
    async (page) => {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      assertNoErrors(`addHTMLFile ${page.url}`, added.errors);
      count++;
    },
    { concurrency: PAGES_IN_FLIGHT },
  );
  const written = await index.writeFiles({ outputPath: path.join(distDir, bundleUrl) });
  assertNoErrors('writeFiles', written.errors);
  // Pagefind's service keeps an index until told otherwise; the next one is built beside it.
  await index.deleteIndex();
  return count;
}

/** What one language's search indexes were written from and how they came to be in `dist/`. */
export interface SearchIndexReport {
  locale: Locale;
  /** Entry pages Pagefind read for the records. */
  filesRead: number;
  /** Full texts in the full-text index. */
  fullTexts: number;
  /** Whether the full-text index is the one kept from the previous build (see `kept-index.ts`). */
  fullTextKept: boolean;
}

/** Pagefind's version, which an index kept from an earlier build must have been written with. */
function pagefindVersion(): string {
  const packageJson = path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json');
  return (JSON.parse(readFileSync(packageJson, 'utf8')) as { version: string }).version;
}

/** Where `locale`'s full-text index is kept between builds, inside the folder `keptDir`. */
function keptFullTextDir(keptDir: string, locale: Locale): string {
  return path.join(keptDir, locale);
}

/**
 * Moves every language's full-text index in `distDir` into the folder `keptDir` (see
 * `kept-index.ts`), before Astro empties `distDir`, for `writeSearchIndex` to use again.
 */
export function setFullTextIndexesAside(distDir: string, keptDir: string): void {
  rmSync(keptDir, { recursive: true, force: true });
  for (const locale of LOCALE_LIST) setIndexAside(path.join(distDir, searchBundleUrl(locale, 'fullText')), keptFullTextDir(keptDir, locale));
}

/**
 * Indexes the searchable pages of the built site in `distDir`, one language after the other, each
 * into its records bundle and its full texts into its full-text bundle (`searchBundleUrl`), with
 * Pagefind's UI files. A full-text index set aside in `keptDir` (by `setFullTextIndexesAside`) is
 * moved back instead of being written again when it was made from the same full-text pages with
 * the same Pagefind; every full-text index gets the digest of its pages written inside it. Throws
 * with Pagefind's messages if any step failed.
 */
export async function writeSearchIndex(distDir: string, keptDir?: string): Promise<SearchIndexReport[]> {
  // Pagefind's process, started by the first index, inherits this one's environment; a value the
  // caller sets wins.
  const largest = Math.max(...LOCALE_LIST.map((locale) => searchablePageFiles(distDir, locale).length));
  process.env._RJEM_MALLOC_CONF ??= pagefindAllocatorSetting(largest);
  // Loaded here so that importing the glob never loads Pagefind's binary wrapper.
  const api = await import('pagefind');
  const version = pagefindVersion();
  try {
    const reports: SearchIndexReport[] = [];
    // One language at a time, each index deleted before the next (`writeIndex`), so that Pagefind
    // never holds two at once.
    for (const locale of LOCALE_LIST) {
      // Handed over page by page rather than as a folder for Pagefind to read: at 10,000
      // generated entries its process then peaked about 100 MB lower, in the same time.
      const records = withSearchableRegion(readPages(searchablePageFiles(distDir, locale)));
      const filesRead = await writeIndex(api, distDir, searchBundleUrl(locale, 'records'), RECORD_EXCLUDES, records);
      const pages = fullTextPages(distDir, locale);
      const fullTextDir = path.join(distDir, searchBundleUrl(locale, 'fullText'));
      const digest = pagesDigest(readPages(pages), { pagefind: version, excludeSelectors: FULL_TEXT_EXCLUDES });
      const fullTextKept = keptDir !== undefined && restoreKeptIndex(keptFullTextDir(keptDir, locale), fullTextDir, digest);
      if (!fullTextKept) {
        await writeIndex(api, distDir, searchBundleUrl(locale, 'fullText'), FULL_TEXT_EXCLUDES, readPages(pages));
        writePagesDigest(fullTextDir, digest);
      }
      reports.push({ locale, filesRead, fullTexts: pages.length, fullTextKept });
    }
    return reports;
  } finally {
    await api.close();
  }
}
