/**
 * `npm run ingest -- [--force] [--dry-run] [--kind thesis|article|news] [--content DIR] <files...>`:
 * turns raw documents into content entries (in `content/` unless `--content` names another folder
 * of the same layout). `--kind` reads every file as that kind, whatever the detection says.
 *
 * Every file is prepared before anything is written; if any of them cannot be ingested, or
 * would overwrite an entry edited by hand (without --force), nothing at all is written.
 */
import { readFileSync, rmSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import {
  readConcepts,
  readIfExists,
  readLegalInstruments,
  readStoredEntries,
  writeFileAtomic,
} from '../src/lib/ingest/content-store.ts';
import { buildLegalIndex } from '../src/lib/ingest/detect-legal.ts';
import { sha256 } from '../src/lib/ingest/entry-file.ts';
import { prepareEntry, type PreparedEntry } from '../src/lib/ingest/prepare-entry.ts';
import { buildConceptMatcher } from '../src/lib/ingest/tag-concepts.ts';
import { READABLE_KINDS, type ReadableKind } from '../src/lib/ingest/types.ts';

const USAGE =
  'usage: npm run ingest -- [--force] [--dry-run] [--kind thesis|article|news] [--content DIR] <file.txt> [more files...]';

function fail(message: string): never {
  console.error(message);
  process.exit(1);
}

const OPTIONS = {
  force: { type: 'boolean' },
  'dry-run': { type: 'boolean' },
  content: { type: 'string' },
  kind: { type: 'string' },
} as const;

function readArguments() {
  try {
    return parseArgs({ options: OPTIONS, allowPositionals: true });
  } catch (error) {
    return fail(`${(error as Error).message}\n${USAGE}`);
  }
}

const args = readArguments();
const files = args.positionals;
const force = args.values.force ?? false;
const dryRun = args.values['dry-run'] ?? false;
const contentDir = resolve(args.values.content ?? fileURLToPath(new URL('../content', import.meta.url)));
if (files.length === 0) fail(USAGE);
const kind = args.values.kind;
if (kind !== undefined && !(READABLE_KINDS as readonly string[]).includes(kind)) {
  fail(`--kind ${kind}: expected one of ${READABLE_KINDS.join(', ')}\n${USAGE}`);
}

/** A content path as the person running the command would type it. */
const shown = (path: string) => relative(process.cwd(), join(contentDir, path));

/** The curated data the taggers need and the entries already written; a broken file stops the run. */
function readContent() {
  try {
    return {
      indexes: {
        concepts: buildConceptMatcher(readConcepts(contentDir)),
        legal: buildLegalIndex(readLegalInstruments(contentDir)),
      },
      stored: readStoredEntries(contentDir),
    };
  } catch (error) {
    return fail(`${(error as Error).message}\n\nNothing was written.`);
  }
}

const { indexes, stored } = readContent();

const prepared: Array<{ file: string; bytes: Buffer; entry: PreparedEntry; sourceKept: boolean }> = [];
const problems: string[] = [];
/** Which file of this batch claimed each entry and source path, so two never write one. */
const claimedBy = new Map<string, string>();
function claim(path: string, file: string): void {
  const other = claimedBy.get(path);
  if (other) problems.push(`${file}: would write ${shown(path)}, as ${other} in this batch does; ingest one of them`);
  else claimedBy.set(path, file);
}
/** Which file of this batch holds each document (by digest): ids now differ, so copies are caught here. */
const documentIn = new Map<string, string>();

for (const file of files) {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (error) {
    problems.push(`${file}: cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
    continue;
  }
  const digest = sha256(bytes);
  const copied = documentIn.get(digest);
  if (copied) {
    problems.push(`${file}: the same document as ${copied} in this batch; ingest one of them`);
    continue;
  }
  documentIn.set(digest, file);
  try {
    const entry = prepareEntry({ fileName: file, bytes }, indexes, stored, {
      force,
      ...(kind ? { kind: kind as ReadableKind } : {}),
      reserved: claimedBy,
    });
    const keptSource = readIfExists(join(contentDir, entry.sourcePath));
    if (keptSource && !keptSource.equals(bytes) && !force) {
      problems.push(
        `${file}: ${shown(entry.sourcePath)} already holds a different document of that name; ` +
          'rename the new file, or pass --force to replace the kept one',
      );
    }
    if (entry.plan.action === 'conflict') {
      problems.push(
        `${file}: ${shown(entry.path)} was edited by hand; not overwriting it without --force.\n` +
          `Differences (on disk → from the ingest):\n${entry.plan.diff ?? ''}`,
      );
    }
    claim(entry.path, file);
    claim(entry.sourcePath, file);
    prepared.push({ file, bytes, entry, sourceKept: keptSource?.equals(bytes) ?? false });
  } catch (error) {
    problems.push((error as Error).message);
  }
}

for (const { file, entry } of prepared) {
  console.log(`${file}: ${entry.detection.kind} (${entry.detection.reasons.join('; ')})`);
}
if (problems.length > 0) {
  fail(`\n${problems.join('\n\n')}\n\nNothing was written.`);
}

for (const { file, bytes, entry, sourceKept } of prepared) {
  const { action, diff } = entry.plan;
  if (!dryRun) {
    if (!sourceKept) writeFileAtomic(join(contentDir, entry.sourcePath), bytes);
    if (action !== 'unchanged') writeFileAtomic(join(contentDir, entry.path), entry.text);
    if (entry.replaces) rmSync(join(contentDir, entry.replaces));
  }
  console.log(`${dryRun ? '[dry run] ' : ''}${action}: ${shown(entry.path)} (from ${file})`);
  if (entry.replaces) console.log(`${dryRun ? '[dry run] ' : ''}removed: ${shown(entry.replaces)} (the same document, read before as another kind)`);
  if (diff && action !== 'create') console.log(diff);
  if (dryRun && action === 'create') console.log(entry.text);
  for (const flag of entry.review) console.log(`  review ${flag.field}: ${flag.reason}`);
}
