import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readStoredEntries } from '../../../src/lib/ingest/content-store.ts';
import { defaultIndexFile, openStoredEntries, storedEntriesOf, type StoredEntries } from '../../../src/lib/ingest/stored-entries.ts';

let root: string;
let dir: string;
let index: string;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'lintas-stored-'));
  dir = join(root, 'content');
  index = join(root, 'cache', 'index.json');
  mkdirSync(join(dir, 'studies'), { recursive: true });
  mkdirSync(join(dir, 'news'));
});

afterEach(() => rmSync(root, { recursive: true, force: true }));

// Letters in it, as in a real digest: YAML reads a string of digits alone as a number.
const sha = (n: number) => n.toString(16).padStart(64, 'f');

function writeEntry(path: string, file: string, digest: string): void {
  writeFileSync(join(dir, path), `---\nheadline: H\nsource:\n  file: ${file}\n  sha256: ${digest}\n---\n\nIsi.\n`);
}

/** What a lookup answers for each source, by entry path: the same questions put to any two lookups. */
function answers(stored: StoredEntries, sources: readonly (readonly [string, string])[]): (string | undefined)[] {
  return sources.map(([file, digest]) => stored.findBySource(file, digest)?.path);
}

describe('storedEntriesOf', () => {
  it('finds an entry by the digest of its raw file first, then by the file name, and knows ids by collection', () => {
    writeEntry('news/a.md', 'sources/a.txt', sha(1));
    writeEntry('studies/b.md', 'sources/b.txt', sha(2));
    const stored = storedEntriesOf(readStoredEntries(dir));
    // Same bytes under another name: the entry made from those bytes.
    expect(stored.findBySource('sources/renamed.txt', sha(1))?.path).toBe('news/a.md');
    // A changed copy under the same name: the entry made from that name.
    expect(stored.findBySource('sources/b.txt', sha(9))?.path).toBe('studies/b.md');
    expect(stored.findBySource('sources/c.txt', sha(9))).toBeUndefined();
    expect(stored.findBySource('sources/a.txt', sha(1))?.frontmatter).toMatchObject({ headline: 'H' });
    expect(stored.hasId('news', 'a')).toBe(true);
    expect(stored.hasId('studies', 'a')).toBe(false);
  });
});

describe('defaultIndexFile', () => {
  it('keeps each content folder\'s index outside it, one file per folder', () => {
    expect(defaultIndexFile(dir).startsWith(dir)).toBe(false);
    expect(defaultIndexFile(dir)).toBe(defaultIndexFile(`${dir}/studies/..`));
    expect(defaultIndexFile(dir)).not.toBe(defaultIndexFile(join(root, 'other')));
  });
});

describe('openStoredEntries', () => {
  const sources = [1, 2, 3, 4].map((n) => [`sources/${n}.txt`, sha(n)] as const);

  it('writes an index and answers as reading every entry would', () => {
    writeEntry('news/one.md', 'sources/1.txt', sha(1));
    writeEntry('studies/two.md', 'sources/2.txt', sha(2));
    const opened = openStoredEntries(dir, index);
    expect(existsSync(index)).toBe(true);
    // Nothing but the entries is left in the content folder.
    expect(readdirSync(dir).sort()).toEqual(['news', 'studies']);
    expect(answers(opened, sources)).toEqual(['news/one.md', 'studies/two.md', undefined, undefined]);
    expect(answers(openStoredEntries(dir, index), sources)).toEqual(answers(storedEntriesOf(readStoredEntries(dir)), sources));
  });

  it('never loses an entry to a stale index: added, changed and removed entries are seen', () => {
    writeEntry('news/one.md', 'sources/1.txt', sha(1));
    writeEntry('news/two.md', 'sources/2.txt', sha(2));
    openStoredEntries(dir, index);
    writeEntry('studies/three.md', 'sources/3.txt', sha(3));
    // An edit changes the size here; a same-size edit changes the modification time.
    writeEntry('news/two.md', 'sources/2.txt', sha(4));
    utimesSync(join(dir, 'news/two.md'), new Date(), new Date(Date.now() + 5000));
    unlinkSync(join(dir, 'news/one.md'));
    const opened = openStoredEntries(dir, index);
    expect(answers(opened, sources)).toEqual(answers(storedEntriesOf(readStoredEntries(dir)), sources));
    expect(answers(opened, sources)).toEqual([undefined, 'news/two.md', 'studies/three.md', 'news/two.md']);
    expect(opened.hasId('news', 'one')).toBe(false);
    expect(opened.hasId('studies', 'three')).toBe(true);
    // The rewritten index lists exactly the entries on disk.
    expect(Object.keys(JSON.parse(readFileSync(index, 'utf8')).entries).sort()).toEqual(['news/two.md', 'studies/three.md']);
  });

  it('rebuilds an index that is not JSON, or not its shape, from the entries', () => {
    writeEntry('news/one.md', 'sources/1.txt', sha(1));
    mkdirSync(dirname(index));
    for (const broken of ['{', '{"version":2,"entries":{}}', '{"version":1,"entries":{"news/one.md":{"size":"x"}}}']) {
      writeFileSync(index, broken);
      expect(openStoredEntries(dir, index).findBySource('sources/x.txt', sha(1))?.path).toBe('news/one.md');
    }
  });

  it('reads from the index, not the entry, a file whose size and time are as recorded', () => {
    writeEntry('news/one.md', 'sources/1.txt', sha(1));
    const path = join(dir, 'news/one.md');
    // Whole seconds, so that setting the time again gives exactly the recorded one.
    utimesSync(path, 1000, 1000);
    openStoredEntries(dir, index);
    // Not an entry at all: parsing it would fail, so finding it by its source shows the index answered.
    writeFileSync(path, 'x'.repeat(statSync(path).size));
    utimesSync(path, 1000, 1000);
    const opened = openStoredEntries(dir, index);
    expect(opened.hasId('news', 'one')).toBe(true);
    expect(() => opened.findBySource('sources/1.txt', sha(1))).toThrow(/news\/one\.md/);
  });
});
