/**
 * One ingest at a time per content folder. The lock is a file created exclusively (`wx`) in the
 * content folder, holding the owner's process id and host. A lock whose owner died (killed,
 * crashed, machine restarted) is taken over; a live owner's lock is waited for a while, then
 * reported.
 *
 * Not `proper-lockfile`: it tells a dead owner by a lock no longer refreshed on a timer, and the
 * ingest parses synchronously for seconds at a time, so its timer would not run and a live lock
 * would look stale; and a killed ingest's lock would block the next run for the stale interval.
 */
import {
  closeSync,
  fsyncSync,
  linkSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  statSync,
  writeSync,
} from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { sleepSync } from './sleep-sync.ts';

/** The lock's file name in the content folder. */
export const LOCK_FILE = '.ingest.lock';
/** How long an ingest waits for another one to finish before giving up. */
export const LOCK_WAIT_MS = 10_000;
const POLL_MS = 100;
// A lock file is written right after it is created; one still unreadable after this long was
// left by an owner that died in between.
const UNREADABLE_LOCK_GRACE_MS = 10_000;
const ASIDE_PREFIX = `${LOCK_FILE}.stale-`;

export interface LockOwner {
  pid: number;
  host: string;
  since: string;
}

/** The lock is held by a live ingest; the message says which and what to do. */
export class IngestLockHeldError extends Error {
  constructor(lockPath: string, owner: LockOwner | undefined) {
    const who = owner ? `process ${owner.pid} on ${owner.host}, since ${owner.since}` : 'a process that is starting';
    super(
      `Another ingest is writing to this content folder (${who}). Wait for it to finish and run again; ` +
        `if no ingest is running, delete ${lockPath}.`,
    );
    this.name = 'IngestLockHeldError';
  }
}

export interface IngestLock {
  /** Removes the lock if it is still this process's; safe to call twice. */
  release(): void;
  /** Who left the stale lock this one replaced, in words, if there was one. */
  tookOverFrom?: string;
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function parseOwner(text: string): LockOwner | undefined {
  try {
    const owner = JSON.parse(text) as Partial<LockOwner>;
    if (typeof owner.pid === 'number' && typeof owner.host === 'string' && typeof owner.since === 'string') {
      return owner as LockOwner;
    }
  } catch {
    // An unreadable lock is judged by its age below.
  }
  return undefined;
}

type Inspection =
  | { state: 'gone' }
  | { state: 'held'; owner?: LockOwner }
  | { state: 'stale'; owner?: LockOwner; text: string };

function inspect(path: string): Inspection {
  let text: string;
  let modified: number;
  try {
    text = readFileSync(path, 'utf8');
    modified = statSync(path).mtimeMs;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { state: 'gone' };
    throw error;
  }
  const owner = parseOwner(text);
  // A process on another host cannot be checked from here: its lock is taken as held. One naming
  // this very process was left by an earlier process of the same id (as in a restarted container).
  if (owner) {
    const live = owner.host !== hostname() || (owner.pid !== process.pid && isAlive(owner.pid));
    return live ? { state: 'held', owner } : { state: 'stale', owner, text };
  }
  return Date.now() - modified > UNREADABLE_LOCK_GRACE_MS ? { state: 'stale', text } : { state: 'held' };
}

function tryCreate(path: string, text: string): boolean {
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false;
    throw error;
  }
  try {
    writeSync(fd, text);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  return true;
}

/**
 * Removes a stale lock. Two processes may judge the same lock stale at once: the lock is moved
 * aside (atomic) and checked to be the one judged; a fresh lock moved by mistake is put back.
 */
function removeStaleLock(path: string, staleText: string): void {
  const aside = `${ASIDE_PREFIX}${process.pid}`;
  try {
    renameSync(path, aside);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  if (readFileSync(aside, 'utf8') !== staleText) {
    try {
      linkSync(aside, path);
    } catch {
      // Yet another process holds the lock now; the one moved aside has lost it either way.
    }
  }
  rmSync(aside, { force: true });
}

/** Locks moved aside by takers that died before removing them. */
function removeAbandonedAsides(contentDir: string): void {
  for (const name of readdirSync(contentDir)) {
    const pid = name.startsWith(ASIDE_PREFIX) ? Number(name.slice(ASIDE_PREFIX.length)) : NaN;
    if (Number.isInteger(pid) && !isAlive(pid)) rmSync(join(contentDir, name), { force: true });
  }
}

/**
 * Takes the ingest lock of `contentDir`, waiting up to `waitMs` for a live owner to let go (and
 * calling `onWait` once, when it starts waiting), and taking over the lock of a dead one. Throws
 * an {@link IngestLockHeldError} when it stays held.
 */
export function acquireIngestLock(contentDir: string, waitMs = LOCK_WAIT_MS, onWait?: () => void): IngestLock {
  const path = join(contentDir, LOCK_FILE);
  const text = `${JSON.stringify({ pid: process.pid, host: hostname(), since: new Date().toISOString() })}\n`;
  const deadline = Date.now() + waitMs;
  let tookOverFrom: string | undefined;
  let waiting = false;
  for (;;) {
    if (tryCreate(path, text)) break;
    const found = inspect(path);
    if (found.state === 'stale') {
      removeStaleLock(path, found.text);
      tookOverFrom = found.owner ? `process ${found.owner.pid}, since ${found.owner.since}` : 'an owner that left it unreadable';
    } else if (found.state === 'held') {
      if (Date.now() >= deadline) throw new IngestLockHeldError(path, found.owner);
      if (!waiting) onWait?.();
      waiting = true;
      sleepSync(POLL_MS);
    }
  }
  removeAbandonedAsides(contentDir);
  const release = () => {
    try {
      if (readFileSync(path, 'utf8') === text) rmSync(path);
    } catch {
      // Already gone.
    }
  };
  return { release, ...(tookOverFrom ? { tookOverFrom } : {}) };
}
