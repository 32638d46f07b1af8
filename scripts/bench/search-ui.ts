/**
 * The one place the search benchmark knows the search page's markup: which page searches, how a
 * query is typed, and when results are shown. A new search interface needs changes here only.
 * This version drives Pagefind's Default UI (`src/components/SearchBox.astro`).
 */
import type { Page } from 'playwright-core';

/** The search page of the Indonesian root, as a path from the site root. */
export const SEARCH_PAGE = '/search/';

const INPUT = '.pagefind-ui__search-input';
const RESULT = '.pagefind-ui__result';

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
