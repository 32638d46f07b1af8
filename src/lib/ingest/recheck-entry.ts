/**
 * Whether a stored entry is still exactly what the ingest makes of its raw file, curated fields
 * kept: the check behind `npm run check:entries` (every entry) and the bundled-entries test (a
 * sample). An entry that drifted means a parser changed without the corpus being re-ingested, or
 * a hand edit that was not recorded as curated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readConcepts, readLegalInstruments, readStoredEntries, type StoredEntry } from './content-store.ts';
import { buildLegalIndex } from './detect-legal.ts';
import type { WriteAction } from './plan-write.ts';
import { prepareEntry } from './prepare-entry.ts';
import { buildConceptMatcher } from './tag-concepts.ts';
import type { TaggingIndexes } from './tag-document.ts';

/** What re-ingesting needs from a content folder: the taggers' indexes and the entries on disk. */
export interface IngestContext {
  contentDir: string;
  indexes: TaggingIndexes;
  stored: StoredEntry[];
}

/** The taggers' indexes, built from the concepts and legal instruments of a content folder. */
export function readTaggingIndexes(contentDir: string): TaggingIndexes {
  return {
    concepts: buildConceptMatcher(readConcepts(contentDir)),
    legal: buildLegalIndex(readLegalInstruments(contentDir)),
  };
}

/** Reads a content folder once for any number of {@link recheckEntry} calls. */
export function readIngestContext(contentDir: string): IngestContext {
  return { contentDir, indexes: readTaggingIndexes(contentDir), stored: readStoredEntries(contentDir) };
}

export interface EntryRecheck {
  /** The entry checked, relative to the content folder. */
  path: string;
  /** Where the ingest would write the entry of the same raw file. */
  regeneratedPath: string;
  /** What re-ingesting the raw file would do to the entry. */
  action: WriteAction;
  /** Unified diff from the entry on disk to the regenerated one; empty when they are the same. */
  diff: string;
  /** True when the entry is exactly what the ingest makes of its raw file. */
  upToDate: boolean;
}

/** Re-ingests the raw file of `entry` without writing and says whether the entry would change. */
export async function recheckEntry(entry: StoredEntry, context: IngestContext): Promise<EntryRecheck> {
  const file = (entry.frontmatter.source as { file: string }).file;
  const bytes = readFileSync(join(context.contentDir, file));
  const prepared = await prepareEntry({ fileName: file, bytes }, context.indexes, context.stored, { force: false });
  const { action, diff = '' } = prepared.plan;
  return {
    path: entry.path,
    regeneratedPath: prepared.path,
    action,
    diff,
    upToDate: prepared.path === entry.path && action === 'unchanged',
  };
}
