/**
 * A batch of raw documents prepared together: every file read, parsed and planned before
 * anything is written, every problem collected with the name of the file it belongs to, and the
 * changes the batch would make listed for `staged-batch` to apply all or nothing.
 */
import { basename } from 'node:path';
import type { BatchChange } from './staged-batch.ts';
import { sha256 } from './entry-file.ts';
import type { PreparedEntry, RawDocument, ReservedPaths } from './prepare-entry.ts';
import { IngestError } from './types.ts';

/** The file-system reads and the per-document work the batch needs, handed in by the CLI. */
export interface BatchSteps {
  /** A raw document's bytes; throws an `IngestError` naming it when it cannot be read. */
  readDocument(file: string): Uint8Array;
  /** The bytes kept at a path relative to the content folder, if any. */
  readKept(path: string): Uint8Array | undefined;
  /** Prepares one document; `reserved` holds the entry paths earlier files of the batch claimed. */
  prepare(raw: RawDocument, reserved: ReservedPaths): Promise<PreparedEntry>;
  /** A content path as the person running the command would type it. */
  shown(path: string): string;
}

export interface BatchItem {
  file: string;
  bytes: Uint8Array;
  entry: PreparedEntry;
  /** `kept`: the same bytes are already stored at `entry.sourcePath`; `replaced`: other bytes were. */
  source: 'new' | 'kept' | 'replaced';
}

export interface PreparedBatch {
  items: BatchItem[];
  /** One message per problem, each naming its file; any problem means nothing is written. */
  problems: string[];
}

/**
 * The message for a file the ingest could not handle: an {@link IngestError} says what is wrong
 * with the file; anything else is a fault of the ingest, reported with the file that caused it.
 */
export function describeFailure(file: string, error: unknown): string {
  if (error instanceof IngestError) {
    // The parsers know a document by its name alone; in a batch over folders the path tells two apart.
    const byName = error.file !== file && error.file === basename(file) && error.message.startsWith(`${error.file}: `);
    return byName ? `${file}${error.message.slice(error.file.length)}` : error.message;
  }
  const what = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
  return `${file}: internal error of the ingest on this file (${what}); please report it with the file`;
}

const sameBytes = (a: Uint8Array, b: Uint8Array) => Buffer.from(a).equals(b);

/** Reads and prepares every file; `force` allows replacing hand edits and kept sources. */
export async function prepareBatch(files: string[], steps: BatchSteps, force: boolean): Promise<PreparedBatch> {
  const items: BatchItem[] = [];
  const problems: string[] = [];
  // Which file of this batch claimed each entry and source path, so two never write one.
  const claimedBy = new Map<string, string>();
  const claim = (path: string, file: string) => {
    const other = claimedBy.get(path);
    if (other) problems.push(`${file}: would write ${steps.shown(path)}, as ${other} in this batch does; ingest one of them`);
    else claimedBy.set(path, file);
  };
  // Which file of this batch holds each document, by digest: copies would otherwise get two ids.
  const documentIn = new Map<string, string>();

  for (const file of files) {
    try {
      const bytes = steps.readDocument(file);
      const digest = sha256(bytes);
      const copied = documentIn.get(digest);
      if (copied) {
        problems.push(`${file}: the same document as ${copied} in this batch; ingest one of them`);
        continue;
      }
      documentIn.set(digest, file);
      const entry = await steps.prepare({ fileName: file, bytes }, claimedBy);
      const kept = steps.readKept(entry.sourcePath);
      const source = kept === undefined ? 'new' : sameBytes(kept, bytes) ? 'kept' : 'replaced';
      if (source === 'replaced' && !force) {
        problems.push(
          `${file}: ${steps.shown(entry.sourcePath)} already holds a different document of that name; ` +
            'rename the new file, or pass --force to replace the kept one',
        );
      }
      if (entry.plan.action === 'conflict') {
        problems.push(
          `${file}: ${steps.shown(entry.path)} was edited by hand; not overwriting it without --force.\n` +
            `Differences (on disk → from the ingest):\n${entry.plan.diff ?? ''}`,
        );
      }
      claim(entry.path, file);
      claim(entry.sourcePath, file);
      items.push({ file, bytes, entry, source });
    } catch (error) {
      problems.push(describeFailure(file, error));
    }
  }
  return { items, problems };
}

/**
 * What writing the batch changes: raw files first, then entries, then what they replace. A new
 * file is created exclusively, so one that appeared meanwhile is never overwritten.
 */
export function batchChanges(items: BatchItem[]): BatchChange[] {
  const sources = items.flatMap(({ bytes, entry, source }): BatchChange[] =>
    source === 'kept' ? [] : [{ kind: source === 'new' ? 'create' : 'replace', path: entry.sourcePath, data: bytes }],
  );
  const entries = items.flatMap(({ entry }): BatchChange[] => {
    const { action } = entry.plan;
    if (action === 'unchanged' || action === 'conflict') return [];
    return [{ kind: action === 'create' ? 'create' : 'replace', path: entry.path, data: entry.text }];
  });
  const removals = items.flatMap(({ entry }): BatchChange[] => [
    ...(entry.replaces ? [{ kind: 'remove' as const, path: entry.replaces }] : []),
    // The same bytes moved to a new name (only with force): the old raw file goes with it.
    ...(entry.sameBytesAs && entry.sameBytesAs !== entry.sourcePath ? [{ kind: 'remove' as const, path: entry.sameBytesAs }] : []),
  ]);
  return [...sources, ...entries, ...removals];
}
