/**
 * The one place the search benchmark knows the search page's markup: which page searches, how a
 * query is typed, and when results are shown. A new search interface needs changes here only.
 * This version drives the site's own search page on Pagefind's JS API (`src/components/search-box.ts`).
 */
import type { Page } from 'playwright-core';

/** The page's pause after a keystroke before it searches; a paste is searched at once. */
export { TYPING_PAUSE_MS } from '../../src/lib/search/search-pause.ts';

/** The search page of the Indonesian root, as a path from the site root. */
export const SEARCH_PAGE = '/search/';

const BOX = '[data-search]';
const INPUT = '#search-q';
const RESULT = '#search-results .search-result';

/** How long a query took to show a result, and how much of that was the search itself. */
export interface QueryTiming {
  /** From the query entered to its first result on the page. */
  totalMs: number;
  /** From the page starting its search (after its pause for more typing, if any) to that result. */
  searchMs: number;
}

/**
 * Enters `query` into the search page open in `page` at once, as a paste does, and resolves once
 * a result is shown. Timed inside the page, so the figures leave out the browser driver's own
 * round trips. After the last keystroke of a typed query the page first pauses for more typing
 * (`TYPING_PAUSE_MS`), then searches as it does here.
 */
export async function searchAndWaitForResults(page: Page, query: string, timeoutMs = 60_000): Promise<QueryTiming> {
  return page.evaluate(
    async ({ query, timeoutMs, selectors }) => {
      const box = document.querySelector<HTMLElement>(selectors.box);
      const input = document.querySelector<HTMLInputElement>(selectors.input);
      if (!box || !input) throw new Error('no search box on this page');
      let started: number | undefined;
      const watch = new MutationObserver(() => {
        if (box.dataset.state === 'busy') started ??= performance.now();
      });
      watch.observe(box, { attributes: true, attributeFilter: ['data-state'] });
      const entered = performance.now();
      input.value = query;
      input.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste', data: query }));
      // Polled on animation frames: a result counts as shown once the browser can paint it.
      while (!document.querySelector(selectors.result)) {
        if (performance.now() - entered > timeoutMs) throw new Error(`no result for "${query}" within ${timeoutMs} ms`);
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
      const shown = performance.now();
      watch.disconnect();
      return { totalMs: shown - entered, searchMs: shown - (started ?? entered) };
    },
    { query, timeoutMs, selectors: { box: BOX, input: INPUT, result: RESULT } },
  );
}

/** Empties the search box and resolves once no result is shown. */
export async function clearSearch(page: Page): Promise<void> {
  await page.locator(INPUT).fill('');
  await page.locator(RESULT).first().waitFor({ state: 'detached' });
}
