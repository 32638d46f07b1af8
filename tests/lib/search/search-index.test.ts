import { matchesGlob } from 'node:path';
import { describe, expect, it } from 'vitest';
import { searchablePagesGlob } from '../../../src/lib/search/search-index.ts';
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
