import { describe, expect, it } from 'vitest';
import { byPath, type DistPage } from '../../src/integrations/dist-pages.ts';
import { onePerRouteKind, routeKind, sampleKeeping, samplePages } from './dist-sample.ts';

const page = (path: string): DistPage => ({ path, file: `dist${path}index.html` });

describe('routeKind', () => {
  it.each([
    ['/', 'id /'],
    ['/en/', 'en /'],
    ['/studies/', 'id /studies/'],
    ['/en/studies/', 'en /studies/'],
    ['/studies/a/', 'id /studies/*'],
    ['/en/news/b/', 'en /news/*'],
    ['/search/', 'id /search/'],
    ['/404.html', '/404.html'],
  ])('%s is built by the route %s', (path, kind) => {
    expect(routeKind(path)).toBe(kind);
  });
});

describe('samplePages', () => {
  const studies = Array.from({ length: 50 }, (_, i) => page(`/studies/s${String(i).padStart(2, '0')}/`));
  const pages = [page('/'), page('/en/'), ...studies, page('/studies/'), page('/search/')].sort(byPath);

  it('takes every page when they fit', () => {
    expect(samplePages(pages, 100)).toEqual(pages);
  });

  it('stays within the cap, keeps one page of every route kind, and is the same on every run', () => {
    const sample = samplePages(pages, 10);
    expect(sample.length).toBeLessThanOrEqual(10);
    expect(new Set(sample.map((p) => routeKind(p.path)))).toEqual(new Set(pages.map((p) => routeKind(p.path))));
    expect(samplePages(pages, 10)).toEqual(sample);
  });

  it('gives one page per route kind, the first by URL', () => {
    expect(onePerRouteKind(pages).map((p) => p.path)).toEqual(['/', '/en/', '/search/', '/studies/', '/studies/s00/']);
  });
});

describe('sampleKeeping', () => {
  const items = Array.from({ length: 20 }, (_, i) => i);

  it('keeps the given items first and spreads the rest evenly, within the cap', () => {
    expect(sampleKeeping(items, [7], 5)).toEqual([7, 0, 4, 10, 15]);
  });

  it('takes every item when they fit', () => {
    expect(sampleKeeping(items.slice(0, 3), [2], 5)).toEqual([0, 1, 2]);
  });
});
