import { describe, expect, it } from 'vitest';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import {
  citationUrl,
  linkFromEntryPage,
  citedWorksUrl,
  paragraphUrl,
  collectionUrl,
  doiUrl,
  entryListPageUrl,
  entryUrl,
  listPageUrl,
  graphDataUrl,
  graphPageUrl,
  homeUrl,
  localeOfPath,
  localizedPath,
  highlightedUrl,
  searchAssetUrl,
  searchBundleUrl,
  SEARCH_BUNDLE_LIST,
  searchGuidesUrl,
  rawSourceUrl,
  searchUrl,
  sourcePageUrl,
  timelineUrl,
} from '../../src/lib/urls.ts';

describe('page URLs', () => {
  it.each([
    ['home id', homeUrl('id'), '/'],
    ['home en', homeUrl('en'), '/en/'],
    ['studies list id', collectionUrl('id', 'studies'), '/studies/'],
    ['legal list en', collectionUrl('en', 'legal'), '/en/legal/'],
    ['study id', entryUrl('id', 'studies', 'ncb-interpol-2023'), '/studies/ncb-interpol-2023/'],
    ['study en', entryUrl('en', 'studies', 'ncb-interpol-2023'), '/en/studies/ncb-interpol-2023/'],
    ['news en', entryUrl('en', 'news', 'kemlu-12000-wni'), '/en/news/kemlu-12000-wni/'],
    ['legal id', entryUrl('id', 'legal', 'uu-11-2008'), '/legal/uu-11-2008/'],
    ['concept en', entryUrl('en', 'concepts', 'cybercrime'), '/en/concepts/cybercrime/'],
    ['studies list page 1', listPageUrl(collectionUrl('id', 'studies'), 1), '/studies/'],
    ['studies list page 2', listPageUrl(collectionUrl('id', 'studies'), 2), '/studies/page/2/'],
    ['news list page 12 en', listPageUrl(collectionUrl('en', 'news'), 12), '/en/news/page/12/'],
    ['concept entries page 1 is the concept page', entryListPageUrl('id', 'concepts', 'cybercrime', 'entries', 1), '/concepts/cybercrime/'],
    ['concept entries page 3', entryListPageUrl('en', 'concepts', 'cybercrime', 'entries', 3), '/en/concepts/cybercrime/entries/3/'],
    ['legal quotes page 2', entryListPageUrl('id', 'legal', 'untoc', 'mentions', 2), '/legal/untoc/mentions/2/'],
    ['search id', searchUrl('id'), '/search/'],
    ['search en with query', searchUrl('en', 'love scam'), '/en/search/?q=love+scam'],
    ['search query is encoded', searchUrl('id', 'a&b=c'), '/search/?q=a%26b%3Dc'],
    ['blank query is dropped', searchUrl('id', '   '), '/search/'],
    ['raw source', rawSourceUrl('sources/000_cd80f2ce729e3ac9.txt'), '/sources/raw/000_cd80f2ce729e3ac9.txt'],
    ['raw PDF keeps its name', rawSourceUrl('sources/skripsi.pdf'), '/sources/raw/skripsi.pdf'],
    ['raw web page is published as text', rawSourceUrl('sources/berita.html'), '/sources/raw/berita.html.txt'],
    ['raw .htm page too', rawSourceUrl('sources/item.htm'), '/sources/raw/item.htm.txt'],
    ['raw SVG too', rawSourceUrl('sources/a.svg'), '/sources/raw/a.svg.txt'],
    ['source page', sourcePageUrl('sources/000_cd80f2ce729e3ac9.txt'), '/sources/000_cd80f2ce729e3ac9.txt/'],
    ['source page, name encoded', sourcePageUrl('sources/a b.txt'), '/sources/a%20b.txt/'],
    ['timeline id', timelineUrl('id'), '/timeline/'],
    ['timeline en', timelineUrl('en'), '/en/timeline/'],
    ['graph page', graphPageUrl('id'), '/graph/'],
    ['graph page widened', graphPageUrl('en', 600), '/en/graph/600/'],
    ['graph data', graphDataUrl(), '/graph.json'],
    ['search api id', searchAssetUrl('id', 'records', 'pagefind.js'), '/pagefind-id/pagefind.js'],
    ['search api en', searchAssetUrl('en', 'records', 'pagefind.js'), '/pagefind-en/pagefind.js'],
    ['full-text api id', searchAssetUrl('id', 'fullText', 'pagefind.js'), '/pagefind-full-text-id/pagefind.js'],
    ['full-text worker en', searchAssetUrl('en', 'fullText', 'pagefind-worker.js'), '/pagefind-full-text-en/pagefind-worker.js'],
    ['search guides', searchGuidesUrl(), '/search-guides.json'],
    ['highlight words, anchor kept last', highlightedUrl('/studies/x/#p-1', ['kerja sama', 'BSSN']), '/studies/x/?highlight=kerja+sama&highlight=BSSN#p-1'],
    ['highlight after a query', highlightedUrl('/a/?x=1', ['y']), '/a/?x=1&highlight=y'],
    ['no words, no parameter', highlightedUrl('/a/', []), '/a/'],
  ])('%s', (_, actual, expected) => {
    expect(actual).toBe(expected);
  });

  it('rejects ids that would span path segments', () => {
    expect(() => entryUrl('id', 'studies', 'a/b')).toThrow(/single path segment/);
    expect(() => entryUrl('id', 'studies', '')).toThrow();
  });

  it('rejects a graph size that is not a positive whole number', () => {
    expect(() => graphPageUrl('id', 0)).toThrow(/positive whole number/);
    expect(() => graphPageUrl('id', 1.5)).toThrow(/positive whole number/);
  });

  it('rejects a provenance path outside sources/', () => {
    expect(() => rawSourceUrl('studies/x.md')).toThrow(/sources\/<file name>/);
    expect(() => rawSourceUrl('sources/a/b.txt')).toThrow();
  });
});

describe('the same page in the other language', () => {
  it.each([
    ['/', 'en', '/en/'],
    ['/en/', 'id', '/'],
    ['/studies/x/', 'en', '/en/studies/x/'],
    ['/en/studies/x/', 'id', '/studies/x/'],
    ['/en/legal/uu-11-2008/', 'en', '/en/legal/uu-11-2008/'],
    ['/concepts/', 'id', '/concepts/'],
    ['/en', 'id', '/'],
    // A first segment that merely starts with "en" is not the English prefix.
    ['/entries/x/', 'en', '/en/entries/x/'],
  ] as const)('%s in %s is %s', (path, locale, expected) => {
    expect(localizedPath(path, locale)).toBe(expected);
  });

  it.each([
    ['/', 'id'],
    ['/en/', 'en'],
    ['/en/news/a/', 'en'],
    ['/news/en/', 'id'],
  ] as const)('%s belongs to %s', (path, locale) => {
    expect(localeOfPath(path)).toBe(locale);
  });
});

describe('doiUrl', () => {
  it('links a DOI through the resolver', () => {
    expect(doiUrl('10.31415/jhi.v9i2.1187')).toBe('https://doi.org/10.31415/jhi.v9i2.1187');
  });
});

describe('linkFromEntryPage', () => {
  it('turns a default-locale path into a link that stays in the entry page\'s locale', () => {
    const link = linkFromEntryPage('/concepts/bilateral-cooperation/');
    expect(link).toBe('../../concepts/bilateral-cooperation/');
    expect(new URL(link, 'http://x/studies/a/').pathname).toBe('/concepts/bilateral-cooperation/');
    expect(new URL(link, 'http://x/en/studies/a/').pathname).toBe('/en/concepts/bilateral-cooperation/');
  });

  it('refuses a path of another locale or a relative one', () => {
    expect(() => linkFromEntryPage('/en/concepts/x/')).toThrow(/default locale/);
    expect(() => linkFromEntryPage('concepts/x/')).toThrow(/default locale/);
  });
});

describe('cited works and paragraph links', () => {
  it('puts the index of cited works under each locale', () => {
    expect(citedWorksUrl('id')).toBe('/cited-works/');
    expect(citedWorksUrl('en')).toBe('/en/cited-works/');
  });

  it('links a paragraph of an entry by its anchor', () => {
    expect(paragraphUrl('en', 'studies', 'x', 'p-12')).toBe('/en/studies/x/#p-12');
  });
});

describe('citationUrl', () => {
  it('is the Indonesian page of the entry, whichever language the reader uses', () => {
    expect(citationUrl('studies', 'ncb-interpol-kamboja', 'https://lintas.example/')).toBe('https://lintas.example/studies/ncb-interpol-kamboja/');
    expect(citationUrl('news', 'kemlu', 'https://lintas.example/')).toBe(`https://lintas.example${localizedPath('/en/news/kemlu/', 'id')}`);
  });
});

describe('list page URLs', () => {
  it.each([0, -1, 1.5, Number.NaN])('refuses page number %s', (page) => {
    expect(() => listPageUrl('/studies/', page)).toThrow(/page number/);
    expect(() => entryListPageUrl('id', 'concepts', 'x', 'entries', page)).toThrow(/page number/);
  });
});

describe('searchBundleUrl', () => {
  const bundles = LOCALE_LIST.flatMap((locale) => SEARCH_BUNDLE_LIST.map((bundle) => ({ locale, bundle, url: searchBundleUrl(locale, bundle) })));

  // Pagefind resolves the page addresses of its index against the bundle's parent folder.
  it.each(bundles)('puts the $bundle index of $locale in a folder of the site root, $url', ({ url }) => {
    expect(url).toMatch(/^\/[^/]+\/$/);
  });

  it('gives every language and index a folder of its own', () => {
    expect(new Set(bundles.map(({ url }) => url)).size).toBe(bundles.length);
  });
});
