/**
 * The comparison section (`npm run bench -- compare [SIZE...]`): the Lintas copy of a generated
 * corpus and a Starlight site of the same corpus (one page per entry, the same Markdown), each
 * built clean, in alternation, on the same machine; then the ratio of their means.
 */
import { join } from 'node:path';
import { compareTable, type CompareRun } from './build-report.ts';
import { runAstroBuild, runLintasBuild } from './build-run.ts';
import { distTotals } from './dist-stats.ts';
import { formatSeconds } from './measure.ts';
import { lintasProjectDir, markBuilt, removeBuildState, starlightProjectDir, writeLintasProject } from './scratch-project.ts';
import { STARLIGHT_VERSION, writeStarlightProject } from './starlight-project.ts';

/** The corpus size compared when none is named. */
export const COMPARE_SIZES = [1_000];

/** Builds of each site per size, alternating Lintas and Starlight so that a change in load falls on both. */
const ROUNDS = 2;

async function buildClean(site: CompareRun['site'], dir: string): Promise<CompareRun> {
  removeBuildState(dir);
  const figures = await (site === 'Lintas' ? runLintasBuild(dir) : runAstroBuild(dir));
  const run = { site, wallMs: figures.wallMs, cpuMs: figures.cpuMs, peakRss: figures.peakRss, pages: distTotals(join(dir, 'dist')).pages };
  console.log(`  ${site}: ${formatSeconds(run.wallMs)} wall, ${formatSeconds(run.cpuMs)} CPU`);
  return run;
}

/** Writes both sites of each size and builds them in turn, then prints each size's table. */
export async function runCompareSection(_script: string, sizes: readonly number[]): Promise<void> {
  console.log(`## compare: Lintas and Starlight ${STARLIGHT_VERSION} building the same generated corpus, alternately\n`);
  for (const size of sizes.length > 0 ? sizes : COMPARE_SIZES) {
    const entries = writeLintasProject(size);
    writeStarlightProject(size, entries);
    console.log(`${size} entries: ${lintasProjectDir(size)} and ${starlightProjectDir(size)}`);
    const runs: CompareRun[] = [];
    for (let round = 0; round < ROUNDS; round++) {
      runs.push(await buildClean('Lintas', lintasProjectDir(size)));
      runs.push(await buildClean('Starlight', starlightProjectDir(size)));
    }
    // The last Lintas build is a clean build of this commit: the search section may reuse it.
    markBuilt(size);
    console.log(`\n${compareTable(runs)}\n`);
  }
  console.log('Lintas builds every entry in two UI languages, with its source page, graph and search index;');
  console.log('Starlight one page per entry in one language, with its default search. Means of the rounds; peak RSS the highest.\n');
}
