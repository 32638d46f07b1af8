/**
 * The graph views and `/graph.json` on the built site, in Debian's Chromium: the corpus graph is
 * drawn, a keyboard reaches a node and opens it, the same links are there with JavaScript off,
 * and an entry page fetches the graph library only when the reader opens its graph.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listDistPages } from '../../src/integrations/dist-pages.ts';
import { EDGE_KINDS, NODE_KINDS, type GraphData } from '../../src/lib/graph/graph-data.ts';
import { graphPageUrl } from '../../src/lib/urls.ts';
import { launchBrowser } from './browser.ts';
import { distDir, routeKind } from './dist-sample.ts';

const baseUrl = inject('baseUrl');
/** How many Tab presses a keyboard user may need to reach the first node of the list. */
const MAX_TABS = 60;
/** The lazily loaded chunk holding Cytoscape.js and the drawing code. */
const isGraphChunk = (url: string) => /\/_astro\/graph-draw\.[^/]+\.js$/.test(url);

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

describe('/graph.json', () => {
  const graph = JSON.parse(readFileSync(join(distDir, 'graph.json'), 'utf8')) as GraphData & { nodeKinds: string[]; edgeKinds: string[] };

  it('has typed nodes with a label, and every edge joins two of them', () => {
    expect(graph.nodeKinds).toEqual([...NODE_KINDS]);
    expect(graph.edgeKinds).toEqual([...EDGE_KINDS]);
    const keys = new Set(graph.nodes.map((node) => node.key));
    expect(keys.size).toBe(graph.nodes.length);
    for (const node of graph.nodes) {
      expect(NODE_KINDS, node.key).toContain(node.kind);
      expect(node.key).toBe(`${node.kind}:${node.id}`);
      expect(Object.values(node.label).join(''), node.key).not.toBe('');
    }
    for (const edge of graph.edges) {
      expect(EDGE_KINDS).toContain(edge.kind);
      expect(keys.has(edge.source), edge.source).toBe(true);
      expect(keys.has(edge.target), edge.target).toBe(true);
    }
  });

  it('points every node with a page at a page that was built, in both languages', () => {
    const built = new Set(listDistPages(distDir).map((page) => page.path));
    for (const node of graph.nodes) {
      for (const url of Object.values(node.url ?? {})) expect(built.has(url), url).toBe(true);
    }
  });
});

describe('the corpus graph page', () => {
  it('draws the nodes of its list on a canvas', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${graphPageUrl('en')}`);
    const view = page.locator('.graph-view[data-graph-drawn]');
    await view.waitFor();
    const listed = await page.locator('.graph-view [data-node]').count();
    expect(listed).toBeGreaterThan(0);
    expect(Number(await view.getAttribute('data-graph-drawn'))).toBe(listed);
    expect(await page.locator('.graph-view__canvas canvas').count()).toBeGreaterThan(0);
    expect(await page.locator('.graph-view__canvas').isVisible()).toBe(true);
    await page.close();
  });

  it('lets a keyboard user reach a node, see it highlighted, and open it with Enter', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}${graphPageUrl('id')}`);
    await page.locator('.graph-view[data-graph-drawn]').waitFor();
    let href: string | null = null;
    for (let tab = 0; tab < MAX_TABS && href === null; tab += 1) {
      await page.keyboard.press('Tab');
      href = await page.evaluate(() => {
        const active = document.activeElement;
        return active instanceof HTMLAnchorElement && active.matches('.graph-view a[data-node]') ? active.getAttribute('href') : null;
      });
    }
    expect(href, `no node reached in ${MAX_TABS} Tab presses`).not.toBeNull();
    expect(await page.locator('.graph-view a[data-node].is-highlighted').count()).toBe(1);
    await Promise.all([page.waitForURL(`${baseUrl}${href}`), page.keyboard.press('Enter')]);
    expect(new URL(page.url()).pathname).toBe(href);
    await page.close();
  });

  it('lists the same nodes as links with JavaScript off', async () => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${graphPageUrl('id')}`);
    const hrefs = await page.locator('.graph-view a[data-node]').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    expect(hrefs.length).toBeGreaterThan(0);
    const built = new Set(listDistPages(distDir).map((p) => p.path));
    for (const href of hrefs) expect(built.has(href ?? ''), href ?? '').toBe(true);
    expect(await page.locator('.graph-view__canvas').isVisible()).toBe(false);
    await context.close();
  });
});

describe('the graph of an entry page', () => {
  it('is not fetched until the reader opens it, then drawn around the entry', async () => {
    const study = listDistPages(distDir).find((p) => routeKind(p.path) === 'en /studies/*');
    if (!study) throw new Error('no English study page');
    const page = await browser.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.goto(`${baseUrl}${study.path}`);
    await page.waitForLoadState('networkidle');
    expect(requested.filter(isGraphChunk)).toEqual([]);
    await page.locator('.entry-graph summary').click();
    await page.locator('.entry-graph .graph-view[data-graph-drawn]').waitFor();
    expect(requested.filter(isGraphChunk)).toHaveLength(1);
    expect(await page.locator('.entry-graph .graph-view__canvas canvas').count()).toBeGreaterThan(0);
    await page.close();
  });
});
