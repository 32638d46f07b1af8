/**
 * The search section (`npm run bench -- search [SIZE...]`): for each corpus size, the built
 * scratch project (built here unless a build of this commit is there), its Pagefind index size,
 * and in headless Chromium against `dist/` served with gzip: the compressed bytes a first query
 * transfers and the time from typing to results, first with the index chunks still to fetch and
 * then with them fetched. The search page is driven through `search-ui.ts` alone.
 */
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { bytesByTypeLine, searchTable, type SearchResult } from './build-report.ts';
import { countTransfer, serveGzipped } from './browser-transfer.ts';
import { runLintasBuild } from './build-run.ts';
import { distTotals } from './dist-stats.ts';
import { formatBytes, formatSeconds } from './measure.ts';
import { isBuilt, lintasProjectDir, markBuilt, writeLintasProject } from './scratch-project.ts';
import { clearSearch, SEARCH_PAGE, searchAndWaitForResults, TYPING_PAUSE_MS } from './search-ui.ts';

/** Corpus sizes searched when none is named. */
export const SEARCH_SIZES = [1_000, 10_000];

/** A query most entries match (a topic of the generator) and one few match (a bundled agency's acronym). */
export const SEARCH_QUERIES = ['perdagangan orang', 'BSSN'];

/** Builds the scratch project of `size` entries unless a build of this commit and corpus is there. */
async function ensureBuilt(size: number): Promise<void> {
  if (isBuilt(size)) {
    console.log(`${size} entries: reusing the build in ${lintasProjectDir(size)}`);
    return;
  }
  writeLintasProject(size);
  console.log(`${size} entries: building ${lintasProjectDir(size)}...`);
  const build = await runLintasBuild(lintasProjectDir(size));
  markBuilt(size);
  // A clean build of this commit: its cost is worth printing, though the build section measures more.
  console.log(
    `  built in ${formatSeconds(build.wallMs)} wall, ${formatSeconds(build.cpuMs)} CPU, peak memory ${formatBytes(build.peakRss)} ` +
      `(largest process ${formatBytes(build.peakProcessRss)}), exit ${build.exitCode}`,
  );
}

/** Types `query` on a freshly loaded search page, then again once its chunks are in. */
async function measureQuery(browser: Browser, baseUrl: string, query: string) {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const transfer = countTransfer(page);
    await page.goto(baseUrl + SEARCH_PAGE, { waitUntil: 'networkidle' });
    await transfer.settled();
    transfer.reset();
    const cold = await searchAndWaitForResults(page, query);
    await page.waitForLoadState('networkidle');
    await transfer.settled();
    const firstQueryBytes = transfer.total();
    console.log(`  "${query}": first query fetched ${bytesByTypeLine(transfer.byType())}`);
    await clearSearch(page);
    const warm = await searchAndWaitForResults(page, query);
    return { firstQueryBytes, cold, warm };
  } finally {
    await context.close();
  }
}

/** Measures search on each corpus size and prints the table. */
export async function runSearchSection(_script: string, sizes: readonly number[]): Promise<void> {
  console.log('## search: Pagefind index size, bytes of a first query, time from typing to results\n');
  const results: SearchResult[] = [];
  for (const size of sizes.length > 0 ? sizes : SEARCH_SIZES) {
    await ensureBuilt(size);
    const indexBytes = distTotals(join(lintasProjectDir(size), 'dist')).searchIndexBytes;
    const server = await serveGzipped(lintasProjectDir(size));
    const browser = await launchBrowser();
    try {
      for (const query of SEARCH_QUERIES) results.push({ entries: size, indexBytes, query, ...(await measureQuery(browser, server.url, query)) });
    } finally {
      await browser.close();
      await server.close();
    }
  }
  console.log(`\n${searchTable(results)}\n`);
  console.log(`On the search page ${SEARCH_PAGE}, loaded first. First query transfers: compressed bytes fetched from typing`);
  console.log('until the network is idle. Cold: from the query pasted to the first result shown, chunks still to fetch;');
  console.log('chunks loaded: the same query pasted again. Each is the whole wait, then (in brackets) the search alone, from');
  console.log(`the page starting it. A typed query waits ${TYPING_PAUSE_MS} ms after its last keystroke before the search starts.\n`);
}
