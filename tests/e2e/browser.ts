/**
 * Debian's Chromium driven by playwright-core: the browser tests never download a browser.
 * The flags keep Chromium off the network, which this machine does not have.
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) {
    throw new Error(
      `Chromium not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium) ` +
        'or set CHROMIUM_PATH; the browser tests need it.',
    );
  }
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/** The pages the search page lists now, in order, paragraph anchors and highlight words left off. */
export async function listedResults(page: Page): Promise<string[]> {
  return page.locator('#search-results .search-result__link').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
}

/** Waits until the search page has rendered the results of the search in its address. */
export async function searchSettled(page: Page, timeoutMs = 15_000): Promise<void> {
  await page.locator('[data-search][data-state="done"]').waitFor({ timeout: timeoutMs });
}

/**
 * The pages the search page lists for a query typed into the search box, once every page of
 * `wanted` is among them: "show more" is pressed only until then, so the cost follows the rank
 * of the wanted pages, not the number of matches in the corpus.
 */
export async function search(page: Page, query: string, wanted: readonly string[], timeoutMs = 15_000): Promise<string[]> {
  await page.locator('#search-q').fill(query);
  await page.waitForFunction((q) => new URLSearchParams(window.location.search).get('q') === q, query.trim(), { timeout: timeoutMs });
  await searchSettled(page, timeoutMs);
  const more = page.locator('#search-more');
  for (;;) {
    const listed = await listedResults(page);
    if (wanted.every((path) => listed.includes(path)) || !(await more.isVisible())) return listed;
    await more.click();
    await page.waitForFunction((n) => document.querySelectorAll('#search-results .search-result').length > n, listed.length, { timeout: timeoutMs });
  }
}

/** The longest word of the `<h1>` at `url`: a search query that finds at least that page. */
export async function longestWordOfHeading(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const heading = (await page.locator('h1').textContent()) ?? '';
  await page.close();
  const longest = longestWord(heading);
  if (!longest) throw new Error(`${url} has no heading to search for`);
  return longest;
}

/** The longest word of `text` (letters and digits), or `''` when it has none. */
export function longestWord(text: string): string {
  return text.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length)[0] ?? '';
}
