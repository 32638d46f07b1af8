/**
 * What a reader citing a page relies on, in the built site: old addresses lead to the entry,
 * every passage has a link to itself and the page knows which passage the reader is at, and a
 * study prints without the site around it but with the address to cite.
 */
import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { listRedirects, parseRedirectMap } from '../../src/lib/redirects.ts';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, width = 1280): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width, height: 900 } })).newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return page;
}

/** The first few studies of the list with a full text, whatever the corpus holds. */
async function studyWithFullText(): Promise<string> {
  const list = await open('/studies/');
  const paths = (await list.$$eval('main a[href^="/studies/"]', (links) => links.map((a) => a.getAttribute('href') ?? ''))).slice(0, 15);
  for (const path of paths) {
    const page = await open(path);
    if ((await page.locator('.full-text p[id]').count()) > 5) return path;
  }
  throw new Error('no study with a full text among the first listed');
}

describe('citable pages', () => {
  it('lead every old address in the redirect map to the entry, in both languages', async () => {
    const moves = listRedirects(parseRedirectMap(readFileSync('content/redirects.yaml', 'utf8'), 'content/redirects.yaml')).slice(0, 3);
    for (const { collection, from, to } of moves) {
      for (const prefix of ['', '/en']) {
        const page = await open(`${prefix}/${collection}/${from}/`);
        await page.waitForURL(`${baseUrl}${prefix}/${collection}/${to}/`);
        await expect(page.locator('article h1').count()).resolves.toBe(1);
      }
    }
  });

  it('give each paragraph a link to itself and tell the article which passage the reader is at', async () => {
    const path = await studyWithFullText();
    const page = await open(path);
    const id = await page.locator('.full-text p[id]').nth(5).getAttribute('id');
    const link = page.locator(`[id="${id}"] > a.pilcrow`);
    await expect(link.getAttribute('href')).resolves.toBe(`#${id}`);
    await link.focus();
    await expect(link.evaluate((a) => getComputedStyle(a).opacity)).resolves.toBe('1');
    await page.locator(`[id="${id}"]`).evaluate((p) => p.scrollIntoView({ block: 'start' }));
    await expect.poll(() => page.locator('article').getAttribute('data-cite-fragment')).toBe(id);
    // The cite box offers that passage's address to cite.
    await expect.poll(() => page.locator('#cite-passage').getAttribute('href')).toMatch(new RegExp(`${path}#${id}$`));
    await expect(page.locator('.cite-passage').isVisible()).resolves.toBe(true);
  });

  it('print a study without the site chrome, with the Indonesian address to cite it by', async () => {
    const path = await studyWithFullText();
    const page = await open(`/en${path}`, 794);
    await page.emulateMedia({ media: 'print' });
    for (const chrome of ['.site-header', '.site-footer', '.toc', '.entry-graph', '.pilcrow']) {
      for (const shown of await page.locator(chrome).evaluateAll((nodes) => nodes.map((n) => getComputedStyle(n).display !== 'none'))) {
        expect(shown, chrome).toBe(false);
      }
    }
    await expect(page.locator('.print-url').isVisible()).resolves.toBe(true);
    // The address is the site's public one (LINTAS_SITE_URL), not the test server's.
    await expect(page.locator('.print-url').textContent().then((url) => new URL(url ?? '').pathname)).resolves.toBe(path);
  });
});
