/**
 * The link targets made from the curated collections: every concept by its preferred and
 * alternative labels, every legal instrument by its titles, aliases and citation (and, when its
 * text is held, the anchors of its articles), every
 * organisation, person and country by its labels and aliases.
 */
import type { ConceptData, EntityKind, LegalData } from '../content-model.ts';
import { legalCitationKey, legalNamesByLanguage } from '../ingest/detect-legal.ts';
import { LOCALE_LIST, type Locale } from '../i18n/locales.ts';
import { articleAnchorsOf } from '../markdown/article-anchors.ts';
import { entryUrl, type CollectionName } from '../urls.ts';
import type { LinkTarget } from './link-target.ts';

/** The curated entries targets are made from, as plain ids and data. */
export interface LinkTargetSources {
  concepts: ReadonlyArray<{ id: string; data: ConceptLabels }>;
  /** With its body when it was ingested from its text: the articles a citation may link to. */
  legal: ReadonlyArray<{ id: string; data: LegalNames; body?: string | undefined }>;
  entities: ReadonlyArray<{ id: string; data: EntityNames }>;
}

/** What an entity target is made from. */
interface EntityNames {
  kind: EntityKind;
  label: { id: string; en: string };
  aliases: { id?: readonly string[] | undefined; en?: readonly string[] | undefined };
  ambiguousAliases?: readonly string[] | undefined;
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

function legalTarget({ id, data, body }: LinkTargetSources['legal'][number]): LinkTarget {
  const key = legalCitationKey(data);
  const anchors = body ? articleAnchorsOf(body) : [];
  return {
    kind: 'legal',
    id,
    labels: legalNamesByLanguage(data),
    ...(key === undefined ? {} : { citationKey: key }),
    ...(anchors.length === 0 ? {} : { anchors }),
    href: hrefs('legal', id),
  };
}

/**
 * An entity's target, and a second, never linked, for the names it shares with other bodies
 * ("NCB"): the matcher then takes those words as a whole, so no shorter name inside them links.
 */
function entityTargets({ id, data }: { id: string; data: EntityNames }): LinkTarget[] {
  const named: LinkTarget = {
    kind: data.kind,
    id,
    labels: { id: [data.label.id, ...(data.aliases.id ?? [])], en: [data.label.en, ...(data.aliases.en ?? [])] },
    href: hrefs('entities', id),
  };
  const shared = data.ambiguousAliases ?? [];
  return shared.length === 0 ? [named] : [named, { ...named, labels: { id: shared, en: [] }, ambiguous: true }];
}

/** One target per concept, legal instrument and entity, in the order given. */
export function buildLinkTargets(sources: LinkTargetSources): LinkTarget[] {
  return [...sources.concepts.map(conceptTarget), ...sources.legal.map(legalTarget), ...sources.entities.flatMap(entityTargets)];
}
