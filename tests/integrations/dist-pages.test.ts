import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toString } from 'hast-util-to-string';
import { metaPolicy } from '../../src/integrations/csp-headers.ts';
import { distUrlPath, listDistPages, parseHtmlHead, parseHtmlPage } from '../../src/integrations/dist-pages.ts';

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

describe('parseHtmlHead', () => {
  const head = '<head><meta charset="utf-8"><meta http-equiv="content-security-policy" content="default-src \'none\'"><title>T</title></head>';

  it('reads the policy and title the whole page gives, and leaves the body out', () => {
    const page = `<!doctype html><html lang="id">${head}<body><main><p>${'teks '.repeat(1000)}</p></main></body></html>`;
    const tree = parseHtmlHead(page);
    expect(metaPolicy(tree)).toBe("default-src 'none'");
    expect(metaPolicy(tree)).toBe(metaPolicy(parseHtmlPage(page)));
    expect(toString(tree)).toBe('T');
  });

  it('finds the end of the head whatever its case, and parses a page without one whole', () => {
    expect(toString(parseHtmlHead(`<HTML>${head.replace('</head>', '</HEAD >')}<body>isi</body>`))).toBe('T');
    expect(toString(parseHtmlHead('<title>T</title><p>isi</p>'))).toBe('Tisi');
  });
});
