/**
 * The one place where links the data states in one direction are read in the other: a concept's
 * `narrower` from the others' `broader`, `related` both ways, a legal instrument's `amended_by`
 * from another's `amends` (and `replaced_by`, `ratified_by`, `has_protocol`, `implemented_by`, `basis_of`, `has_part`),
 * and an organisation's units from their `partOf`. The data never writes an inverse, so the two
 * ends of a link cannot disagree.
 */
import type { RELATION_TYPES } from '../content-model.ts';

/** Relation types as the legal data writes them. */
export type RelationType = (typeof RELATION_TYPES)[number];

/** The same relation read from the instrument it points at. */
export type InverseRelationType = 'amended_by' | 'replaced_by' | 'ratified_by' | 'has_protocol' | 'implemented_by' | 'basis_of' | 'has_part';

/** A relation as read from one instrument's page: stated by it, or derived from another's statement. */
export type RelationLabel = RelationType | InverseRelationType;

/** Each stated relation type and its inverse. */
export const INVERSE_RELATION: Readonly<Record<RelationType, InverseRelationType>> = {
  amends: 'amended_by',
  replaces: 'replaced_by',
  ratifies: 'ratified_by',
  protocol_of: 'has_protocol',
  implements: 'implemented_by',
  legal_basis: 'basis_of',
  part_of: 'has_part',
};

/** A legal instrument with the relations its own data states. */
export interface LegalInput {
  id: string;
  relations: readonly { type: RelationType; target: string }[];
}

/** One line of an instrument's relations, worded from that instrument's side. */
export interface RelationView {
  label: RelationLabel;
  other: string;
  /** Whether this instrument's own data states it, or the other instrument's does. */
  statedOn: 'this' | 'other';
}

/** A concept with the links its own data states. */
export interface ConceptLinkInput {
  id: string;
  broader: readonly string[];
  related: readonly string[];
}

/** A concept's neighbours in the thesaurus, both directions. */
export interface ConceptLinks {
  broader: string[];
  narrower: string[];
  related: string[];
}

function pushUnique<K, V>(map: Map<K, V[]>, key: K, value: V, same: (a: V, b: V) => boolean): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.some((existing) => same(existing, value))) list.push(value);
}

/**
 * Every instrument's relations from its own side: the ones it states, then the inverses of those
 * other instruments state about it. Targets that are not in `legal` are skipped (the dangling
 * reference check reports them).
 */
export function deriveLegalRelations(legal: readonly LegalInput[]): Map<string, RelationView[]> {
  const views = new Map<string, RelationView[]>(legal.map((instrument) => [instrument.id, []]));
  const same = (a: RelationView, b: RelationView) => a.label === b.label && a.other === b.other;
  for (const instrument of legal) {
    for (const { type, target } of instrument.relations) {
      if (!views.has(target)) continue;
      pushUnique(views, instrument.id, { label: type, other: target, statedOn: 'this' }, same);
    }
  }
  for (const instrument of legal) {
    for (const { type, target } of instrument.relations) {
      if (!views.has(target)) continue;
      pushUnique(views, target, { label: INVERSE_RELATION[type], other: instrument.id, statedOn: 'other' }, same);
    }
  }
  return views;
}

/**
 * Broader, narrower and related concepts of every concept: `narrower` inverted from `broader`,
 * `related` mirrored. Links to unknown concepts and to the concept itself are skipped.
 */
export function deriveConceptLinks(concepts: readonly ConceptLinkInput[]): Map<string, ConceptLinks> {
  const links = new Map<string, ConceptLinks>(concepts.map(({ id }) => [id, { broader: [], narrower: [], related: [] }]));
  const link = (from: string, to: string, kind: keyof ConceptLinks): void => {
    const list = links.get(from)?.[kind];
    if (from !== to && links.has(to) && list && !list.includes(to)) list.push(to);
  };
  for (const concept of concepts) {
    for (const parent of concept.broader) {
      link(concept.id, parent, 'broader');
      link(parent, concept.id, 'narrower');
    }
    for (const other of concept.related) {
      link(concept.id, other, 'related');
      link(other, concept.id, 'related');
    }
  }
  return links;
}

/** Organisation id -> the units and member offices whose `partOf` names it, in input order. */
export function deriveEntityParts(entities: readonly { id: string; partOf?: string | undefined }[]): Map<string, string[]> {
  const parts = new Map<string, string[]>();
  for (const { id, partOf } of entities) {
    if (partOf !== undefined && partOf !== id) pushUnique(parts, partOf, id, (a, b) => a === b);
  }
  return parts;
}
