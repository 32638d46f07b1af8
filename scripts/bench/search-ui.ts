/**
 * The one place the search benchmark knows the search page's markup: which page searches, how a
 * query is typed, and when results are shown. A new search interface needs changes here only.
 * This version drives the site's own search page on Pagefind's JS API (`src/components/search-box.ts`).
 */
import type { Page } from 'playwright-core';

/** The search page of the Indonesian root, as a path from the site root. */
export const SEARCH_PAGE = '/search/';

const INPUT = '#search-q';
const RESULT = '.search-result';

/** Types `query` into the search page open in `page` and resolves once a result is shown. */
export async function searchAndWaitForResults(page: Page, query: string, timeoutMs = 60_000): Promise<void> {
  await page.locator(INPUT).fill(query);
  await page.locator(RESULT).first().waitFor({ timeout: timeoutMs });
}

/** Empties the search box and resolves once no result is shown. */
export async function clearSearch(page: Page): Promise<void> {
  await page.locator(INPUT).fill('');
  await page.locator(RESULT).first().waitFor({ state: 'detached' });
}
