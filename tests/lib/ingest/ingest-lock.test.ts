import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { acquireIngestLock, IngestLockHeldError, LOCK_FILE } from '../../../src/lib/ingest/ingest-lock.ts';

let dir: string;
let lockPath: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-lock-'));
  lockPath = join(dir, LOCK_FILE);
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The id of a process that has exited, so no live process has it (barring reuse). */
function deadPid(): number {
  const child = spawnSync(process.execPath, ['-e', 'process.stdout.write(String(process.pid))'], { encoding: 'utf8' });
  return Number(child.stdout);
}

const ownerText = (pid: number, host = hostname()) => JSON.stringify({ pid, host, since: '2026-01-01T00:00:00.000Z' });

describe('acquireIngestLock', () => {
  it('creates the lock with its own process id and removes it on release', () => {
    const lock = acquireIngestLock(dir, 0);
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid, host: hostname() });
    expect(lock.tookOverFrom).toBeUndefined();
    lock.release();
    lock.release();
    expect(existsSync(lockPath)).toBe(false);
  });

  it('refuses while a live process holds the lock, naming it and the lock file', () => {
    writeFileSync(lockPath, ownerText(process.ppid));
    expect(() => acquireIngestLock(dir, 0)).toThrow(IngestLockHeldError);
    expect(() => acquireIngestLock(dir, 0)).toThrow(new RegExp(`process ${process.ppid} on .*delete ${lockPath}`));
    rmSync(lockPath);
    acquireIngestLock(dir, 0).release();
  });

  it('waits the given time for a live holder (here the parent process) before refusing', () => {
    writeFileSync(lockPath, ownerText(process.ppid));
    const started = Date.now();
    let told = 0;
    expect(() => acquireIngestLock(dir, 300, () => told++)).toThrow(IngestLockHeldError);
    expect(Date.now() - started).toBeGreaterThanOrEqual(300);
    expect(told).toBe(1);
  });

  it('takes over the lock of a dead process, and removes locks moved aside by dead takers', () => {
    const pid = deadPid();
    writeFileSync(lockPath, ownerText(pid));
    writeFileSync(join(dir, `${LOCK_FILE}.stale-${pid}`), ownerText(pid));
    const lock = acquireIngestLock(dir, 0);
    expect(lock.tookOverFrom).toContain(`process ${pid}`);
    expect(JSON.parse(readFileSync(lockPath, 'utf8'))).toMatchObject({ pid: process.pid });
    expect(readdirSync(dir)).toEqual([LOCK_FILE]);
    lock.release();
  });

  it('takes over a lock naming its own process id, left by an earlier process of that id', () => {
    writeFileSync(lockPath, ownerText(process.pid));
    const lock = acquireIngestLock(dir, 0);
    expect(lock.tookOverFrom).toContain(`process ${process.pid}`);
    lock.release();
  });

  it('leaves a lock from another host alone', () => {
    writeFileSync(lockPath, ownerText(deadPid(), `not-${hostname()}`));
    expect(() => acquireIngestLock(dir, 0)).toThrow(IngestLockHeldError);
  });

  it('treats an unreadable lock as being written, until it is old', () => {
    writeFileSync(lockPath, '');
    expect(() => acquireIngestLock(dir, 0)).toThrow(/a process that is starting/);
    const old = new Date(Date.now() - 60_000);
    utimesSync(lockPath, old, old);
    const lock = acquireIngestLock(dir, 0);
    expect(lock.tookOverFrom).toBe('an owner that left it unreadable');
    lock.release();
  });

  it('does not remove a lock another process took after this one', () => {
    const lock = acquireIngestLock(dir, 0);
    writeFileSync(lockPath, ownerText(process.pid + 1));
    lock.release();
    expect(existsSync(lockPath)).toBe(true);
  });
});
