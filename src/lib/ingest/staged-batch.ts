/**
 * Writes a batch of changes to the content folder all or nothing, even when the process is
 * killed part-way. Every new file is first written to a staging folder and synced; then a
 * journal listing the changes is written and synced (the commit point); then the changes are
 * applied one by one, each rename synced with its folder. The next run finds what was left:
 * staged files without a journal are discarded (nothing had been applied), a journal is
 * completed (each of its steps can be applied twice without harm).
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';

/** The staging folder inside the content folder; hidden, so no collection or page reads it. */
export const STAGING_DIR = '.ingest-staging';
const JOURNAL = 'journal.json';

/**
 * One change of a batch, its path relative to the content folder. `create` never replaces a
 * file (one that appeared meanwhile stops the batch); `replace` does.
 */
export type BatchChange =
  | { kind: 'create' | 'replace'; path: string; data: string | Uint8Array }
  | { kind: 'remove'; path: string };

type JournalStep = { kind: 'create' | 'replace'; path: string; staged: string } | { kind: 'remove'; path: string };

/** Called before each file-system step, with what it is about to do (tests pause or kill there). */
export type BeforeStep = (step: string) => void;

/** What the next run did about an interrupted batch. */
export interface Recovery {
  batch: 'none' | 'completed' | 'discarded';
  /** Temporary files of earlier runs that were removed, relative to the content folder. */
  removedTemporaryFiles: string[];
}

/** Creates `path` with `data` and syncs it to disk before returning. */
function writeDurably(path: string, data: string | Uint8Array): void {
  const fd = openSync(path, 'wx');
  try {
    writeFileSync(fd, data);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Syncs a folder, so the renames and links in it survive a power cut. */
function syncFolder(dir: string): void {
  let fd: number | undefined;
  try {
    fd = openSync(dir, 'r');
    fsyncSync(fd);
  } catch (error) {
    // Some systems cannot sync a folder (Windows); the rename is still atomic there.
    if (!['EISDIR', 'EPERM', 'EINVAL', 'EBADF'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
  } finally {
    if (fd !== undefined) closeSync(fd);
  }
}

function assertInsideContent(path: string): void {
  const parts = path.split('/');
  if (path.startsWith('/') || parts.some((part) => part === '' || part === '.' || part === '..' || part === STAGING_DIR)) {
    throw new Error(`${path}: not a path inside the content folder`);
  }
}

/** Moves one staged file into place; does nothing when an earlier run already did. */
function applyWrite(contentDir: string, step: Extract<JournalStep, { staged: string }>): void {
  const staged = join(contentDir, STAGING_DIR, step.staged);
  if (!existsSync(staged)) return;
  const target = join(contentDir, step.path);
  mkdirSync(dirname(target), { recursive: true });
  if (step.kind === 'replace') {
    renameSync(staged, target);
  } else {
    try {
      linkSync(staged, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      // Linked before an interruption (same bytes), or someone else's file: never replaced.
      if (!readFileSync(target).equals(readFileSync(staged))) {
        throw new Error(
          `${step.path}: a file appeared there while the batch was being written; it is kept and the batch stopped. ` +
            'Move that file away and run the ingest again: it completes the batch.',
        );
      }
    }
    unlinkSync(staged);
  }
  syncFolder(dirname(target));
}

function applyJournal(contentDir: string, steps: JournalStep[], beforeStep?: BeforeStep): void {
  for (const step of steps) {
    beforeStep?.(`${step.kind} ${step.path}`);
    if (step.kind === 'remove') {
      const target = join(contentDir, step.path);
      rmSync(target, { force: true });
      syncFolder(dirname(target));
    } else {
      applyWrite(contentDir, step);
    }
  }
  beforeStep?.('remove the journal');
  const staging = join(contentDir, STAGING_DIR);
  rmSync(join(staging, JOURNAL));
  rmSync(staging, { recursive: true, force: true });
  syncFolder(contentDir);
}

/**
 * Applies `changes` to `contentDir` all or nothing (see the module comment). An interrupted
 * earlier batch must have been recovered first ({@link recoverInterruptedBatch}).
 */
export function commitBatch(contentDir: string, changes: BatchChange[], beforeStep?: BeforeStep): void {
  if (changes.length === 0) return;
  for (const change of changes) assertInsideContent(change.path);
  const staging = join(contentDir, STAGING_DIR);
  mkdirSync(staging);
  const steps: JournalStep[] = changes.map((change, i) =>
    change.kind === 'remove' ? change : { kind: change.kind, path: change.path, staged: `${i}` },
  );
  try {
    for (const [i, change] of changes.entries()) {
      if (change.kind === 'remove') continue;
      beforeStep?.(`stage ${change.path}`);
      writeDurably(join(staging, `${i}`), change.data);
    }
    beforeStep?.('write the journal');
    writeDurably(join(staging, `${JOURNAL}.tmp`), JSON.stringify(steps));
    renameSync(join(staging, `${JOURNAL}.tmp`), join(staging, JOURNAL));
    syncFolder(staging);
  } catch (error) {
    rmSync(staging, { recursive: true, force: true });
    throw error;
  }
  applyJournal(contentDir, steps, beforeStep);
}

function readJournal(path: string): JournalStep[] {
  let steps: unknown;
  try {
    steps = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new Error(`${path}: the journal of an interrupted batch cannot be read (${(error as Error).message})`);
  }
  const valid =
    Array.isArray(steps) &&
    steps.every(
      (step: Partial<Record<string, unknown>>) =>
        typeof step.path === 'string' &&
        (step.kind === 'remove' || ((step.kind === 'create' || step.kind === 'replace') && typeof step.staged === 'string')),
    );
  if (!valid) throw new Error(`${path}: the journal of an interrupted batch is not a list of steps`);
  for (const step of steps as JournalStep[]) assertInsideContent(step.path);
  return steps as JournalStep[];
}

// What `writeFileAtomic` of earlier versions left when killed: `.<name>.<8 hex>.tmp`.
const TEMPORARY_FILE = /^\..+\.[0-9a-f]{8}\.tmp$/;

function removeTemporaryFiles(contentDir: string): string[] {
  const folders = readdirSync(contentDir, { withFileTypes: true }).filter((d) => d.isDirectory() && d.name !== STAGING_DIR);
  const removed = folders.flatMap((folder) =>
    readdirSync(join(contentDir, folder.name))
      .filter((name) => TEMPORARY_FILE.test(name))
      .map((name) => `${folder.name}/${name}`),
  );
  for (const path of removed) rmSync(join(contentDir, path), { force: true });
  return removed;
}

/** True when a batch was interrupted and not yet recovered. */
export function hasInterruptedBatch(contentDir: string): boolean {
  return existsSync(join(contentDir, STAGING_DIR));
}

/**
 * Finishes what an interrupted batch left: completes it when its journal was written, discards
 * its staged files when not, and removes stale temporary files. Call it holding the ingest lock.
 */
export function recoverInterruptedBatch(contentDir: string, beforeStep?: BeforeStep): Recovery {
  const staging = join(contentDir, STAGING_DIR);
  let batch: Recovery['batch'] = 'none';
  if (existsSync(join(staging, JOURNAL))) {
    applyJournal(contentDir, readJournal(join(staging, JOURNAL)), beforeStep);
    batch = 'completed';
  } else if (existsSync(staging)) {
    rmSync(staging, { recursive: true, force: true });
    syncFolder(contentDir);
    batch = 'discarded';
  }
  return { batch, removedTemporaryFiles: removeTemporaryFiles(contentDir) };
}
