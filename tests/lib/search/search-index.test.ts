import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  fullTextPages,
  LARGE_INDEX_PAGES,
  pagefindAllocatorSetting,
  readPages,
  searchablePageFiles,
  searchablePagesGlob,
  withSearchableRegion,
} from '../../../src/lib/search/search-index.ts';
import { LOCALE_LIST, type Locale } from '../../../src/lib/i18n/locales.ts';
import {
  citedWorksUrl,
  collectionUrl,
  COLLECTIONS,
  entryListPageUrl,
  entryUrl,
  graphPageUrl,
  homeUrl,
  listPageUrl,
  searchUrl,
  sourcePageUrl,
  timelineUrl,
} from '../../../src/lib/urls.ts';

/** The file, relative to `dist/`, that Astro writes for a page URL ending in a slash. */
const builtFile = (url: string): string => `${url.slice(1)}index.html`;

// Node's matcher stands in for Pagefind's: both read `{a,b}` as alternatives and `*` as one segment.
const indexedIn = (locale: Locale, file: string): boolean => matchesGlob(file, searchablePagesGlob(locale));
/** Whether any language's index takes `file`. */
const indexed = (file: string): boolean => LOCALE_LIST.some((locale) => indexedIn(locale, file));

describe('searchablePagesGlob', () => {
  const entryPages = LOCALE_LIST.flatMap((locale) => COLLECTIONS.map((collection) => ({ locale, url: entryUrl(locale, collection, 'some-entry') })));

  it.each(entryPages)('takes the entry page $url into the $locale index only', ({ locale, url }) => {
    expect(LOCALE_LIST.filter((other) => indexedIn(other, builtFile(url)))).toEqual([locale]);
  });

  const otherPages = LOCALE_LIST.flatMap((locale) => [
    homeUrl(locale),
    collectionUrl(locale, 'studies'),
    listPageUrl(collectionUrl(locale, 'news'), 2),
    entryListPageUrl(locale, 'concepts', 'some-concept', 'entries', 2),
    entryListPageUrl(locale, 'legal', 'some-law', 'mentions', 3),
    searchUrl(locale),
    citedWorksUrl(locale),
    timelineUrl(locale),
    graphPageUrl(locale),
  ]);

  it.each([...otherPages, sourcePageUrl('sources/some-file.html')])('leaves out %s, which has no searchable region', (url) => {
    expect(indexed(builtFile(url))).toBe(false);
  });

  it('leaves out files that are not pages', () => {
    expect(indexed('404.html')).toBe(false);
    expect(indexed('studies/some-entry/cite.ris')).toBe(false);
  });
});

describe('fullTextPages', () => {
  const dist = mkdtempSync(join(tmpdir(), 'lintas-full-text-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (url: string, body: string) => {
    mkdirSync(join(dist, url), { recursive: true });
    writeFileSync(join(dist, url, 'index.html'), `<html><body><main data-pagefind-body><article>${body}</article></main></body></html>`);
  };
  page(entryUrl('id', 'studies', 'with-text'), '<section data-full-text-section><div data-full-text><p>Bab satu</p></div></section>');
  page(entryUrl('en', 'studies', 'with-text'), '<section data-full-text-section><div data-full-text><p>Chapter one</p></div></section>');
  page(entryUrl('id', 'studies', 'record-only'), '<section><p>Abstrak</p></section>');
  page(entryUrl('id', 'news', 'an-item'), '<section data-full-text-section><div data-full-text><p>Not a study</p></div></section>');
  page(listPageUrl(collectionUrl('id', 'studies'), 2), '<p>A list</p>');

  it.each(LOCALE_LIST)('reads the %s study pages showing a full text, and no other page', (locale) => {
    const found = fullTextPages(dist, locale);
    expect(found.map(({ url }) => url)).toEqual([entryUrl(locale, 'studies', 'with-text')]);
    expect([...readPages(found)].every(({ html }) => html.includes('data-full-text'))).toBe(true);
  });

  it('finds none in a site without studies', () => {
    expect(fullTextPages(join(dist, 'nothing-here'), 'id')).toEqual([]);
  });
});

describe('searchablePageFiles and withSearchableRegion', () => {
  const dist = mkdtempSync(join(tmpdir(), 'lintas-records-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));
  const page = (url: string, html: string) => {
    mkdirSync(join(dist, url), { recursive: true });
    writeFileSync(join(dist, url, 'index.html'), html);
  };
  const entry = '<html><body><main data-pagefind-body><h1>Judul</h1></main></body></html>';
  page(entryUrl('id', 'studies', 'b-study'), entry);
  page(entryUrl('id', 'news', 'a-item'), entry);
  page(entryUrl('en', 'studies', 'b-study'), entry);
  page(entryUrl('id', 'studies', 'moved'), '<html><head><meta http-equiv="refresh" content="0; url=/studies/b-study/"></head></html>');
  page(listPageUrl(collectionUrl('id', 'studies'), 2), entry);

  it("lists the language's entry pages by address, in a stable order", () => {
    expect(searchablePageFiles(dist, 'id').map(({ url }) => url)).toEqual([
      entryUrl('id', 'news', 'a-item'),
      entryUrl('id', 'studies', 'b-study'),
      entryUrl('id', 'studies', 'moved'),
    ]);
    expect(searchablePageFiles(dist, 'en').map(({ url }) => url)).toEqual([entryUrl('en', 'studies', 'b-study')]);
  });

  it('keeps only the pages that mark a region to index', () => {
    const kept = [...withSearchableRegion(readPages(searchablePageFiles(dist, 'id')))].map(({ url }) => url);
    expect(kept).toEqual([entryUrl('id', 'news', 'a-item'), entryUrl('id', 'studies', 'b-study')]);
  });
});

describe('pagefindAllocatorSetting', () => {
  it('always returns freed pages at once', () => {
    for (const pages of [0, LARGE_INDEX_PAGES - 1, LARGE_INDEX_PAGES, 20_000]) expect(pagefindAllocatorSetting(pages)).toMatch(/dirty_decay_ms:0,muzzy_decay_ms:0/);
  });

  it("turns the threads' caches off only for a large index", () => {
    expect(pagefindAllocatorSetting(LARGE_INDEX_PAGES - 1)).not.toContain('tcache:false');
    expect(pagefindAllocatorSetting(LARGE_INDEX_PAGES)).toContain('tcache:false');
  });
});
