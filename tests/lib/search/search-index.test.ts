import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, matchesGlob } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { fullTextPages, readPages, searchablePagesGlob } from '../../../src/lib/search/search-index.ts';
import { LOCALE_LIST } from '../../../src/lib/i18n/locales.ts';
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
const indexed = (file: string): boolean => matchesGlob(file, searchablePagesGlob());

describe('searchablePagesGlob', () => {
  const entryPages = LOCALE_LIST.flatMap((locale) => COLLECTIONS.map((collection) => entryUrl(locale, collection, 'some-entry')));

  it.each(entryPages)('takes the entry page %s', (url) => {
    expect(indexed(builtFile(url))).toBe(true);
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

  it('reads the study pages showing a full text, in both languages, and no other page', () => {
    const found = fullTextPages(dist);
    expect(found.map(({ url }) => url).sort()).toEqual([entryUrl('en', 'studies', 'with-text'), entryUrl('id', 'studies', 'with-text')].sort());
    expect([...readPages(found)].every(({ html }) => html.includes('data-full-text'))).toBe(true);
  });

  it('finds none in a site without studies', () => {
    expect(fullTextPages(join(dist, 'nothing-here'))).toEqual([]);
  });
});
