/**
 * Links inside the text and backlinks that quote, as a reader follows them in Chromium: from a
 * mention in a thesis abstract to the concept's page, and from a quoted sentence on a concept
 * page to the very paragraph of the entry that mentions it.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser } from './browser.ts';

const baseUrl = inject('baseUrl');
// Bundled theses named by the issue: the Netherlands cyber-security thesis and the NCB-Interpol /
// Cambodia trafficking thesis. Their ids are their file names under content/studies/.
const NETHERLANDS_THESIS = 'dampak-keamanan-siber-belanda-peningkatan';
const CAMBODIA_THESIS = 'ncb-interpol-kamboja-menangani-perdagangan-manusia';

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<Page> {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return page;
}

/** Follows the quoted backlink to `entryId` on a concept page and checks where it lands. */
async function followBacklink(page: Page, entryId: string, mention: RegExp): Promise<void> {
  const quote = page.locator(`section[aria-labelledby="mentions-heading"] a[href*="/studies/${entryId}/#"]`);
  await expect(quote.locator('mark').textContent()).resolves.toMatch(mention);
  await quote.click();
  await page.waitForURL(new RegExp(`/studies/${entryId}/#`));
  const hash = decodeURIComponent(new URL(page.url()).hash.slice(1));
  expect(hash).toMatch(/^(?:p|abstract-(?:id|en))-[0-9a-f]{8}/);
  const paragraph = page.locator(`p[id="${hash}"]`);
  await expect(paragraph.count()).resolves.toBe(1);
  await expect(paragraph.textContent()).resolves.toMatch(mention);
}

describe('links inside the text and backlinks with context', () => {
  it('leads from "kerja sama bilateral" in the Netherlands thesis abstract to the concept page, which quotes the thesis', async () => {
    const page = await open(`/studies/${NETHERLANDS_THESIS}/`);
    const abstract = page.locator('section[aria-labelledby="abstract-heading"]');
    await abstract.getByRole('link', { name: 'kerja sama bilateral', exact: true }).first().click();
    await page.waitForURL(`${baseUrl}/concepts/bilateral-cooperation/`);
    await expect(page.locator('h1').textContent()).resolves.toMatch(/kerja sama bilateral/i);
    await followBacklink(page, NETHERLANDS_THESIS, /kerja\s*sama bilateral/i);
    await page.context().close();
  });

  // The Cambodia thesis names "kerja sama bilateral" only among its keywords, not in a paragraph,
  // so its backlink is followed from the concept its abstract does mention: human trafficking.
  it('leads from the human-trafficking concept page to the paragraph of the Cambodia thesis that mentions it', async () => {
    const page = await open('/concepts/human-trafficking/');
    await followBacklink(page, CAMBODIA_THESIS, /perdagangan manusia/i);
    await page.context().close();
  });

  it('links an entry body in the page\'s language: the English page of a thesis links to English pages', async () => {
    const page = await open(`/en/studies/${NETHERLANDS_THESIS}/`);
    const link = page.locator('.full-text a', { hasText: /^keamanan siber$/i }).first();
    await link.click();
    await page.waitForURL(`${baseUrl}/en/concepts/cyber-security/`);
    await page.context().close();
  });
});
