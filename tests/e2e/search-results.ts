/**
 * The search as a reader drives it, for the relevance test and `npm run eval:search`: the one
 * place that knows the search page's markup. Open the search page of a UI root with `?q=`, read
 * the result links in the order shown. When the search interface changes, only this file does.
 */
import type { Page } from 'playwright-core';
import { entryRefOfPath } from '../../src/lib/eval/entry-ref.ts';
import type { QueryRun } from '../../src/lib/eval/format-search-report.ts';
import type { RelevanceQuery } from '../../src/lib/eval/relevance-set.ts';
import { RESULTS_READ, scoreQuery } from '../../src/lib/eval/retrieval-scores.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { searchUrl } from '../../src/lib/urls.ts';

/**
 * Pagefind's Default UI says "Mencari <query>..." / "Searching for <query>..." in its message
 * while it searches, then how many results it found (or none).
 */
const MESSAGE = '.pagefind-ui__message';
const SEARCHING = /\.\.\.\s*$/;
const RESULT = '.pagefind-ui__result';
/** The title link of each result, not those of its sub-results (`.pagefind-ui__result-nested`). */
const RESULT_LINK = '.pagefind-ui__result-inner > .pagefind-ui__result-title > .pagefind-ui__result-link';
/** A result whose data has not arrived yet. */
const LOADING = '.pagefind-ui__result .pagefind-ui__loading';
const LOAD_MORE = '.pagefind-ui__button';

/** The page paths of the results listed now, in order, once every listed result has loaded. */
async function listedPaths(page: Page): Promise<string[]> {
  await page.waitForFunction(
    ([result, link, loading]) =>
      document.querySelectorAll(loading).length === 0 && document.querySelectorAll(link).length === document.querySelectorAll(result).length,
    [RESULT, RESULT_LINK, LOADING] as const,
  );
  return page.locator(RESULT_LINK).evaluateAll((links) => links.map((a) => new URL((a as HTMLAnchorElement).href).pathname));
}

/**
 * The page paths of the first `n` results for `query` on the search page of `locale` (fewer
 * when the search finds fewer), in the order shown: `/en/studies/x/`, `/legal/y/`, ... Guides
 * listed among the results (concept, legal, entity pages) keep their place, so an entry's rank
 * is where a reader sees it. "Load more" is pressed only until `n` results are listed.
 */
export async function topResults(page: Page, baseUrl: string, locale: Locale, query: string, n: number): Promise<string[]> {
  const response = await page.goto(`${baseUrl}${searchUrl(locale, query)}`);
  if (response?.status() !== 200) throw new Error(`the search page of ${locale} answered ${response?.status()}`);
  await page.waitForFunction(
    ([message, result, searching]) => {
      const text = document.querySelector(message)?.textContent?.trim() ?? '';
      return document.querySelector(result) !== null || (text !== '' && !new RegExp(searching).test(text));
    },
    [MESSAGE, RESULT, SEARCHING.source] as const,
  );
  let paths = await listedPaths(page);
  while (paths.length < n && (await page.locator(LOAD_MORE).isVisible())) {
    await page.locator(LOAD_MORE).click();
    await page.waitForFunction(([result, shown]) => document.querySelectorAll(result).length > shown, [RESULT, paths.length] as const);
    paths = await listedPaths(page);
  }
  return [...new Set(paths)].slice(0, n);
}

/**
 * Runs one query of the relevance set from the search page of `locale` and scores what it lists:
 * results read down to `RESULTS_READ`, entries named as `<collection>/<id>`, other pages by path.
 */
export async function runRelevanceQuery(page: Page, baseUrl: string, locale: Locale, query: RelevanceQuery): Promise<QueryRun> {
  const paths = await topResults(page, baseUrl, locale, query.query, RESULTS_READ);
  const listed = paths.map((path) => entryRefOfPath(path) ?? path);
  return { query, listed, score: scoreQuery(query.expect, listed) };
}
