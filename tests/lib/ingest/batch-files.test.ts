import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { expandBatchArguments } from '../../../src/lib/ingest/batch-files.ts';
import { IngestError } from '../../../src/lib/ingest/types.ts';

let dir: string;
const touch = (...names: string[]) => {
  for (const name of names) writeFileSync(join(dir, name), 'x');
};

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-batch-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('expandBatchArguments', () => {
  it('takes the documents at the top of a folder in name order, and reports what it left out', () => {
    const folder = join(dir, 'in');
    mkdirSync(join(folder, 'nested'), { recursive: true });
    for (const name of ['b.PDF', 'a.txt', 'c.htm', 'd.html', '.hidden.txt', 'notes.docx', 'a.expected.yaml', 'nested/e.txt']) {
      writeFileSync(join(folder, name), 'x');
    }
    const { files, skipped } = expandBatchArguments([folder]);
    expect(files).toEqual(['a.txt', 'b.PDF', 'c.htm', 'd.html'].map((name) => join(folder, name)));
    expect(skipped).toEqual([{ folder, names: ['.hidden.txt', 'a.expected.yaml', 'nested/', 'notes.docx'] }]);
  });

  it('keeps files as given, in the order given, around a folder', () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    writeFileSync(join(folder, 'm.txt'), 'x');
    touch('z.txt', 'a.odd');
    const missing = join(dir, 'missing.txt');
    const { files, skipped } = expandBatchArguments([join(dir, 'z.txt'), folder, missing, join(dir, 'a.odd')]);
    expect(files).toEqual([join(dir, 'z.txt'), join(folder, 'm.txt'), missing, join(dir, 'a.odd')]);
    expect(skipped).toEqual([]);
  });

  it('follows a link to a document', () => {
    const folder = join(dir, 'in');
    mkdirSync(folder);
    touch('kept.txt');
    symlinkSync(join(dir, 'kept.txt'), join(folder, 'link.txt'));
    expect(expandBatchArguments([folder]).files).toEqual([join(folder, 'link.txt')]);
  });

  it('refuses a folder with no documents, naming it', () => {
    const folder = join(dir, 'empty');
    mkdirSync(join(folder, 'sub'), { recursive: true });
    writeFileSync(join(folder, 'sub', 'a.txt'), 'x');
    writeFileSync(join(folder, 'readme.md'), 'x');
    expect(() => expandBatchArguments([folder])).toThrow(IngestError);
    expect(() => expandBatchArguments([folder])).toThrow(`${folder}: a folder with no documents in it`);
  });
});
