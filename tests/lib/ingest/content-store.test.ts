import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readConcepts, readStoredEntries, writeFileAtomic } from '../../../src/lib/ingest/content-store.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('writeFileAtomic', () => {
  it('writes the file, creating its folder, and leaves no temporary file behind', () => {
    const path = join(dir, 'news', 'a.md');
    writeFileAtomic(path, 'satu');
    writeFileAtomic(path, 'dua');
    expect(readFileSync(path, 'utf8')).toBe('dua');
    expect(readdirSync(join(dir, 'news'))).toEqual(['a.md']);
  });

  it('leaves the old file whole and no temporary file when writing fails', () => {
    const path = join(dir, 'a.md');
    writeFileAtomic(path, 'lama');
    mkdirSync(join(dir, 'b.md'));
    // Renaming a file over a folder fails after the temporary file was written.
    expect(() => writeFileAtomic(join(dir, 'b.md'), 'baru')).toThrow();
    expect(readFileSync(path, 'utf8')).toBe('lama');
    expect(readdirSync(dir).sort()).toEqual(['a.md', 'b.md']);
  });
});

describe('reading content', () => {
  it('reads a data collection by file name, and names a file that is not YAML or not valid', () => {
    const concept = (id: string) =>
      `prefLabel: { id: ${id}, en: ${id} }\ndefinition: { id: d, en: d }\naltLabels: { id: [], en: [] }\n`;
    mkdirSync(join(dir, 'concepts'));
    writeFileSync(join(dir, 'concepts', 'b.yaml'), concept('b'));
    writeFileSync(join(dir, 'concepts', 'a.yaml'), concept('a'));
    expect(readConcepts(dir).map((c) => c.id)).toEqual(['a', 'b']);
    writeFileSync(join(dir, 'concepts', 'c.yaml'), 'prefLabel: [\n');
    expect(() => readConcepts(dir)).toThrow(/concepts\/c\.yaml: not valid YAML/);
    writeFileSync(join(dir, 'concepts', 'c.yaml'), 'prefLabel: { id: c }\n');
    expect(() => readConcepts(dir)).toThrow(/concepts\/c\.yaml: not a valid concepts entry:\n {2}prefLabel\.en: .*\n {2}altLabels: .*\n {2}definition: /);
  });

  it('reads stored entries with their frontmatter, and none when the folders are missing', () => {
    expect(readStoredEntries(dir)).toEqual([]);
    mkdirSync(join(dir, 'news'));
    writeFileSync(join(dir, 'news', 'x.md'), '---\nheadline: H\n---\n\nIsi.\n');
    const [entry] = readStoredEntries(dir);
    expect(entry).toMatchObject({ collection: 'news', id: 'x', path: 'news/x.md', frontmatter: { headline: 'H' } });
  });
});
