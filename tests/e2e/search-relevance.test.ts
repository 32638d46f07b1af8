/**
 * The relevance set against the built site, from both UI roots: the mean recall at
 * `SEARCH_TARGET.cutoff` and the mean reciprocal rank must stay at or above `SEARCH_FLOOR`. A
 * failure names every query that missed an expected entry and what the search listed instead;
 * `npm run eval:search` prints the same figures in full.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { readRelevanceSet } from '../../src/lib/eval/relevance-set.ts';
import { SEARCH_FLOOR, SEARCH_TARGET, summariseScores } from '../../src/lib/eval/retrieval-scores.ts';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { launchBrowser } from './browser.ts';
import { runRelevanceQuery } from './search-results.ts';
import { projectRoot } from './site-server.ts';

const baseUrl = inject('baseUrl');
const queries = readRelevanceSet(projectRoot);
const k = SEARCH_TARGET.cutoff;
/** The whole set from one root, about a second a query. */
const SET_TIMEOUT_MS = 600_000;

let browser: Browser;
let page: Page;

beforeAll(async () => {
  browser = await launchBrowser();
  page = await browser.newPage();
});

afterAll(async () => {
  await browser?.close();
});

describe.each(LOCALE_LIST)('the search of the %s UI', (locale) => {
  it(
    `keeps recall@${k} and MRR over the relevance set at or above the floor`,
    async () => {
      const runs = [];
      for (const query of queries) runs.push(await runRelevanceQuery(page, baseUrl, locale, query));
      const summary = summariseScores(runs.map((run) => run.score));
      const missed = runs
        .filter((run) => run.score.missed.length > 0)
        .map((run) => `"${run.query.query}" missed ${run.score.missed.join(', ')}; listed ${run.listed.slice(0, k).join(', ') || 'nothing'}`);
      console.log(`search relevance from the ${locale} UI: recall@${k} ${summary.recall.toFixed(3)}, MRR ${summary.mrr.toFixed(3)}; ${missed.length} of ${runs.length} queries miss an entry`);
      const report = `recall@${k} ${summary.recall.toFixed(3)}, MRR ${summary.mrr.toFixed(3)}; misses:\n${missed.join('\n')}`;
      expect(summary.recall, report).toBeGreaterThanOrEqual(SEARCH_FLOOR.recall);
      expect(summary.mrr, report).toBeGreaterThanOrEqual(SEARCH_FLOOR.mrr);
    },
    SET_TIMEOUT_MS,
  );
});
