import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { pagesDigest, PAGES_DIGEST_FILE, restoreKeptIndex, setIndexAside, writePagesDigest } from '../../../src/lib/search/kept-index.ts';

const pages = [
  { url: '/studies/a/', html: '<p>Bab satu</p>' },
  { url: '/en/studies/a/', html: '<p>Chapter one</p>' },
];
const settings = { pagefind: '1.6.0', excludeSelectors: ['[x]'] };

describe('pagesDigest', () => {
  it('does not depend on the order of the pages', () => {
    expect(pagesDigest([...pages].reverse(), settings)).toBe(pagesDigest(pages, settings));
  });

  it('changes with a page, its address, the list or the settings', () => {
    const digest = pagesDigest(pages, settings);
    expect(pagesDigest([pages[0]!, { ...pages[1]!, html: '<p>Chapter one.</p>' }], settings)).not.toBe(digest);
    expect(pagesDigest([pages[0]!, { ...pages[1]!, url: '/en/studies/b/' }], settings)).not.toBe(digest);
    expect(pagesDigest(pages.slice(1), settings)).not.toBe(digest);
    expect(pagesDigest(pages, { ...settings, pagefind: '1.7.0' })).not.toBe(digest);
  });

  it('keeps apart pages whose bytes would otherwise run together', () => {
    const one = [{ url: '/a/', html: '<p>x</p><p>y</p>' }];
    const two = [
      { url: '/a/', html: '<p>x</p>' },
      { url: '/b/', html: '<p>y</p>' },
    ];
    expect(pagesDigest(one, settings)).not.toBe(pagesDigest(two, settings));
  });
});

describe('setIndexAside and restoreKeptIndex', () => {
  let root: string;
  let indexDir: string;
  let keptDir: string;
  const writeIndex = (digest: string) => {
    mkdirSync(indexDir, { recursive: true });
    writeFileSync(join(indexDir, 'pagefind-entry.json'), '{"languages":{}}');
    writePagesDigest(indexDir, digest);
  };

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'lintas-kept-index-'));
    indexDir = join(root, 'dist', 'pagefind-full-text');
    keptDir = join(root, 'cache', 'kept');
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('puts an index made from the same pages back where it was', () => {
    writeIndex('same');
    setIndexAside(indexDir, keptDir);
    expect(existsSync(indexDir)).toBe(false);
    expect(restoreKeptIndex(keptDir, indexDir, 'same')).toBe(true);
    expect(readFileSync(join(indexDir, 'pagefind-entry.json'), 'utf8')).toBe('{"languages":{}}');
    expect(readFileSync(join(indexDir, PAGES_DIGEST_FILE), 'utf8').trim()).toBe('same');
    expect(existsSync(keptDir)).toBe(false);
  });

  it('drops an index made from other pages', () => {
    writeIndex('before');
    setIndexAside(indexDir, keptDir);
    expect(restoreKeptIndex(keptDir, indexDir, 'after')).toBe(false);
    expect(existsSync(indexDir)).toBe(false);
    expect(existsSync(keptDir)).toBe(false);
  });

  it('drops an index without a digest, and finds nothing when nothing was kept', () => {
    mkdirSync(indexDir, { recursive: true });
    setIndexAside(indexDir, keptDir);
    expect(restoreKeptIndex(keptDir, indexDir, 'any')).toBe(false);
    expect(existsSync(keptDir)).toBe(false);
    expect(restoreKeptIndex(keptDir, indexDir, 'any')).toBe(false);
  });

  it('replaces what an earlier build kept', () => {
    writeIndex('first');
    setIndexAside(indexDir, keptDir);
    writeIndex('second');
    setIndexAside(indexDir, keptDir);
    expect(restoreKeptIndex(keptDir, indexDir, 'first')).toBe(false);
  });
});
