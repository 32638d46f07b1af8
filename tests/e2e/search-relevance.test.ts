/**
 * The relevance set against the built site, from both UI roots: every query must list each of
 * its expected entries among the first `SEARCH_TARGET.cutoff` results. A failing query names the
 * entries it missed and what the search listed instead; the figures are `npm run eval:search`'s.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRelevanceSet } from '../../src/lib/eval/relevance-set.ts';
import { SEARCH_TARGET } from '../../src/lib/eval/retrieval-scores.ts';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { launchBrowser } from './browser.ts';
import { runRelevanceQuery } from './search-results.ts';
import { projectRoot } from './site-server.ts';

const baseUrl = inject('baseUrl');
const queries = readRelevanceSet(projectRoot);
const k = SEARCH_TARGET.cutoff;

let browser: Browser;
let page: Page;
/** Per UI root, the queries that missed, for one summary after the run. */
const misses = new Map<string, string[]>();

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
  for (const [root, queriesMissed] of misses) {
    console.log(`search relevance from ${root}: ${queriesMissed.length} of ${queries.length} queries miss an expected entry in the top ${k}: ${queriesMissed.join('; ')}`);
  }
});

describe.each(LOCALE_LIST)('the search of the %s UI', (locale) => {
  it.each(queries.map((query) => [query.query, query] as const))(`lists the expected entries of "%s" in the top ${k}`, async (_text, query) => {
    const run = await runRelevanceQuery(page, baseUrl, locale, query);
    if (run.score.missed.length > 0) misses.set(locale, [...(misses.get(locale) ?? []), `"${query.query}"`]);
    expect(
      run.score.missed,
      `"${query.query}" from the ${locale} UI: missing from the top ${k}; the search listed ${run.listed.slice(0, k).join(', ') || 'nothing'}`,
    ).toEqual([]);
  });
});
