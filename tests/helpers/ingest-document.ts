/**
 * The ingest of one raw document without I/O beyond reading the bundled thesaurus, legal
 * entries and entities once: `prepareEntry` against an empty store.
 */
import { fileURLToPath } from 'node:url';
import { prepareEntry, type PreparedEntry } from '../../src/lib/ingest/prepare-entry.ts';
import { readTaggingIndexes } from '../../src/lib/ingest/tagging-indexes.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const indexes = readTaggingIndexes(contentDir);

/** What the ingest makes of `text` saved as `fileName`, as a first ingest; throws what the ingest throws. */
export function ingestText(fileName: string, text: string): Promise<PreparedEntry> {
  return prepareEntry({ fileName, bytes: new TextEncoder().encode(text) }, indexes, [], { force: false });
}
