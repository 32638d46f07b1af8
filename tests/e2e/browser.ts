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

/**
 * The pages Pagefind's UI lists for a query typed into the search box, after pressing
 * "load more" until every result is shown (sub-result anchors folded into their page).
 */
export async function search(page: Page, query: string): Promise<string[]> {
  await page.locator('.pagefind-ui__search-input').fill(query);
  await page.locator('.pagefind-ui__result').first().waitFor({ timeout: 15_000 });
  // The message ("22 results for ...", in either UI language) gives the total once this query is
  // done; the "load more" button can be briefly absent while a batch renders, so count instead.
  const message = await page.waitForFunction(
    (q) => {
      const text = document.querySelector('.pagefind-ui__message')?.textContent ?? '';
      return text.includes(q) && /\d+/.exec(text)?.[0];
    },
    query,
    { timeout: 15_000 },
  );
  const total = Number(await message.jsonValue());
  const results = page.locator('.pagefind-ui__result');
  for (let shown = await results.count(); shown < total; shown = await results.count()) {
    await page.locator('.pagefind-ui__button').click();
    await page.waitForFunction((n) => document.querySelectorAll('.pagefind-ui__result').length > n, shown);
  }
  const paths = await page.locator('.pagefind-ui__result-link').evaluateAll((links) =>
    links.map((a) => new URL((a as HTMLAnchorElement).href).pathname),
  );
  return [...new Set(paths)];
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
