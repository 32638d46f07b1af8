/**
 * The cache key of an entry's page (see `cache-key.ts`): the entry, its dates, its related
 * entries, its graph neighbourhood and, on concept, legal and entity pages, the first page of its
 * lists. Both locales of a page share the key; everything that differs between them is code.
 */
import { shownOfRef, pageCacheKey, type KeyedEntry } from './cache-key.ts';
import type { SiteContent } from './content.ts';
import { entryListItems, entryListPageParts, type ListingCollection } from './entry-lists.ts';
import { nodeKey, type NodeKind } from './graph/graph-data.ts';
import { entryRefKey } from './graph/related-entries.ts';
import { siteGraph } from './site-graph.ts';
import { ENTRY_LISTS } from './urls.ts';

/** The page of a study, news item, legal instrument, concept or entity. */
export type KeyedPageKind = 'studies' | 'news' | ListingCollection;

const NODE_KIND: Readonly<Record<'studies' | 'news' | 'legal' | 'concepts', NodeKind>> = {
  studies: 'study',
  news: 'news',
  legal: 'legal',
  concepts: 'concept',
};

/** What the lists of a concept, legal or entity page show on the page itself: their first pages and sizes. */
function firstListPages(content: SiteContent, collection: ListingCollection, id: string) {
  const lists = entryListItems(content, collection, id);
  return ENTRY_LISTS.map((list) => entryListPageParts(lists, list, 1, content));
}

/**
 * The key of an entry's page (both locales share it): the entry, its dates, its related entries,
 * its graph neighbourhood and, on concept, legal and entity pages, the first page of its lists.
 */
export function entryPageKey(content: SiteContent, collection: KeyedPageKind, entry: KeyedEntry): string {
  const nodeKind = collection === 'entities' ? (entry.data as { kind: NodeKind }).kind : NODE_KIND[collection];
  const related =
    collection === 'studies' || collection === 'news'
      ? (content.relatedByEntry.get(entryRefKey({ kind: collection, id: entry.id })) ?? []).map((item) => ({
          ...item,
          ref: shownOfRef(content, item.ref),
        }))
      : [];
  const lists = collection === 'studies' || collection === 'news' ? undefined : firstListPages(content, collection, entry.id);
  return pageCacheKey(content, {
    entry,
    dates: content.datesByFile.get(entry.filePath ?? ''),
    related,
    graph: siteGraph(content).neighbourhoodOf(nodeKey(nodeKind, entry.id)),
    lists,
  });
}
