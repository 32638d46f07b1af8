/**
 * An entity (organisation, person, country) as plain data, references as ids: the shape the
 * ingest reads from `content/entities/*.yaml` and the build maps its collection entries to, so
 * both check and match the same way.
 */
import type { EntityKind } from '../content-model.ts';
import { listLabelFields, singleLabelFields, type LabelField } from '../thesaurus/label-fields.ts';

/** One entity, its references as plain ids. */
export interface EntityRecord {
  id: string;
  kind: EntityKind;
  label: { id: string; en: string };
  aliases: { id?: readonly string[] | undefined; en?: readonly string[] | undefined };
  ambiguousAliases?: readonly string[] | undefined;
  /** A country's ISO 3166-1 alpha-2 code. */
  code?: string | undefined;
  /** The country a national organisation belongs to. */
  country?: string | undefined;
  /** The organisation this one is a unit of. */
  partOf?: string | undefined;
  /** A person's positions, each with the organisation it belongs to. */
  roles?: readonly { organisation?: string | undefined }[] | undefined;
}

/** A reference from an entity to another, the kind the target must have, and where it is written. */
export interface EntityReference {
  field: string;
  target: string;
  kind: EntityKind;
}

/** The names that identify the entity on their own: its labels and plain aliases. */
export function entityNameFields(entity: EntityRecord): LabelField[] {
  return [...singleLabelFields('label', entity.label), ...listLabelFields('aliases', entity.aliases)];
}

/** The names the entity shares with other bodies (`ambiguousAliases[i]`). */
export function ambiguousNameFields(entity: EntityRecord): LabelField[] {
  return (entity.ambiguousAliases ?? []).map((label, index) => ({ field: `ambiguousAliases[${index}]`, label }));
}

/** Every entity the record points at, with the kind each must be. */
export function entityReferences(entity: EntityRecord): EntityReference[] {
  const references: EntityReference[] = [];
  if (entity.country !== undefined) references.push({ field: 'country', target: entity.country, kind: 'country' });
  if (entity.partOf !== undefined) references.push({ field: 'partOf', target: entity.partOf, kind: 'organisation' });
  entity.roles?.forEach(({ organisation }, index) => {
    if (organisation !== undefined) {
      references.push({ field: `roles[${index}].organisation`, target: organisation, kind: 'organisation' });
    }
  });
  return references;
}

/** The kind as a message says it: "an organisation", "a person", "a country". */
export function kindWithArticle(kind: EntityKind): string {
  return kind === 'organisation' ? `an ${kind}` : `a ${kind}`;
}
