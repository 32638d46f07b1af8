/**
 * Runs the ingest on one corpus document exactly as `npm run ingest` prepares an entry, but
 * against no stored entries and without writing anything, and records what came of it.
 */
import { parseEntryFile } from '../ingest/entry-file.ts';
import { prepareEntry } from '../ingest/prepare-entry.ts';
import type { TaggingIndexes } from '../ingest/tag-document.ts';
import { IngestError } from '../ingest/types.ts';
import type { IngestOutcome } from './score-document.ts';

/**
 * The entry the ingest makes of `bytes` (read back from the text it would write, so the figures
 * measure the file a person would get), or its refusal (an `IngestError`), or its crash.
 */
export async function ingestDocument(
  fileName: string,
  bytes: Uint8Array,
  indexes: TaggingIndexes,
): Promise<IngestOutcome> {
  try {
    // Measured is what the text gives: an instrument Lintas already holds would take its curated fields instead.
    const prepared = await prepareEntry({ fileName, bytes }, { ...indexes, legalRecords: [] }, [], { force: false });
    const { frontmatter, body } = parseEntryFile(prepared.text, prepared.path);
    return { status: 'ingested', parser: prepared.detection.kind, entry: { frontmatter, body } };
  } catch (error) {
    // The report names the document already; the file name the message opens with is left out.
    if (error instanceof IngestError) return { status: 'refused', message: error.message.replace(`${error.file}: `, '') };
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    return { status: 'crashed', message };
  }
}
