/**
 * The search as a reader drives it, for the relevance test and `npm run eval:search`: open the
 * search page of a UI root with `?q=` and read the result links in the order shown, through the
 * same page helpers as the other browser tests (`browser.ts`).
 */
import type { Page } from 'playwright-core';
import { entryRefOfPath } from '../../src/lib/eval/entry-ref.ts';
import type { QueryRun } from '../../src/lib/eval/format-search-report.ts';
import type { RelevanceQuery } from '../../src/lib/eval/relevance-set.ts';
import { RESULTS_READ, scoreQuery } from '../../src/lib/eval/retrieval-scores.ts';
import type { Locale } from '../../src/lib/i18n/locales.ts';
import { searchUrl } from '../../src/lib/urls.ts';
import { listedResults, searchSettled } from './browser.ts';

/**
 * The page paths of the first `n` results for `query` on the search page of `locale` (fewer
 * when the search finds fewer), in the order shown: `/en/studies/x/`, `/news/y/`, ... The
 * results list holds entries only (guides have their own list and cards), so an entry's rank is
 * where a reader sees it. "Show more" is pressed only until `n` results are listed.
 */
export async function topResults(page: Page, baseUrl: string, locale: Locale, query: string, n: number): Promise<string[]> {
  const response = await page.goto(`${baseUrl}${searchUrl(locale, query)}`);
  if (response?.status() !== 200) throw new Error(`the search page of ${locale} answered ${response?.status()}`);
  await searchSettled(page);
  let paths = await listedResults(page);
  const more = page.locator('#search-more');
  while (paths.length < n && (await more.isVisible())) {
    await more.click();
    await page.waitForFunction((shown) => document.querySelectorAll('#search-results .search-result').length > shown, paths.length);
    paths = await listedResults(page);
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
