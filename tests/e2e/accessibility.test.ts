/**
 * axe-core finds no accessibility violation on one built page of every route kind in both
 * languages, plus a few more spread over the site, at a phone's width and a desktop's. The
 * search page is also checked with results shown, since Pagefind's UI draws them.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { AxeResults } from 'axe-core';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listDistPages } from '../../src/integrations/dist-pages.ts';
import { launchBrowser, longestWordOfHeading, searchSettled } from './browser.ts';
import { distDir, onePerRouteKind, readerPages, routeKind, samplePages } from './dist-sample.ts';

const baseUrl = inject('baseUrl');
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const WIDTHS = [360, 1280] as const;
/** Pages checked besides one per route kind: a fixed number, whatever the size of the corpus. */
const EXTRA_PAGES = 4;

// A forwarding page navigates away before axe could read it; the HTML checks cover it.
const allPages = readerPages(listDistPages(distDir));
const pages = samplePages(allPages, onePerRouteKind(allPages).length + EXTRA_PAGES);
const isSearchPage = (path: string) => routeKind(path).endsWith(' /search/');

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

/** Each violation axe reports on the page as it is now, one line per rule. */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(() => (window as unknown as { axe: { run(): Promise<AxeResults> } }).axe.run());
  return results.violations.map(
    (violation) => `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
  );
}

/** Opens `path` at each width in turn and gathers axe's violations, labelled by width. */
async function violationsAtEveryWidth(path: string, ready: (page: Page) => Promise<void>): Promise<string[]> {
  // axe is injected as an inline script, which the site's own policy rightly refuses; the
  // policy has its own test (content-security-policy.test.ts).
  const context = await browser.newContext({ bypassCSP: true, viewport: { width: WIDTHS[0], height: 900 } });
  const page = await context.newPage();
  const found: string[] = [];
  for (const width of WIDTHS) {
    await page.setViewportSize({ width, height: 900 });
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status(), `status of ${path}`).toBe(200);
    await ready(page);
    found.push(...(await axeViolations(page)).map((line) => `${width}px ${line}`));
  }
  await context.close();
  return found;
}

const searchUiReady = async (page: Page) => {
  await searchSettled(page);
};

describe('accessibility of the built pages', () => {
  it('checks every route kind and a few more pages', () => {
    expect(pages.length).toBe(onePerRouteKind(allPages).length + EXTRA_PAGES);
  });

  it.each(pages.map((page) => page.path))('%s has no axe violation', async (path) => {
    const ready = isSearchPage(path) ? searchUiReady : async () => {};
    expect(await violationsAtEveryWidth(path, ready)).toEqual([]);
  });

  it('the search page has none with results shown', async () => {
    const study = allPages.find((page) => routeKind(page.path) === 'id /studies/*');
    const searchPage = allPages.find((page) => routeKind(page.path) === 'id /search/');
    if (!study || !searchPage) throw new Error('the site has no study or no search page');
    const word = await longestWordOfHeading(browser, `${baseUrl}${study.path}`);
    const violations = await violationsAtEveryWidth(`${searchPage.path}?q=${encodeURIComponent(word)}`, async (page) => {
      await searchSettled(page);
      await page.locator('.search-result').first().waitFor({ timeout: 15_000 });
    });
    expect(violations).toEqual([]);
  });
});
