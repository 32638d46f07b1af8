/**
 * Pagefind reads only the files `searchablePagesGlob` names, per language; a page marking a
 * searchable region outside its own language's files would silently drop out of search. Every
 * checked page (up to a fixed cap, see `dist-sample.ts`) that marks one must be among those files.
 */
import { readFileSync } from 'node:fs';
import { matchesGlob, relative } from 'node:path';
import type { Element } from 'hast';
import { visit } from 'unist-util-visit';
import { describe, expect, it } from 'vitest';
import { parseHtmlPage } from '../../src/integrations/dist-pages.ts';
import { searchablePagesGlob } from '../../src/lib/search/search-index.ts';
import { localeOfPath } from '../../src/lib/urls.ts';
import { checkedDistPages, distDir } from './dist-sample.ts';

/** Whether a page has an element carrying `data-pagefind-body`. */
function marksSearchableRegion(html: string): boolean {
  let found = false;
  visit(parseHtmlPage(html), 'element', (node: Element) => {
    if (node.properties.dataPagefindBody !== undefined) found = true;
  });
  return found;
}

describe('the pages Pagefind reads', () => {
  const pages = checkedDistPages();
  const marked = pages.filter((page) => marksSearchableRegion(readFileSync(page.file, 'utf8')));

  it('include pages with a searchable region', () => {
    expect(marked.length).toBeGreaterThan(0);
  });

  it("include every checked page with a searchable region, in its own language's index", () => {
    const missed = marked.filter((page) => !matchesGlob(relative(distDir, page.file), searchablePagesGlob(localeOfPath(page.path))));
    expect(missed.map((page) => page.path)).toEqual([]);
  });
});
