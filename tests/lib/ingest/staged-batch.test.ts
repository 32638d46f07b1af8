import { existsSync, linkSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  commitBatch,
  hasInterruptedBatch,
  recoverInterruptedBatch,
  STAGING_DIR,
  type BatchChange,
} from '../../../src/lib/ingest/staged-batch.ts';

let dir: string;
const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const files = (folder: string) => readdirSync(join(dir, folder)).sort();

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-batch-'));
  mkdirSync(join(dir, 'sources'));
  writeFileSync(join(dir, 'sources', 'old.txt'), 'lama');
  mkdirSync(join(dir, 'studies'));
  writeFileSync(join(dir, 'studies', 'b.md'), 'b lama');
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

const CHANGES: BatchChange[] = [
  { kind: 'create', path: 'sources/a.txt', data: Buffer.from('mentah') },
  { kind: 'create', path: 'news/a.md', data: 'entri a' },
  { kind: 'replace', path: 'studies/b.md', data: 'b baru' },
  { kind: 'remove', path: 'sources/old.txt' },
];

function expectCommitted(): void {
  expect(read('sources/a.txt')).toBe('mentah');
  expect(read('news/a.md')).toBe('entri a');
  expect(read('studies/b.md')).toBe('b baru');
  expect(files('sources')).toEqual(['a.txt']);
  expect(existsSync(join(dir, STAGING_DIR))).toBe(false);
}

/** A hook that stops the batch (as a kill would) when it reaches `step`. */
const stopAt = (step: string) => (current: string) => {
  if (current === step) throw new Error('killed');
};

describe('commitBatch', () => {
  it('applies creations, replacements and removals, and leaves nothing staged', () => {
    const steps: string[] = [];
    commitBatch(dir, CHANGES, (step) => steps.push(step));
    expectCommitted();
    expect(steps).toEqual([
      'stage sources/a.txt',
      'stage news/a.md',
      'stage studies/b.md',
      'write the journal',
      'create sources/a.txt',
      'create news/a.md',
      'replace studies/b.md',
      'remove sources/old.txt',
      'remove the journal',
    ]);
  });

  it('touches nothing for an empty batch', () => {
    const steps: string[] = [];
    commitBatch(dir, [], (step) => steps.push(step));
    expect(steps).toEqual([]);
    expect(readdirSync(dir).sort()).toEqual(['sources', 'studies']);
  });

  it('never replaces a file that appeared where it creates one, and says so', () => {
    writeFileSync(join(dir, 'sources', 'a.txt'), 'punya orang lain');
    expect(() => commitBatch(dir, CHANGES)).toThrow(/sources\/a\.txt: a file appeared there .* run the ingest again/);
    expect(read('sources/a.txt')).toBe('punya orang lain');
  });

  it('cleans up and applies nothing when it fails before the journal', () => {
    expect(() => commitBatch(dir, CHANGES, stopAt('stage studies/b.md'))).toThrow('killed');
    expect(existsSync(join(dir, STAGING_DIR))).toBe(false);
    expect(existsSync(join(dir, 'news'))).toBe(false);
    expect(read('studies/b.md')).toBe('b lama');
  });

  it('refuses a path outside the content folder', () => {
    expect(() => commitBatch(dir, [{ kind: 'remove', path: '../x' }])).toThrow(/\.\.\/x: not a path inside/);
  });
});

describe('recoverInterruptedBatch', () => {
  it('does nothing when no batch was interrupted', () => {
    expect(recoverInterruptedBatch(dir)).toEqual({ batch: 'none', removedTemporaryFiles: [] });
  });

  it.each(['create news/a.md', 'replace studies/b.md', 'remove sources/old.txt', 'remove the journal'])(
    'completes a batch stopped after its journal (at "%s")',
    (step) => {
      expect(() => commitBatch(dir, CHANGES, stopAt(step))).toThrow('killed');
      expect(hasInterruptedBatch(dir)).toBe(true);
      expect(recoverInterruptedBatch(dir).batch).toBe('completed');
      expectCommitted();
      expect(hasInterruptedBatch(dir)).toBe(false);
    },
  );

  it('completes a creation stopped between linking the file and removing its staged copy', () => {
    expect(() => commitBatch(dir, CHANGES, stopAt('create news/a.md'))).toThrow('killed');
    mkdirSync(join(dir, 'news'));
    linkSync(join(dir, STAGING_DIR, '1'), join(dir, 'news', 'a.md'));
    expect(recoverInterruptedBatch(dir).batch).toBe('completed');
    expectCommitted();
  });

  it('discards staged files that never reached a journal', () => {
    mkdirSync(join(dir, STAGING_DIR));
    writeFileSync(join(dir, STAGING_DIR, '0'), 'setengah');
    expect(recoverInterruptedBatch(dir).batch).toBe('discarded');
    expect(existsSync(join(dir, STAGING_DIR))).toBe(false);
    expect(files('sources')).toEqual(['old.txt']);
  });

  it('removes temporary files left by earlier runs, and only those', () => {
    writeFileSync(join(dir, 'sources', '.a.txt.0a1b2c3d.tmp'), 'x');
    writeFileSync(join(dir, 'studies', '.b.md.ffffffff.tmp'), 'x');
    writeFileSync(join(dir, 'studies', '.keep'), 'x');
    expect(recoverInterruptedBatch(dir).removedTemporaryFiles.sort()).toEqual([
      'sources/.a.txt.0a1b2c3d.tmp',
      'studies/.b.md.ffffffff.tmp',
    ]);
    expect(files('studies')).toEqual(['.keep', 'b.md']);
  });

  it('names a journal it cannot use', () => {
    mkdirSync(join(dir, STAGING_DIR));
    writeFileSync(join(dir, STAGING_DIR, 'journal.json'), JSON.stringify([{ kind: 'remove', path: '/etc/x' }]));
    expect(() => recoverInterruptedBatch(dir)).toThrow(/\/etc\/x: not a path inside the content folder/);
    writeFileSync(join(dir, STAGING_DIR, 'journal.json'), '{');
    expect(() => recoverInterruptedBatch(dir)).toThrow(/journal\.json: the journal of an interrupted batch cannot be read/);
  });
});
