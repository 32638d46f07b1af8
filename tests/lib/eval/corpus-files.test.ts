import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readCorpus } from '../../../src/lib/eval/corpus-files.ts';

let dir: string;

function put(path: string, text: string): void {
  mkdirSync(join(dir, path, '..'), { recursive: true });
  writeFileSync(join(dir, path), text);
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-eval-corpus-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('readCorpus', () => {
  it('reads each document with its split, kind, slug, bytes and expected mapping', () => {
    put('dev/news/b-news.txt', 'JAKARTA - Berita.');
    put('dev/news/b-news.expected.yaml', "source_url: https://x\nexpected:\n  headline: null\n  place: JAKARTA\n");
    put('held-out/thesis/a-thesis.txt', 'ABSTRAK');
    put('held-out/thesis/a-thesis.expected.yaml', "expected:\n  year: '2021'\n");
    const corpus = readCorpus(dir);
    expect(corpus.map(({ split, kind, slug, fileName }) => [split, kind, slug, fileName])).toEqual([
      ['dev', 'news', 'b-news', 'b-news.txt'],
      ['held-out', 'thesis', 'a-thesis', 'a-thesis.txt'],
    ]);
    expect(corpus[0]?.expected).toEqual({ headline: null, place: 'JAKARTA' });
    expect(Buffer.from(corpus[1]?.bytes ?? []).toString('utf8')).toBe('ABSTRAK');
  });

  it('names the file when a document has no expected mapping', () => {
    put('dev/article/c.txt', 'text');
    put('dev/article/c.expected.yaml', 'source_url: https://x\n');
    expect(() => readCorpus(dir)).toThrow(/c\.expected\.yaml: no "expected:" mapping/);
  });
});
