/**
 * The ingest of one raw document without I/O beyond reading the bundled thesaurus and legal
 * entries once: `prepareEntry` against an empty store.
 */
import { fileURLToPath } from 'node:url';
import { readConcepts, readLegalInstruments } from '../../src/lib/ingest/content-store.ts';
import { buildLegalIndex } from '../../src/lib/ingest/detect-legal.ts';
import { prepareEntry, type PreparedEntry } from '../../src/lib/ingest/prepare-entry.ts';
import { buildConceptMatcher } from '../../src/lib/ingest/tag-concepts.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const indexes = {
  concepts: buildConceptMatcher(readConcepts(contentDir)),
  legal: buildLegalIndex(readLegalInstruments(contentDir)),
};

/** What the ingest makes of `text` saved as `fileName`, as a first ingest; throws what the ingest throws. */
export function ingestText(fileName: string, text: string): Promise<PreparedEntry> {
  return prepareEntry({ fileName, bytes: new TextEncoder().encode(text) }, indexes, [], { force: false });
}
