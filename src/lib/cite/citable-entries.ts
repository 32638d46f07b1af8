/** Every entry that has a citation, in one list: studies, then news, then legal instruments. */
import type { SiteContent } from '../content.ts';
import type { CitableEntry } from './entry-csl-item.ts';

/** The studies, news items and legal instruments of the site as citable entries, in listing order. */
export function citableEntries(content: Pick<SiteContent, 'studies' | 'news' | 'legal'>): CitableEntry[] {
  return [
    ...content.studies.map((entry): CitableEntry => ({ collection: 'studies', entry })),
    ...content.news.map((entry): CitableEntry => ({ collection: 'news', entry })),
    ...content.legal.map((entry): CitableEntry => ({ collection: 'legal', entry })),
  ];
}
