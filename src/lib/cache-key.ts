/**
 * Cache keys for Astro's incremental static builds (`experimental.incrementalBuild`): a page
 * whose key, and whose code, are what they were in the previous build is copied from that build
 * instead of being rendered again. So a key must change whenever anything the page shows changes.
 *
 * A key is made of:
 * - one digest of the curated collections (concepts, legal instruments, entities), which any page
 *   may name through its tags, labels, in-text links and search synonyms; changing one of them
 *   renders every keyed page again;
 * - the page's own entry (its content digest, and its dates from git);
 * - what the page shows about other entries, taken from the same data its components read:
 *   related entries, its neighbourhood in the graph, the items and size of its lists.
 *
 * Entry pages are keyed by `entry-page-key.ts`, the later pages of lists where their paths are
 * made. A component that starts to show something new about other entries must add it to its
 * page's key. Pages made from the whole corpus (the indexes' first pages, the graph, the exports)
 * carry no key and are rendered on every build.
 */
import { createHash } from 'node:crypto';
import type { SiteContent } from './content.ts';
import { summarizeRef } from './entry-summary.ts';
import type { EntryRef } from './graph/build-knowledge-graph.ts';
import { LOCALE_LIST } from './i18n/locales.ts';
import { pageItems } from './pagination.ts';

/** What Astro hands a page of a collection: enough to tell one version of an entry from another. */
export interface KeyedEntry {
  id: string;
  collection: string;
  digest?: string | number | undefined;
  filePath?: string | undefined;
  data: unknown;
  body?: string | undefined;
}

function isKeyedEntry(value: unknown): value is KeyedEntry {
  return typeof value === 'object' && value !== null && 'collection' in value && 'id' in value && 'data' in value;
}

/** An entry by its version: its digest, or (for a loader that gives none) its data and body. */
function entryVersion(entry: KeyedEntry): string {
  const version = entry.digest ?? createHash('sha256').update(JSON.stringify([entry.data, entry.body ?? ''])).digest('hex');
  return `${entry.collection}/${entry.id}@${version}`;
}

// JSON with every collection entry in it written as its version, so a key never serialises whole texts.
const entriesAsVersions = (_key: string, value: unknown) => (isKeyedEntry(value) ? entryVersion(value) : value);

function digest(parts: unknown): string {
  return createHash('sha256').update(JSON.stringify(parts, entriesAsVersions)).digest('base64url');
}

const curatedDigests = new WeakMap<SiteContent, string>();

/** One digest of every concept, legal instrument and entity, made once per build. */
function curatedDigest(content: SiteContent): string {
  let made = curatedDigests.get(content);
  if (made === undefined) {
    made = digest([content.concepts, content.legal, content.entities]);
    curatedDigests.set(content, made);
  }
  return made;
}

/** The key of a page showing `parts` (entries among them stand for their versions). */
export function pageCacheKey(content: SiteContent, parts: unknown): string {
  return digest([curatedDigest(content), parts]);
}

/**
 * What a list shows of the study or news entry a graph reference names: its summary in each
 * locale. An edit that leaves the summary as it was (a corrected paragraph) keys no list anew.
 */
export function shownOfRef(content: SiteContent, ref: EntryRef): unknown {
  return LOCALE_LIST.map((locale) => summarizeRef(content, ref, locale));
}

/**
 * The key of page `page` of a list of `items`: the list's size (its page links) and that page's
 * items, each as `show` gives what the page shows of it.
 */
export function listPageKey<T>(content: SiteContent, items: readonly T[], page: number, show: (item: T) => unknown = (item) => item): string {
  return pageCacheKey(content, { total: items.length, items: pageItems(items, page).map(show) });
}
