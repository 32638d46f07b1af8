/**
 * Naming a study or news item in the search relevance set: `<collection>/<id>`, the way it sits
 * in `content/` and in its page path, whatever the UI language of the page.
 */
import { localizedPath } from '../urls.ts';
import { DEFAULT_LOCALE } from '../i18n/locales.ts';

/** The collections whose entries are search results; concepts, legal and entity pages are guides. */
export const RESULT_COLLECTIONS = ['studies', 'news'] as const;
/** One of `RESULT_COLLECTIONS`. */
export type ResultCollection = (typeof RESULT_COLLECTIONS)[number];

/** A study or news item as `<collection>/<id>`, e.g. `news/entry-6030189796c8`. */
export type EntryRef = `${ResultCollection}/${string}`;

const ENTRY_REF = new RegExp(`^(${RESULT_COLLECTIONS.join('|')})/([^/\\s]+)$`);

/** The collection and id of `ref`, or null when it does not name a study or news item. */
export function splitEntryRef(ref: string): { collection: ResultCollection; id: string } | null {
  const match = ENTRY_REF.exec(ref);
  if (!match) return null;
  return { collection: match[1] as ResultCollection, id: match[2] as string };
}

/**
 * The entry a result link leads to, from its path in either UI language (`/en/studies/x/`,
 * `/studies/x/#p-1` is passed without its hash), or null for any other page.
 */
export function entryRefOfPath(pathname: string): EntryRef | null {
  const [, collection, id, ...rest] = localizedPath(pathname, DEFAULT_LOCALE).split('/');
  if (rest.join('') !== '' || !collection || !id) return null;
  const ref = `${collection}/${decodeURIComponent(id)}`;
  return splitEntryRef(ref) ? (ref as EntryRef) : null;
}
