/** The CSL item of a site entry, cited at its one citation address. */
import type { LegalEntry, NewsEntry, StudyEntry } from '../content.ts';
import { t } from '../i18n/ui.ts';
import { citationUrl } from '../urls.ts';
import { legalCslItem, newsCslItem, studyCslItem, type CslItem } from './csl-item.ts';

/** An entry of a collection that has a citation. */
export type CitableEntry =
  | { collection: 'studies'; entry: StudyEntry }
  | { collection: 'news'; entry: NewsEntry }
  | { collection: 'legal'; entry: LegalEntry };

/** The CSL item of `citable`, its URL made absolute on `site`. */
export function entryCslItem(citable: CitableEntry, site: URL | string): CslItem {
  const url = citationUrl(citable.collection, citable.entry.id, site);
  switch (citable.collection) {
    case 'studies':
      return studyCslItem(citable.entry.id, citable.entry.data, t(citable.entry.data.languages[0] ?? 'id', 'study.untitled'), url);
    case 'news':
      return newsCslItem(citable.entry.id, citable.entry.data, t(citable.entry.data.language, 'news.untitled'), url);
    case 'legal':
      return legalCslItem(citable.entry.id, citable.entry.data, url);
  }
}
