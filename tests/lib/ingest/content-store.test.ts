import { mkdirSync, mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  MAX_DOCUMENT_BYTES,
  readConcepts,
  readRawDocument,
  readStoredEntries,
} from '../../../src/lib/ingest/content-store.ts';

let dir: string;

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
});

afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readRawDocument', () => {
  it('reads a document up to the size limit', () => {
    const path = join(dir, 'a.txt');
    writeFileSync(path, 'isi');
    expect(readRawDocument(path).toString()).toBe('isi');
    truncateSync(path, MAX_DOCUMENT_BYTES);
    expect(readRawDocument(path)).toHaveLength(MAX_DOCUMENT_BYTES);
  });

  it('refuses a larger file by its size, naming it and the limit', () => {
    const path = join(dir, 'big.txt');
    writeFileSync(path, '');
    truncateSync(path, MAX_DOCUMENT_BYTES + 1);
    expect(() => readRawDocument(path)).toThrow(/big\.txt: the file is 20\.0 MiB; the ingest takes documents of at most 20\.0 MiB/);
    truncateSync(path, 12 * MAX_DOCUMENT_BYTES);
    expect(() => readRawDocument(path)).toThrow(/big\.txt: the file is 240\.0 MiB/);
  });

  it('names a missing file or a folder', () => {
    expect(() => readRawDocument(join(dir, 'nope.txt'))).toThrow(/nope\.txt: cannot be read \(ENOENT\)/);
    expect(() => readRawDocument(dir)).toThrow(/: is not a file/);
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
