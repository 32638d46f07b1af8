/**
 * Whether a stored entry is still exactly what the ingest makes of its raw file, curated fields
 * kept: the check behind `npm run check:entries` (every entry) and the bundled-entries test (a
 * sample). An entry that drifted means a parser changed without the corpus being re-ingested, or
 * a hand edit that was not recorded as curated.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readStoredEntries, type StoredEntry } from './content-store.ts';
import { storedEntriesOf, type StoredEntries } from './stored-entries.ts';
import type { WriteAction } from './plan-write.ts';
import { prepareEntry } from './prepare-entry.ts';
import type { TaggingIndexes } from './tag-document.ts';
import { readTaggingIndexes } from './tagging-indexes.ts';

/** What re-ingesting needs from a content folder: the taggers' indexes and the entries on disk. */
export interface IngestContext {
  contentDir: string;
  indexes: TaggingIndexes;
  stored: StoredEntry[];
  /** Lookups over `stored`. */
  lookup: StoredEntries;
}

/** Reads a content folder once for any number of {@link recheckEntry} calls. */
export function readIngestContext(contentDir: string): IngestContext {
  const stored = readStoredEntries(contentDir);
  return { contentDir, indexes: readTaggingIndexes(contentDir), stored, lookup: storedEntriesOf(stored) };
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
  const prepared = await prepareEntry({ fileName: file, bytes }, context.indexes, context.lookup, { force: false });
  const { action, diff = '' } = prepared.plan;
  return {
    path: entry.path,
    regeneratedPath: prepared.path,
    action,
    diff,
    upToDate: prepared.path === entry.path && action === 'unchanged',
  };
}
