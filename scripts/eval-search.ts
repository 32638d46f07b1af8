/**
 * `npm run eval:search -- [--json]`: runs the search relevance set (`tests/fixtures/search/relevance.yaml`)
 * against the built site and prints recall@5 and MRR for each UI root, by query language and
 * type, and the queries that missed an expected entry.
 *
 * --json  prints every query's listed results and scores as JSON instead of the report
 *
 * It builds nothing: run `npm run build` first. `dist/` is served on 127.0.0.1 and searched in
 * headless Chromium (Debian's, through playwright-core) the way a reader searches, one query at a
 * time, from `/search/` and `/en/search/`.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fail, readArguments } from './cli.ts';
import { formatSearchReport, type RootRuns } from '../src/lib/eval/format-search-report.ts';
import { readRelevanceSet } from '../src/lib/eval/relevance-set.ts';
import { LOCALE_LIST } from '../src/lib/i18n/locales.ts';
import { searchBundleUrl, searchUrl } from '../src/lib/urls.ts';
import { launchBrowser } from '../tests/e2e/browser.ts';
import { runRelevanceQuery } from '../tests/e2e/search-results.ts';
import { projectRoot, serveDist } from '../tests/e2e/site-server.ts';

const USAGE = 'usage: npm run eval:search -- [--json]   (after npm run build)';

const args = readArguments({ options: { json: { type: 'boolean' } }, allowPositionals: false }, USAGE).values;
const queries = readRelevanceSet(projectRoot);
if (!LOCALE_LIST.every((locale) => existsSync(join(projectRoot, 'dist', searchBundleUrl(locale, 'records'))))) fail(`No built site with a search index in ${join(projectRoot, 'dist')}: run npm run build first.`);

const server = await serveDist(projectRoot);
const browser = await launchBrowser();
const roots: RootRuns[] = [];
try {
  const page = await browser.newPage();
  for (const locale of LOCALE_LIST) {
    const runs = [];
    // One at a time: a reader types one query, and parallel pages would skew nothing but load.
    for (const query of queries) runs.push(await runRelevanceQuery(page, server.url, locale, query));
    roots.push({ locale, page: searchUrl(locale), runs });
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(args.json ? JSON.stringify(roots, null, 2) : formatSearchReport(roots));
