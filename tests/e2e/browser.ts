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

/** The pages Pagefind's UI lists now (sub-result anchors folded into their page). */
async function listedResults(page: Page): Promise<string[]> {
  const paths = await page.locator('.pagefind-ui__result-link').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return [...new Set(paths)];
}

/**
 * The pages Pagefind's UI lists for a query typed into the search box, once every page of
 * `wanted` is among them: "load more" is pressed only until then, so the cost follows the rank
 * of the wanted pages, not the number of matches in the corpus. The UI renders its results and
 * its button in steps, so the list is read again until `timeoutMs` has passed.
 */
export async function search(page: Page, query: string, wanted: readonly string[], timeoutMs = 15_000): Promise<string[]> {
  await page.locator('.pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: timeoutMs });
  const loadMore = page.locator('.pagefind-ui__button');
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const listed = await listedResults(page);
    if (wanted.every((path) => listed.includes(path)) || Date.now() > deadline) return listed;
    if (await loadMore.isVisible()) {
      const shown = await page.locator('.pagefind-ui__result').count();
      await loadMore.click();
      await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length > n, shown);
    } else {
      await page.waitForTimeout(250);
    }
  }
}

/** The longest word of the `<h1>` at `url`: a search query that finds at least that page. */
export async function longestWordOfHeading(browser: Browser, url: string): Promise<string> {
  const page = await browser.newPage();
  await page.goto(url);
  const heading = (await page.locator('h1').textContent()) ?? '';
  await page.close();
  const [longest] = heading.split(/[^\p{L}\p{N}]+/u).sort((a, b) => b.length - a.length);
  if (!longest) throw new Error(`${url} has no heading to search for`);
  return longest;
}
