/**
 * The build section of the benchmark (`npm run bench -- build [SIZE...]`): for each corpus size,
 * a scratch copy of the project with that many generated entries is built clean, then rebuilt
 * after one entry changed; a batch of raw documents is ingested into a copy of its content; and a
 * full-text study page is loaded in Chromium to weigh it as a browser fetches it.
 */
import { readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { launchBrowser } from '../../tests/e2e/browser.ts';
import { cleanBuildTable, incrementalTable, bytesByTypeLine, type BuildResult } from './build-report.ts';
import { renderedRoutes, runLintasBuild } from './build-run.ts';
import { countTransfer, serveGzipped } from './browser-transfer.ts';
import { differingFiles, distTotals } from './dist-stats.ts';
import type { GeneratedEntry } from './generate-corpus.ts';
import { BATCH_DOCUMENTS, runIngestBatch } from './ingest-batch.ts';
import { formatSeconds } from './measure.ts';
import { lintasProjectDir, markBuilt, writeLintasProject } from './scratch-project.ts';

/** Corpus sizes built when none is named. */
export const BUILD_SIZES = [1_000, 5_000, 10_000];

/** The first line of a generated full text (see `generate-corpus.ts`). */
const CHAPTER_ONE = '## BAB I PENDAHULUAN\n';

/** The generated study whose page is weighed: the first with a full text, the heaviest kind of entry page. */
function weighedStudy(entries: readonly GeneratedEntry[]): GeneratedEntry {
  const study = entries.find((entry) => entry.collection === 'studies' && entry.page.includes(CHAPTER_ONE));
  if (!study) throw new Error('the generated corpus has no full-text study to weigh');
  return study;
}

/** Gzipped bytes by resource type of `path` as Chromium loads it from the project's `dist/`, until the network is idle. */
export async function loadedPageWeight(projectDir: string, path: string): Promise<Record<string, number>> {
  const server = await serveGzipped(projectDir);
  const browser = await launchBrowser();
  try {
    const page = await browser.newPage();
    const transfer = countTransfer(page);
    await page.goto(server.url + path, { waitUntil: 'networkidle' });
    await transfer.settled();
    return transfer.byType();
  } finally {
    await browser.close();
    await server.close();
  }
}

/**
 * Adds a sentence to a full-text study's first chapter, as a person correcting an entry would
 * (the entry then counts as edited by hand; the build does not mind).
 */
function editOneEntry(dir: string, entry: GeneratedEntry): void {
  const path = join(dir, 'content', entry.files[0]!.path);
  const text = readFileSync(path, 'utf8');
  if (!text.includes(CHAPTER_ONE)) throw new Error(`${path}: no first chapter to edit`);
  writeFileSync(path, text.replace(CHAPTER_ONE, `${CHAPTER_ONE}\nBagian ini diperbarui.\n`));
}

/**
 * The files in which the incremental rebuild's output differs from a build that renders every
 * page (`--force`): none, when every page's cache key follows what the page shows.
 */
async function sameAsFullBuild(dir: string): Promise<string[]> {
  const rebuilt = join(dir, 'dist-incremental');
  rmSync(rebuilt, { recursive: true, force: true });
  renameSync(join(dir, 'dist'), rebuilt);
  await runLintasBuild(dir, ['--force']);
  const differing = differingFiles(rebuilt, join(dir, 'dist'));
  rmSync(rebuilt, { recursive: true, force: true });
  return differing;
}

async function measureSize(size: number): Promise<BuildResult> {
  const dir = lintasProjectDir(size);
  const started = performance.now();
  const entries = writeLintasProject(size);
  console.log(`${size} entries: corpus written to ${dir} in ${formatSeconds(performance.now() - started)}; building clean...`);
  const clean = await runLintasBuild(dir);
  const totals = distTotals(join(dir, 'dist'));
  console.log(`  clean build ${formatSeconds(clean.wallMs)}, ${totals.pages} pages; weighing a study page...`);
  const study = weighedStudy(entries);
  const pageWeight = await loadedPageWeight(dir, `/studies/${study.id}/`);
  console.log(`  /studies/${study.id}/: ${bytesByTypeLine(pageWeight)}; rebuilding after one changed entry...`);
  editOneEntry(dir, study);
  const rebuild = await runLintasBuild(dir);
  const routes = renderedRoutes(rebuild);
  console.log(`  rebuild ${formatSeconds(rebuild.wallMs)}, ${routes.rendered} routes rendered, ${routes.restored} reused; checking it against a forced full build...`);
  const differing = await sameAsFullBuild(dir);
  markBuilt(size);
  console.log(`  ${differing.length === 0 ? 'same output' : `${differing.length} files differ: ${differing.slice(0, 10).join(', ')}`}; ingesting ${BATCH_DOCUMENTS} raw documents in one batch...`);
  const ingest = await runIngestBatch(dir);
  console.log(`  ingest ${formatSeconds(ingest.wallMs)}${ingest.refused ? `, refused:\n${ingest.refused}` : ''}`);
  return {
    entries: size,
    clean,
    pages: totals.pages,
    outputBytes: totals.bytes,
    searchIndexBytes: totals.searchIndexBytes,
    rebuild: { ...rebuild, ...routes, differing },
    ingest: { documents: BATCH_DOCUMENTS, ...ingest },
    pageWeight,
  };
}

/** Builds each corpus size in turn and prints the tables. */
export async function runBuildSection(_script: string, sizes: readonly number[]): Promise<void> {
  console.log('## build: clean build, rebuild after one changed entry, batch ingest, page weight\n');
  const results: BuildResult[] = [];
  for (const size of sizes.length > 0 ? sizes : BUILD_SIZES) results.push(await measureSize(size));
  console.log(`\n${cleanBuildTable(results)}\n\n${incrementalTable(results)}\n`);
  console.log('CPU: user and system time of the build and every process it ran. Peak RSS: the summed resident');
  console.log('memory of those processes, sampled every 200 ms. Phases from the arrival of Astro\'s log lines.');
  console.log('Study page gz: a full-text study page and everything Chromium loads with it, gzipped, until the network is idle.\n');
}
