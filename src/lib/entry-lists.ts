/**
 * The long lists on concept, legal and entity pages (the entries tagged with or naming the
 * subject, and the entries quoting it), one page of each on the entry page and the rest on pages
 * of their own, so that no page grows with the corpus.
 */
import { shownOfRef, pageCacheKey } from './cache-key.ts';
import type { SiteContent } from './content.ts';
import type { EntryRef } from './graph/build-knowledge-graph.ts';
import type { Backlink } from './graph/build-mention-index.ts';
import { LOCALE_LIST, localeParam, type Locale } from './i18n/locales.ts';
import type { UiKey } from './i18n/ui.ts';
import { linkTargetKey } from './links/link-target.ts';
import { laterPages, pageItems } from './pagination.ts';
import { ENTRY_LISTS, type EntryListName } from './urls.ts';

/** The collections whose entry pages carry lists of other entries. */
export type ListingCollection = 'concepts' | 'legal' | 'entities';

/** Everything an entry page lists: entries by their graph reference, quotes by their backlink. */
export interface EntryListItems {
  entries: readonly EntryRef[];
  mentions: readonly Backlink[];
}

const NONE: readonly never[] = [];

/** The full lists of the page of `id` in `collection`, as the knowledge graph and mention index hold them. */
export function entryListItems(content: SiteContent, collection: ListingCollection, id: string): EntryListItems {
  switch (collection) {
    case 'concepts':
      return {
        entries: content.graph.entriesByConcept.get(id) ?? NONE,
        mentions: content.mentionsByTarget.get(linkTargetKey({ kind: 'concept', id })) ?? NONE,
      };
    case 'legal':
      return {
        entries: content.graph.entriesByLegal.get(id) ?? NONE,
        mentions: content.mentionsByTarget.get(linkTargetKey({ kind: 'legal', id })) ?? NONE,
      };
    case 'entities': {
      const kind = content.entityById.get(id)?.data.kind;
      return {
        entries: content.graph.entriesByEntity.get(id) ?? NONE,
        mentions: (kind && content.mentionsByTarget.get(linkTargetKey({ kind, id }))) || NONE,
      };
    }
  }
}

/** The heading of each list on each kind of entry page. */
export const ENTRY_LIST_HEADINGS: Readonly<Record<ListingCollection, Readonly<Record<EntryListName, UiKey>>>> = {
  concepts: { entries: 'concept.entries', mentions: 'mentions.heading' },
  legal: { entries: 'legal.mentionedIn', mentions: 'mentions.heading' },
  entities: { entries: 'entity.entries', mentions: 'mentions.heading' },
};

/** One later page (2, 3, ...) of one list of one entry page, in one locale. */
export interface EntryListPageParams {
  params: { locale: string | undefined; id: string; list: EntryListName; page: string };
  /** For incremental builds (`cache-key.ts`). */
  cacheKey: string;
}

/**
 * What one page of a list shows of other entries, for its cache key: the list's size (its page
 * links) and the page's items, each entry standing for its version.
 */
export function entryListPageParts(lists: EntryListItems, list: EntryListName, page: number, content: SiteContent) {
  const items =
    list === 'entries'
      ? pageItems(lists.entries, page).map((ref) => shownOfRef(content, ref))
      : pageItems(lists.mentions, page).map((backlink) => ({ ...backlink, entry: shownOfRef(content, backlink.entry) }));
  return { list, total: lists[list].length, items };
}

/** `getStaticPaths` results for every later page of every list of the collection's entry pages. */
export function entryListPagePaths(content: SiteContent, collection: ListingCollection, ids: readonly string[]): EntryListPageParams[] {
  return ids.flatMap((id) => {
    const lists = entryListItems(content, collection, id);
    return ENTRY_LISTS.flatMap((list) =>
      laterPages(lists[list].length).flatMap((page) => {
        const cacheKey = pageCacheKey(content, entryListPageParts(lists, list, page, content));
        return LOCALE_LIST.map((locale) => ({ params: { locale: localeParam(locale), id, list, page: String(page) }, cacheKey }));
      }),
    );
  });
}

/** The name of the concept, instrument or entity a page is about, in the page language. */
export function listingSubjectName(content: SiteContent, collection: ListingCollection, id: string, locale: Locale): string {
  switch (collection) {
    case 'concepts':
      return content.conceptById.get(id)?.data.prefLabel[locale] ?? id;
    case 'legal':
      return content.legalById.get(id)?.data.title[locale] ?? id;
    case 'entities':
      return content.entityById.get(id)?.data.label[locale] ?? id;
  }
}
