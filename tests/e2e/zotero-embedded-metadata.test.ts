import { readFileSync } from 'node:fs';
import { fromHtml } from 'hast-util-from-html';
import { describe, expect, it } from 'vitest';
import { listDistPages } from '../../src/integrations/dist-pages.ts';
import { distDir, readerPages, routeKind, sampleKeeping } from './dist-sample.ts';
import { metaTags, zoteroItem } from './zotero-embedded-metadata.ts';

/** Most pages of one kind read, spread over the kind: enough to meet every shape of entry, bounded for any corpus. */
const PER_KIND = 60;

const pages = readerPages(listDistPages(distDir));

function pagesOf(kind: string) {
  const ofKind = pages.filter((page) => routeKind(page.path) === kind);
  return sampleKeeping(ofKind, [], PER_KIND).map((page) => ({ path: page.path, tags: metaTags(fromHtml(readFileSync(page.file, 'utf8'))) }));
}

describe('what Zotero saves from a built page (rules of its Embedded Metadata translator)', () => {
  it('a study page with a university is a Thesis with author, title, year, university, thesis type and abstract', () => {
    const theses = pagesOf('id /studies/*').filter((page) => page.tags.has('citation_dissertation_institution'));
    expect(theses.length).toBeGreaterThan(0);
    for (const { path, tags } of theses) {
      const item = zoteroItem(tags);
      expect(item.itemType, path).toBe('thesis');
      expect(item.title, path).toBeTruthy();
      expect(item.university, path).toBeTruthy();
      expect(item.thesisType, path).toBeTruthy();
      if (tags.has('citation_publication_date')) expect(item.date, path).toMatch(/^\d{4}/);
    }
    const complete = theses.map(({ tags }) => zoteroItem(tags)).find((item) => item.creators.length > 0 && item.date && item.abstractNote);
    expect(complete).toBeDefined();
    expect(complete?.creators.every((name) => /^[^,]+, [^,]+$|^[^,]+$/.test(name))).toBe(true);
  });

  it('a news page is a newspaper article with its outlet and date, and carries no citation_* tag', () => {
    const news = pagesOf('id /news/*');
    expect(news.length).toBeGreaterThan(0);
    for (const { path, tags } of news) {
      expect([...tags.keys()].filter((name) => name.startsWith('citation_')), path).toEqual([]);
      const item = zoteroItem(tags);
      expect(item.itemType, path).toBe('newspaperArticle');
      // Whatever the page states of its outlet and date reaches the saved item.
      if (tags.has('prism.publicationName')) expect(item.publicationTitle, path).toBe(tags.get('prism.publicationName')?.[0]);
      if (tags.has('DC.date')) expect(item.date, path).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);
    }
    expect(news.some(({ tags }) => tags.has('prism.publicationName'))).toBe(true);
  });

  it('the rules tell a thesis from a bare title and from a news item', () => {
    expect(zoteroItem(new Map([['citation_title', ['x']]])).itemType).toBe('journalArticle');
    expect(zoteroItem(new Map([['citation_title', ['x']], ['citation_dissertation_institution', ['U']], ['DC.type', ['NewsItem']]])).itemType).toBe('thesis');
    expect(zoteroItem(new Map([['DC.type', ['NewsItem']]])).itemType).toBe('newspaperArticle');
  });
});
