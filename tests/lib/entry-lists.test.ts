import { describe, expect, it } from 'vitest';
import type { SiteContent } from '../../src/lib/content.ts';
import { entryListItems, entryListPagePaths } from '../../src/lib/entry-lists.ts';
import type { EntryRef } from '../../src/lib/graph/build-knowledge-graph.ts';
import type { Backlink } from '../../src/lib/graph/build-mention-index.ts';
import { linkTargetKey } from '../../src/lib/links/link-target.ts';
import { PAGE_SIZE, pageItems } from '../../src/lib/pagination.ts';

const refs = (n: number): EntryRef[] => Array.from({ length: n }, (_, i) => ({ kind: i % 2 ? 'news' : 'studies', id: `e${i}` }));
const backlinks = (n: number) => refs(n).map((entry) => ({ entry }) as unknown as Backlink);

/** Only the indexes the lists are read from; the rest of the content plays no part. */
function contentWith(tagged: Record<string, number>, quoting: Record<string, number>): SiteContent {
  const byId = new Map(Object.entries(tagged).map(([id, n]) => [id, refs(n)]));
  return {
    graph: { entriesByConcept: byId, entriesByLegal: byId, entriesByEntity: byId },
    // The curated collections and entries the pages' cache keys read; none here.
    concepts: [],
    legal: [],
    entities: [],
    studyById: new Map(),
    newsById: new Map(),
    // Every entity here is an organisation; its quotes are keyed by that kind.
    entityById: new Map(Object.keys(tagged).map((id) => [id, { id, data: { kind: 'organisation' } }])),
    mentionsByTarget: new Map(
      Object.entries(quoting).flatMap(([id, n]) => [
        [linkTargetKey({ kind: 'concept', id }), backlinks(n)],
        [linkTargetKey({ kind: 'legal', id }), backlinks(n)],
        [linkTargetKey({ kind: 'organisation', id }), backlinks(n)],
      ]),
    ),
  } as unknown as SiteContent;
}

describe('entryListPagePaths', () => {
  const content = contentWith({ big: 2 * PAGE_SIZE + 1, small: 3, none: 0 }, { big: PAGE_SIZE + 1, small: 1 });

  it('makes the later pages of each long list in every locale, and none for lists that fit', () => {
    const paths = entryListPagePaths(content, 'concepts', ['big', 'small', 'none']).map(({ params }) => params);
    expect(paths).toEqual([
      { locale: undefined, id: 'big', list: 'entries', page: '2' },
      { locale: 'en', id: 'big', list: 'entries', page: '2' },
      { locale: undefined, id: 'big', list: 'entries', page: '3' },
      { locale: 'en', id: 'big', list: 'entries', page: '3' },
      { locale: undefined, id: 'big', list: 'mentions', page: '2' },
      { locale: 'en', id: 'big', list: 'mentions', page: '2' },
    ]);
  });

  it('reaches every entry of a list on the entry page or one of its later pages', () => {
    for (const collection of ['concepts', 'legal', 'entities'] as const) {
      const lists = entryListItems(content, collection, 'big');
      for (const list of ['entries', 'mentions'] as const) {
        const pages = [1, ...entryListPagePaths(content, collection, ['big']).filter(({ params }) => params.list === list && params.locale === undefined).map(({ params }) => Number(params.page))];
        const items: readonly unknown[] = lists[list];
        expect(pages.flatMap((page) => pageItems(items, page))).toEqual(items);
      }
    }
  });

  it('keys each later page by what it shows, so pages of different items differ', () => {
    const keys = entryListPagePaths(content, 'concepts', ['big']).filter(({ params }) => params.locale === undefined).map((path) => path.cacheKey);
    expect(new Set(keys).size).toBe(keys.length);
    const locales = entryListPagePaths(content, 'concepts', ['big']).filter(({ params }) => params.page === '2' && params.list === 'entries');
    expect(locales.map((path) => path.cacheKey)).toEqual([locales[0]!.cacheKey, locales[0]!.cacheKey]);
  });

  it("finds an entity's quotes under its kind, and none for an id that names no entity", () => {
    expect(entryListItems(content, 'entities', 'big').mentions).toHaveLength(PAGE_SIZE + 1);
    expect(entryListItems(content, 'entities', 'big').entries).toHaveLength(2 * PAGE_SIZE + 1);
    expect(entryListItems(content, 'entities', 'unknown').mentions).toEqual([]);
  });
});
