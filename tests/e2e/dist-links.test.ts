import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { listDistPages } from '../../src/integrations/dist-pages.ts';
import { findBrokenLinks, siteOriginOf } from './dist-links.ts';
import { checkedDistPages, distDir } from './dist-sample.ts';

describe('the link check', () => {
  const fixture = mkdtempSync(join(tmpdir(), 'lintas-links-'));
  afterAll(() => rmSync(fixture, { recursive: true, force: true }));
  mkdirSync(join(fixture, 'a'));
  mkdirSync(join(fixture, 'assets'));
  writeFileSync(join(fixture, 'assets', 'x.css'), '');
  writeFileSync(
    join(fixture, 'index.html'),
    `<!doctype html><link rel="canonical" href="https://lintas.example/"><link rel="stylesheet" href="/assets/x.css">
     <a href="a/#here">ok</a><a href="#top" id="top">ok</a><a href="https://elsewhere.example/gone">external</a>
     <a href="mailto:x@example.org">mail</a><a href="https://lintas.example/a/">own address</a>
     <a href="/missing/">broken</a><a href="/a/#nowhere">broken fragment</a><a href="https://lintas.example/b/">broken</a>
     <img src="/assets/none.png" alt="">`,
  );
  writeFileSync(join(fixture, 'a', 'index.html'), '<!doctype html><h1 id="here">A</h1>');

  it('reports every missing file and fragment, and only those', () => {
    const origins = siteOriginOf(join(fixture, 'index.html'));
    expect(origins).toEqual(['https://lintas.example']);
    expect(findBrokenLinks(fixture, listDistPages(fixture), origins)).toEqual([
      '/ -> /missing/ (no such file)',
      '/ -> /a/#nowhere (no id "nowhere" there)',
      '/ -> https://lintas.example/b/ (no such file)',
      '/ -> /assets/none.png (no such file)',
    ]);
  });
});

describe('the links of the built site', () => {
  it('all resolve, fragments included', () => {
    const origins = siteOriginOf(join(distDir, 'index.html'));
    expect(origins.length).toBe(1);
    expect(findBrokenLinks(distDir, checkedDistPages(), origins)).toEqual([]);
  });
});
