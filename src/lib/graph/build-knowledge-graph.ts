/**
 * The cross-links of the knowledge base, computed once per build from plain data.
 *
 * Pages never scan every entry to find what points at them; they look their id up in the
 * inverted indexes built here. The module is pure (no Astro imports) so it can be unit-tested
 * with small fixtures.
 */

import type { EntityKind } from '../content-model.ts';
import {
  deriveConceptLinks,
  deriveEntityParts,
  deriveLegalRelations,
  type ConceptLinkInput,
  type ConceptLinks,
  type LegalInput,
  type RelationView,
} from './inverse-links.ts';

export type { ConceptLinks, LegalInput, RelationView } from './inverse-links.ts';
export type { RelationLabel, RelationType } from './inverse-links.ts';

/** The kinds of entry that carry concept and legal tags. */
export type TaggedKind = 'studies' | 'news';

/** A study or news item with the ids of what it is tagged with. */
export interface TaggedEntryInput {
  kind: TaggedKind;
  id: string;
  concepts: readonly string[];
  legalInstruments: readonly string[];
  /** Entity ids (organisations, countries, people); absent means none. */
  organisations?: readonly string[];
  countries?: readonly string[];
  persons?: readonly string[];
}

/** A concept with the links its own data states (`broader`, `related`). */
export type ConceptInput = ConceptLinkInput;

/** An organisation, person or country: its kind, and the organisation it is a unit of. */
export interface EntityInput {
  id: string;
  kind: EntityKind;
  partOf?: string | undefined;
}

/** Everything the graph is built from: plain ids, no Astro entries. */
export interface KnowledgeGraphInput {
  /** Studies and news, in the order lists should show them. */
  entries: readonly TaggedEntryInput[];
  legal: readonly LegalInput[];
  concepts: readonly ConceptInput[];
  /** Absent in inputs that carry no entities. */
  entities?: readonly EntityInput[];
}

/** A pointer to a study or news entry. */
export interface EntryRef {
  kind: TaggedKind;
  id: string;
}

/** The inverted indexes pages look their id up in. */
export interface KnowledgeGraph {
  /** Concept id -> studies and news tagged with it, in input order. */
  entriesByConcept: ReadonlyMap<string, readonly EntryRef[]>;
  /** Legal id -> studies and news that mention it, in input order. */
  entriesByLegal: ReadonlyMap<string, readonly EntryRef[]>;
  /** Legal id -> its relations from its own side, stated or inverted, without duplicates. */
  relationsByLegal: ReadonlyMap<string, readonly RelationView[]>;
  /** Concept id -> broader, narrower and related concepts, made symmetric and limited to known concepts. */
  conceptLinks: ReadonlyMap<string, ConceptLinks>;
  /** Entity id -> studies and news naming it as organisation, country or person, in input order. */
  entriesByEntity: ReadonlyMap<string, readonly EntryRef[]>;
  /** Organisation id -> its units and member offices (from their `partOf`). */
  entityParts: ReadonlyMap<string, readonly string[]>;
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

function indexEntriesBy(
  entries: readonly TaggedEntryInput[],
  tagsOf: (entry: TaggedEntryInput) => readonly string[],
): Map<string, EntryRef[]> {
  const index = new Map<string, EntryRef[]>();
  for (const entry of entries) {
    // A tag repeated in one entry's list must not list the entry twice.
    for (const tag of new Set(tagsOf(entry))) pushTo(index, tag, { kind: entry.kind, id: entry.id });
  }
  return index;
}

/** Every entity an entry names, whatever its kind. */
function entityTags(entry: TaggedEntryInput): string[] {
  return [...(entry.organisations ?? []), ...(entry.countries ?? []), ...(entry.persons ?? [])];
}

/**
 * Builds every inverted index the pages need in one pass over the content: entries per concept,
 * per legal instrument and per entity, and the links the data states one way read both ways
 * (`inverse-links.ts`).
 */
export function buildKnowledgeGraph(input: KnowledgeGraphInput): KnowledgeGraph {
  return {
    entriesByConcept: indexEntriesBy(input.entries, (entry) => entry.concepts),
    entriesByLegal: indexEntriesBy(input.entries, (entry) => entry.legalInstruments),
    relationsByLegal: deriveLegalRelations(input.legal),
    conceptLinks: deriveConceptLinks(input.concepts),
    entriesByEntity: indexEntriesBy(input.entries, entityTags),
    entityParts: deriveEntityParts(input.entities ?? []),
  };
}
