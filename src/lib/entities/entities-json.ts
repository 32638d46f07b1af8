/**
 * The entities as open data (`/entities.json`): every organisation, person and country with its
 * names in both languages, what it belongs to, its page in each language and the entries that
 * name it (from the graph's `entriesByEntity` index).
 */
import type { EntryRef } from '../graph/build-knowledge-graph.ts';
import type { EntityRecord } from './entity-record.ts';

/** An entity record with what only the pages show: a description and a person's role titles. */
export interface EntityJsonInput extends EntityRecord {
  description?: { id?: string | undefined; en?: string | undefined } | undefined;
  roles?: readonly { title: { id?: string | undefined; en?: string | undefined }; organisation?: string | undefined }[] | undefined;
}

/** What the document needs from the site: addresses, and the graph's indexes. */
export interface EntitiesJsonContext {
  page: (locale: 'id' | 'en', id: string) => string;
  entry: (ref: EntryRef) => string;
  entriesByEntity: ReadonlyMap<string, readonly EntryRef[]>;
  entityParts: ReadonlyMap<string, readonly string[]>;
}

/** The JSON document: a format tag and one object per entity, in the order given. */
export function buildEntitiesJson(entities: readonly EntityJsonInput[], context: EntitiesJsonContext) {
  return {
    format: 'lintas-entities/1',
    entities: entities.map((entity) => ({
      id: entity.id,
      kind: entity.kind,
      label: entity.label,
      aliases: { id: entity.aliases.id ?? [], en: entity.aliases.en ?? [] },
      ambiguousAliases: entity.ambiguousAliases ?? [],
      ...(entity.code === undefined ? {} : { code: entity.code }),
      ...(entity.country === undefined ? {} : { country: entity.country }),
      ...(entity.partOf === undefined ? {} : { partOf: entity.partOf }),
      parts: context.entityParts.get(entity.id) ?? [],
      ...(entity.roles === undefined ? {} : { roles: entity.roles }),
      ...(entity.description === undefined ? {} : { description: entity.description }),
      pages: { id: context.page('id', entity.id), en: context.page('en', entity.id) },
      namedIn: (context.entriesByEntity.get(entity.id) ?? []).map((ref) => ({ ...ref, page: context.entry(ref) })),
    })),
  };
}
