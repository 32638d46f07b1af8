/**
 * The studies' full texts have a search index of their own (`lib/search/search-index.ts`): the main
 * index leaves them out, and the search page looks inside them when the reader asks, listing the
 * studies with links to the matching passages.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parseHtmlPage } from '../../src/integrations/dist-pages.ts';
import { collectionUrl, searchAssetUrl } from '../../src/lib/urls.ts';
import { launchBrowser, longestWord, searchSettled } from './browser.ts';
import { distDir } from './dist-sample.ts';

const baseUrl = inject('baseUrl');

/** A page's title and the first paragraph of its full text, if it shows one. */
function titleAndFirstFullTextParagraph(html: string): { title: string; paragraph?: string } {
  let title = '';
  let paragraph: string | undefined;
  visit(parseHtmlPage(html), 'element', (node: Element) => {
    if (node.tagName === 'h1' && title === '') title = toString(node);
    if (paragraph !== undefined || node.properties.dataFullText === undefined) return;
    visit(node, 'element', (child: Element) => {
      if (paragraph === undefined && child.tagName === 'p' && toString(child).trim().length > 40) paragraph = toString(child).trim();
    });
  });
  return { title, paragraph };
}

/** The first study (in file order) whose page shows a full text: read until one is found, not the whole corpus. */
function firstStudyWithFullText(): { path: string; title: string; paragraph: string } {
  const folder = collectionUrl('id', 'studies');
  for (const id of readdirSync(join(distDir, folder)).sort()) {
    let html: string;
    try {
      html = readFileSync(join(distDir, folder, id, 'index.html'), 'utf8');
    } catch {
      continue;
    }
    const { title, paragraph } = titleAndFirstFullTextParagraph(html);
    if (paragraph) return { path: `${folder}${id}/`, title, paragraph };
  }
  throw new Error('no study in the built site shows a full text');
}

let browser: Browser;
let page: Page;
const study = firstStudyWithFullText();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe('the full texts', () => {
  it('are searched when the reader asks, and lead to the matching passage', async () => {
    await page.goto(`${baseUrl}/search/?q=${encodeURIComponent(longestWord(study.paragraph))}&fulltext=1`);
    await searchSettled(page);
    expect(await page.locator('input[name="fulltext"]').isChecked()).toBe(true);
    const section = page.locator('#search-full-text');
    const more = section.locator('.search-more');
    const listed = () => section.locator('.search-result__link').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
    while (!(await listed()).includes(study.path) && (await more.isVisible())) {
      const shown = (await listed()).length;
      await more.click();
      await page.waitForFunction((n) => document.querySelectorAll('#search-full-text .search-result').length > n, shown);
    }
    expect(await listed()).toContain(study.path);
    const passages = await section.locator('.search-result__place').evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href)));
    expect(passages.some((url) => url.pathname === study.path && url.hash.length > 1)).toBe(true);
  });

  it('leave the records standing alone when their index has no pages', async () => {
    // What Pagefind writes for a site whose studies show no full text: an index of no language.
    const empty = await browser.newPage();
    await empty.route(`**${searchAssetUrl('id', 'fullText', 'pagefind-entry.json')}*`, async (route) => {
      const response = await route.fetch();
      const entry = (await response.json()) as Record<string, unknown>;
      await route.fulfill({ response, json: { ...entry, languages: {} } });
    });
    await empty.goto(`${baseUrl}/search/?q=${encodeURIComponent(longestWord(study.title))}&fulltext=1`);
    await searchSettled(empty);
    expect(await empty.locator('#search-results .search-result').count()).toBeGreaterThan(0);
    expect(await empty.locator('#search-full-text').isHidden()).toBe(true);
    await empty.close();
  });

  it('are in their own index and out of the main one', async () => {
    await page.goto(`${baseUrl}/search/`);
    const opening = study.paragraph.slice(0, 40);
    const args = {
      titleWord: longestWord(study.title),
      openingWord: longestWord(opening),
      path: study.path,
      bundles: { main: searchAssetUrl('id', 'records', 'pagefind.js'), fullText: searchAssetUrl('id', 'fullText', 'pagefind.js') },
    };
    // A script as text: vitest would rewrite an import() written in a function passed to the page.
    const found = (await page.evaluate(`(async ({ titleWord, openingWord, path, bundles }) => {
      const contentOf = async (bundle, word) => {
        const pagefind = await import(bundle);
        const search = await pagefind.search(word);
        for (const result of search.results) {
          const data = await result.data();
          if (new URL(data.url, window.location.href).pathname === path) return data.content;
        }
        return undefined;
      };
      // Found in the main index by its title, in the full-text one by its text.
      return { main: await contentOf(bundles.main, titleWord), fullText: await contentOf(bundles.fullText, openingWord) };
    })(${JSON.stringify(args)})`)) as { main?: string; fullText?: string };
    expect(found.fullText).toContain(opening);
    expect(found.main).toBeDefined();
    expect(found.main).not.toContain(opening);
  });
});
