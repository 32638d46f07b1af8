/**
 * The link targets made from the curated collections: every concept by its preferred and
 * alternative labels, every legal instrument by its titles, aliases and citation.
 */
import type { ConceptData, LegalData } from '../content-model.ts';
import { legalCitationKey, legalNamesByLanguage } from '../ingest/detect-legal.ts';
import { LOCALE_LIST, type Locale } from '../i18n/locales.ts';
import { entryUrl, type CollectionName } from '../urls.ts';
import type { LinkTarget } from './link-target.ts';

/** The curated entries targets are made from, as plain ids and data. */
export interface LinkTargetSources {
  concepts: ReadonlyArray<{ id: string; data: ConceptLabels }>;
  legal: ReadonlyArray<{ id: string; data: LegalNames }>;
}

/** What a concept target is made from (the file data, or the collection entry's). */
type ConceptLabels = Pick<ConceptData, 'prefLabel' | 'altLabels'>;
/** What a legal target is made from. */
type LegalNames = Pick<LegalData, 'title' | 'aliases' | 'citation'>;

function hrefs(collection: CollectionName, id: string): Record<Locale, string> {
  return Object.fromEntries(LOCALE_LIST.map((locale) => [locale, entryUrl(locale, collection, id)])) as Record<Locale, string>;
}

function conceptTarget({ id, data }: { id: string; data: ConceptLabels }): LinkTarget {
  return {
    kind: 'concept',
    id,
    labels: {
      id: [data.prefLabel.id, ...(data.altLabels?.id ?? [])],
      en: [data.prefLabel.en, ...(data.altLabels?.en ?? [])],
    },
    href: hrefs('concepts', id),
  };
}

function legalTarget({ id, data }: { id: string; data: LegalNames }): LinkTarget {
  const key = legalCitationKey(data);
  const target: LinkTarget = { kind: 'legal', id, labels: legalNamesByLanguage(data), href: hrefs('legal', id) };
  return key === undefined ? target : { ...target, citationKey: key };
}

/** One target per concept and per legal instrument, in the order given. */
export function buildLinkTargets(sources: LinkTargetSources): LinkTarget[] {
  return [...sources.concepts.map(conceptTarget), ...sources.legal.map(legalTarget)];
}
