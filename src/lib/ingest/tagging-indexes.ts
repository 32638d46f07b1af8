/**
 * The indexes the ingest tags with, read from a content folder: the same concept, legal and
 * entity data the build reads, checked the same way first (`checkThesaurus`, `checkEntities`), so
 * the ingest never tags with data the build would reject.
 */
import { join } from 'node:path';
import { checkEntities } from '../entities/check-entities.ts';
import type { EntityRecord } from '../entities/entity-record.ts';
import { contentProblemsError } from '../graph/content-problem.ts';
import { checkThesaurus } from '../thesaurus/check-thesaurus.ts';
import { readConcepts, readEntities, readLegalInstruments } from './content-store.ts';
import { buildEntityMatcher } from './detect-entities.ts';
import { buildLegalIndex } from './detect-legal.ts';
import { buildConceptMatcher } from './tag-concepts.ts';
import type { TaggingIndexes } from './tag-document.ts';

/** The entity files of a content folder as plain records. */
export function readEntityRecords(contentDir: string): EntityRecord[] {
  return readEntities(contentDir).map(({ id, data }) => ({ ...data, id }));
}

/**
 * Reads, checks and indexes the concepts, legal instruments and entities of `contentDir`. Throws
 * an error naming each file and field at fault when the thesaurus or the entities are inconsistent.
 */
export function readTaggingIndexes(contentDir: string): TaggingIndexes {
  const concepts = readConcepts(contentDir);
  const entities = readEntityRecords(contentDir);
  const problems = [
    ...checkThesaurus(
      concepts.map(({ id, data }) => ({
        ...data,
        id,
        altLabels: data.altLabels ?? {},
        broader: data.broader ?? [],
        related: data.related ?? [],
      })),
    ),
    ...checkEntities(entities),
  ];
  if (problems.length > 0) {
    throw contentProblemsError('The concepts or entities are inconsistent', problems, (entry) =>
      join(contentDir, `${entry}.yaml`),
    );
  }
  const legal = readLegalInstruments(contentDir);
  return {
    concepts: buildConceptMatcher(concepts),
    legal: buildLegalIndex(legal),
    legalRecords: legal,
    entities: buildEntityMatcher(entities),
  };
}
