/**
 * The cross-links of the knowledge base, computed once per build from plain data.
 *
 * Pages never scan every entry to find what points at them; they look their id up in the
 * inverted indexes built here. The module is pure (no Astro imports) so it can be unit-tested
 * with small fixtures.
 */

import type { RELATION_TYPES } from '../../content.config.ts';

/** Relation types as the legal data writes them; a type-only import keeps Astro out of this module. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** A relation as read from one instrument's page: its own types plus the inverses the data has no name for. */
export type RelationLabel = RelationType | 'has_protocol' | 'implemented_by';

const INVERSE: Readonly<Record<RelationType, RelationLabel>> = {
  amends: 'amended_by',
  amended_by: 'amends',
  replaces: 'replaced_by',
  replaced_by: 'replaces',
  ratifies: 'ratified_by',
  ratified_by: 'ratifies',
  protocol_of: 'has_protocol',
  implements: 'implemented_by',
};

/** The kinds of entry that carry concept and legal tags. */
export type TaggedKind = 'studies' | 'news';

/** A study or news item with the ids of the concepts and instruments it is tagged with. */
export interface TaggedEntryInput {
  kind: TaggedKind;
  id: string;
  concepts: readonly string[];
  legalInstruments: readonly string[];
}

/** A legal instrument with the relations its own data states. */
export interface LegalInput {
  id: string;
  relations: readonly { type: RelationType; target: string }[];
}

/** A concept with the hierarchy links its own data states. */
export interface ConceptInput {
  id: string;
  broader: readonly string[];
  narrower: readonly string[];
  related: readonly string[];
}

/** Everything the graph is built from: plain ids, no Astro entries. */
export interface KnowledgeGraphInput {
  /** Studies and news, in the order lists should show them. */
  entries: readonly TaggedEntryInput[];
  legal: readonly LegalInput[];
  concepts: readonly ConceptInput[];
}

/** A pointer to a study or news entry. */
export interface EntryRef {
  kind: TaggedKind;
  id: string;
}

/** A relation stated on another instrument that points at this one. */
interface IncomingRelation {
  type: RelationType;
  source: string;
}

/** One line of an instrument's relations, worded from that instrument's side. */
export interface RelationView {
  label: RelationLabel;
  other: string;
  /** Whether this instrument's own data states it, or only the other instrument's does. */
  statedOn: 'this' | 'other';
}

/** A concept's neighbours in the thesaurus. */
export interface ConceptLinks {
  broader: string[];
  narrower: string[];
  related: string[];
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

function buildIncomingRelations(legal: readonly LegalInput[]): Map<string, IncomingRelation[]> {
  const incoming = new Map<string, IncomingRelation[]>();
  for (const instrument of legal) {
    for (const { type, target } of instrument.relations) pushTo(incoming, target, { type, source: instrument.id });
  }
  return incoming;
}

function buildRelationViews(
  legal: readonly LegalInput[],
  incoming: ReadonlyMap<string, readonly IncomingRelation[]>,
): Map<string, RelationView[]> {
  const views = new Map<string, RelationView[]>();
  for (const instrument of legal) {
    const seen = new Set<string>();
    const list: RelationView[] = [];
    const add = (view: RelationView): void => {
      // The data sheet often states a pair on both sides (A amends B, B amended_by A); show it once.
      const key = `${view.label}\u0000${view.other}`;
      if (seen.has(key)) return;
      seen.add(key);
      list.push(view);
    };
    for (const { type, target } of instrument.relations) add({ label: type, other: target, statedOn: 'this' });
    for (const { type, source } of incoming.get(instrument.id) ?? []) {
      add({ label: INVERSE[type], other: source, statedOn: 'other' });
    }
    views.set(instrument.id, list);
  }
  return views;
}

function buildConceptLinks(concepts: readonly ConceptInput[]): Map<string, ConceptLinks> {
  const known = new Set(concepts.map((concept) => concept.id));
  const sets = new Map<string, { broader: Set<string>; narrower: Set<string>; related: Set<string> }>();
  for (const id of known) sets.set(id, { broader: new Set(), narrower: new Set(), related: new Set() });
  const link = (from: string, to: string, kind: 'broader' | 'narrower' | 'related'): void => {
    if (from === to || !known.has(to)) return;
    sets.get(from)?.[kind].add(to);
  };
  for (const concept of concepts) {
    for (const other of concept.broader) {
      link(concept.id, other, 'broader');
      link(other, concept.id, 'narrower');
    }
    for (const other of concept.narrower) {
      link(concept.id, other, 'narrower');
      link(other, concept.id, 'broader');
    }
    for (const other of concept.related) {
      link(concept.id, other, 'related');
      link(other, concept.id, 'related');
    }
  }
  return new Map(
    [...sets].map(([id, s]) => [id, { broader: [...s.broader], narrower: [...s.narrower], related: [...s.related] }]),
  );
}

/**
 * Builds every inverted index the pages need in one pass over the content:
 * entries per concept and per legal instrument, legal relations seen from both ends, and the
 * concept hierarchy made symmetric (A broader B implies B narrower A).
 */
export function buildKnowledgeGraph(input: KnowledgeGraphInput): KnowledgeGraph {
  return {
    entriesByConcept: indexEntriesBy(input.entries, (entry) => entry.concepts),
    entriesByLegal: indexEntriesBy(input.entries, (entry) => entry.legalInstruments),
    relationsByLegal: buildRelationViews(input.legal, buildIncomingRelations(input.legal)),
    conceptLinks: buildConceptLinks(input.concepts),
  };
}
