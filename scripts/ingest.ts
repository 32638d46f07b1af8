/**
 * `npm run ingest -- [--force] [--dry-run] [--kind thesis|article|news|legal] [--content DIR] <files or folders...>`:
 * turns raw documents into content entries (in `content/` unless `--content` names another folder
 * of the same layout). A folder stands for the documents directly inside it (see `batch-files`).
 * `--kind` reads every file as that kind, whatever the detection says. The run ends with a table
 * of what each file became (also in a dry run).
 *
 * One ingest at a time per content folder (a lock). Every file is prepared before anything is
 * written; if any of them cannot be ingested, or would overwrite an entry edited by hand
 * (without --force), nothing at all is written. The writes are staged and committed all or
 * nothing; a batch interrupted part-way is completed or discarded by the next run.
 *
 * For tests only: `LINTAS_INGEST_STEP_DELAY_MS` pauses before each file-system step of a batch
 * and announces it on stderr, so a test can kill the process in the middle of its writes.
 */
import { mkdirSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { fail, readArguments } from './cli.ts';
import { fileURLToPath } from 'node:url';
import {
  readIfExists,
  readRawDocument,
} from '../src/lib/ingest/content-store.ts';
import { acquireIngestLock, IngestLockHeldError, LOCK_WAIT_MS } from '../src/lib/ingest/ingest-lock.ts';
import { DOCUMENT_EXTENSIONS, expandBatchArguments, type BatchFiles } from '../src/lib/ingest/batch-files.ts';
import { countFieldsRead, flaggedFields, formatSummaryTable } from '../src/lib/ingest/batch-summary.ts';
import { parseEntryFile } from '../src/lib/ingest/entry-file.ts';
import { openStoredEntries } from '../src/lib/ingest/stored-entries.ts';
import { batchChanges, prepareBatch, type BatchItem } from '../src/lib/ingest/prepare-batch.ts';
import { prepareEntry } from '../src/lib/ingest/prepare-entry.ts';
import { sleepSync } from '../src/lib/ingest/sleep-sync.ts';
import {
  commitBatch,
  hasInterruptedBatch,
  recoverInterruptedBatch,
  type BeforeStep,
} from '../src/lib/ingest/staged-batch.ts';
import { readTaggingIndexes } from '../src/lib/ingest/tagging-indexes.ts';
import { READABLE_KINDS, type ReadableKind } from '../src/lib/ingest/types.ts';
import { ENCODING_NAMES } from '../src/lib/source-text.ts';

const USAGE = [
  'usage: npm run ingest -- [--force] [--dry-run] [--kind thesis|article|news|legal] [--content DIR] <file or folder> [more...]',
  `  a file: .txt, .pdf or .html; a folder: every file in it ending ${DOCUMENT_EXTENSIONS.join(', ')} (any case),`,
  '  in name order; hidden files and subfolders are not read',
].join('\n');

const OPTIONS = {
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  content: { type: 'string' },
  kind: { type: 'string' },
} as const;

const args = readArguments({ options: OPTIONS, allowPositionals: true }, USAGE);
const force = args.values.force ?? false;
const dryRun = args.values['dry-run'] ?? false;
const contentDir = resolve(args.values.content ?? fileURLToPath(new URL('../content', import.meta.url)));
if (args.positionals.length === 0) fail(USAGE);
const kind = args.values.kind;
if (kind !== undefined && !(READABLE_KINDS as readonly string[]).includes(kind)) {
  fail(`--kind ${kind}: expected one of ${READABLE_KINDS.join(', ')}\n${USAGE}`);
}

/** A content path as the person running the command would type it. */
const shown = (path: string) => relative(process.cwd(), join(contentDir, path));

const stepDelay = Number(process.env.LINTAS_INGEST_STEP_DELAY_MS);
const beforeStep: BeforeStep | undefined =
  stepDelay > 0
    ? (step) => {
        process.stderr.write(`[step] ${step}\n`);
        sleepSync(stepDelay);
      }
    : undefined;

/** Takes the folder's lock and finishes what an interrupted earlier run left, saying what it did. */
function lockAndRecover(): void {
  mkdirSync(contentDir, { recursive: true });
  try {
    const lock = acquireIngestLock(contentDir, LOCK_WAIT_MS, () =>
      console.log(`Another ingest is writing to this content folder; waiting up to ${LOCK_WAIT_MS / 1000} s for it to finish...`),
    );
    process.on('exit', lock.release);
    if (lock.tookOverFrom) console.log(`note: took over the ingest lock left by ${lock.tookOverFrom}, which is no longer running`);
  } catch (error) {
    if (error instanceof IngestLockHeldError) fail(`${error.message}\n\nNothing was written.`);
    throw error;
  }
  let recovery;
  try {
    recovery = recoverInterruptedBatch(contentDir, beforeStep);
  } catch (error) {
    return fail(`Finishing the batch an earlier run left failed: ${(error as Error).message}\n\nNothing else was written.`);
  }
  if (recovery.batch === 'completed') {
    console.log('note: an earlier batch was interrupted while writing; its remaining writes are now done (completed)');
  } else if (recovery.batch === 'discarded') {
    console.log('note: an earlier batch was interrupted before writing anything; its staged files were discarded (rolled back)');
  }
  for (const path of recovery.removedTemporaryFiles) console.log(`note: removed a stale temporary file, ${shown(path)}`);
}

/** The curated data the taggers need and the entries already written; a broken file stops the run. */
function readContent() {
  try {
    return {
      indexes: readTaggingIndexes(contentDir),
      stored: openStoredEntries(contentDir),
    };
  } catch (error) {
    return fail(`${(error as Error).message}\n\nNothing was written.`);
  }
}

/** What the ingest says about one item once it is written (or would be, in a dry run). */
function report({ file, entry }: BatchItem): void {
  const prefix = dryRun ? '[dry run] ' : '';
  const { action, diff } = entry.plan;
  console.log(`${prefix}${action}: ${shown(entry.path)} (from ${file})`);
  if (entry.sameBytesAs && entry.sameBytesAs === entry.sourcePath) {
    console.log(
      `  the same bytes are already kept as ${shown(entry.sourcePath)}; that source and its entry are kept ` +
        '(pass --force to move them to the new name)',
    );
  } else if (entry.sameBytesAs) {
    console.log(`${prefix}moved: ${shown(entry.sameBytesAs)} → ${shown(entry.sourcePath)} (the same bytes, under the new name)`);
  }
  if (entry.replaces) {
    const why = entry.replaces.endsWith('.yaml')
      ? 'the hand-written entry of the same instrument; its fields are kept as curated'
      : 'the same document, read before as another kind';
    console.log(`${prefix}removed: ${shown(entry.replaces)} (${why})`);
  }
  if (diff && action !== 'create') console.log(diff);
  if (dryRun && action === 'create') {
    // The printed entry holds its review notes already.
    console.log(entry.text);
  } else {
    for (const flag of entry.review) console.log(`  review ${flag.field}: ${flag.reason}`);
  }
}

/** The closing table: one row per file, what it became and what to check. */
function summary(items: BatchItem[]): string {
  return formatSummaryTable(
    items.map(({ file, entry }) => ({
      file,
      kind: entry.detection.kind,
      entry: shown(entry.path),
      fieldsRead: countFieldsRead(parseEntryFile(entry.text, entry.path).frontmatter),
      flagged: flaggedFields(entry.review),
    })),
  );
}

// A folder may hold many other files (notes, expected outputs); a few names say what was left.
const SKIPPED_SHOWN = 5;

/** The files named on the command line, each folder expanded to its documents. */
function batchFiles(): string[] {
  let expanded: BatchFiles;
  try {
    expanded = expandBatchArguments(args.positionals);
  } catch (error) {
    return fail(`${(error as Error).message}\n\nNothing was written.`);
  }
  for (const { folder, names } of expanded.skipped) {
    const more = names.length > SKIPPED_SHOWN ? `, and ${names.length - SKIPPED_SHOWN} more` : '';
    console.log(`${folder}: ${names.length} not read (not documents by their names): ${names.slice(0, SKIPPED_SHOWN).join(', ')}${more}`);
  }
  return expanded.files;
}

async function main(): Promise<void> {
  const files = batchFiles();
  if (dryRun) {
    if (hasInterruptedBatch(contentDir)) console.log('note: an earlier batch was interrupted; the next run without --dry-run finishes it');
  } else {
    lockAndRecover();
  }
  const { indexes, stored } = readContent();
  const { items, problems } = await prepareBatch(
    files,
    {
      readDocument: readRawDocument,
      readKept: (path) => readIfExists(join(contentDir, path)),
      prepare: (raw, reserved) =>
        prepareEntry(raw, indexes, stored, { force, reserved, ...(kind ? { kind: kind as ReadableKind } : {}) }),
      shown,
    },
    force,
  );

  for (const { file, entry } of items) {
    const format = entry.format === 'text' ? '' : `; read as ${entry.format === 'pdf' ? 'PDF' : 'a web page'}`;
    const decoded = !entry.encoding || entry.encoding === 'utf-8' ? '' : `; read as ${ENCODING_NAMES[entry.encoding]}`;
    const renamed = entry.sameBytesAs || entry.sourcePath === `sources/${basename(file)}` ? '' : `; kept as ${shown(entry.sourcePath)}`;
    console.log(`${file}: ${entry.detection.kind} (${entry.detection.reasons.join('; ')}${format}${decoded}${renamed})`);
  }
  if (problems.length > 0) fail(`\n${problems.join('\n\n')}\n\nNothing was written.`);

  if (!dryRun) {
    try {
      commitBatch(contentDir, batchChanges(items), beforeStep);
    } catch (error) {
      fail(`Writing the batch failed: ${(error as Error).message}\nWhat it had committed is finished by the next run of the ingest.`);
    }
  }
  items.forEach(report);
  console.log(`\n${dryRun ? '[dry run] nothing was written; the batch would make:\n' : ''}${summary(items)}`);
}

main().catch((error: unknown) => {
  // Whatever went wrong outside one file's preparation: said plainly, without a stack trace.
  fail(`The ingest stopped on an internal error (${(error as Error).name}: ${(error as Error).message}).`);
});
