import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { distUrlPath, listDistPages } from '../../src/integrations/dist-pages.ts';

describe('distUrlPath', () => {
  it.each([
    ['index.html', '/'],
    ['studies/index.html', '/studies/'],
    [join('en', 'studies', 'a', 'index.html'), '/en/studies/a/'],
    ['404.html', '/404.html'],
  ])('%s is served at %s', (file, path) => {
    expect(distUrlPath(file)).toBe(path);
  });
});

describe('listDistPages', () => {
  it('lists the HTML files only, sorted by URL path', () => {
    const dist = mkdtempSync(join(tmpdir(), 'lintas-dist-'));
    try {
      mkdirSync(join(dist, 'b'));
      mkdirSync(join(dist, 'a'));
      for (const file of ['index.html', 'b/index.html', 'a/index.html', 'a/x.css', '404.html']) {
        writeFileSync(join(dist, file), '');
      }
      expect(listDistPages(dist).map((page) => page.path)).toEqual(['/', '/404.html', '/a/', '/b/']);
    } finally {
      rmSync(dist, { recursive: true, force: true });
    }
  });
});
