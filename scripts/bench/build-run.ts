/**
 * Runs a command (`astro build`, the ingest) as a child process and measures it: wall time, CPU
 * time of the whole process tree, peak resident memory of the tree (sampled), and the output
 * lines stamped with their arrival, from which a build's phases are read.
 */
import { spawn } from 'node:child_process';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { phaseTimes, stampLines, type StampedLine } from './build-phases.ts';
import { childrenCpuMs, processTreeRss } from './process-tree-memory.ts';

/** What one run of a command cost. */
export interface RunFigures {
  wallMs: number;
  cpuMs: number;
  /** Peak of the summed resident memory of the command's processes, sampled every {@link SAMPLE_MS}. */
  peakRss: number;
  /** Peak resident memory of the largest single process among them, sampled likewise. */
  peakProcessRss: number;
  /** The exit code; the figures of a failed run are still given. */
  exitCode: number | null;
  lines: StampedLine[];
}

/** What one build cost, with its phase times in milliseconds by name (see `build-phases.ts`). */
export interface BuildFigures extends RunFigures {
  phases: Record<string, number>;
}

/** The script behind `npm run build`, run in the project folder it builds. */
const BUILD_SCRIPT = fileURLToPath(new URL('../build.ts', import.meta.url));

/** How often the memory of the process tree is read. */
const SAMPLE_MS = 200;

/** Runs a Node script with `args` in `cwd`, with the Node running this one and its default heap settings. */
export function runMeasured(args: readonly string[], cwd: string): Promise<RunFigures> {
  const cpuBefore = childrenCpuMs();
  const start = performance.now();
  const child = spawn(process.execPath, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, NO_COLOR: '1' } });
  const lines: StampedLine[] = [];
  let peakRss = 0;
  let peakProcessRss = 0;
  const sampler = setInterval(() => {
    if (child.pid === undefined) return;
    const rss = processTreeRss(child.pid);
    peakRss = Math.max(peakRss, rss.total);
    peakProcessRss = Math.max(peakProcessRss, rss.largest);
  }, SAMPLE_MS);
  const collect = (stream: NodeJS.ReadableStream) => {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk: string) => {
      const stamped = stampLines(rest, chunk, performance.now() - start);
      lines.push(...stamped.lines);
      rest = stamped.rest;
    });
  };
  collect(child.stdout);
  collect(child.stderr);
  return new Promise((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (exitCode) => {
      clearInterval(sampler);
      resolve({ wallMs: performance.now() - start, cpuMs: childrenCpuMs() - cpuBefore, peakRss, peakProcessRss, exitCode, lines });
    });
  });
}

/** The last lines of a run's output, to show why it failed. */
export const outputTail = (run: RunFigures, count = 30): string => run.lines.slice(-count).map((line) => line.text).join('\n');

/** Runs a build command (a Node script and its arguments) in `projectDir`; a failed build throws with the end of its log. */
async function runBuild(args: readonly string[], projectDir: string): Promise<BuildFigures> {
  const run = await runMeasured(args, projectDir);
  if (run.exitCode !== 0) throw new Error(`${args.map((arg) => basename(arg)).join(' ')} failed in ${projectDir} (exit ${run.exitCode}):\n${outputTail(run)}`);
  return { ...run, phases: phaseTimes(run.lines) };
}

/** Builds the Astro project in `projectDir` with `astro build` alone, as a Starlight site is built. */
export function runAstroBuild(projectDir: string): Promise<BuildFigures> {
  return runBuild([join(projectDir, 'node_modules/astro/bin/astro.mjs'), 'build'], projectDir);
}

/**
 * Builds a Lintas project folder as `npm run build` does (`scripts/build.ts`: `astro build`, then
 * the search index), so the figures cover both processes. Pass `--force` in `flags` to render
 * every page, ignoring what the previous build left to reuse.
 */
export function runLintasBuild(projectDir: string, flags: readonly string[] = []): Promise<BuildFigures> {
  return runBuild([BUILD_SCRIPT, ...flags], projectDir);
}

/** How many routes a build rendered and how many it copied from the previous build, from its log. */
export function renderedRoutes(run: RunFigures): { rendered: number; restored: number } {
  let rendered = 0;
  let restored = 0;
  for (const { text } of run.lines) {
    if (!text.includes('├─ ') && !text.includes('└─ ')) continue;
    if (text.trimEnd().endsWith('(restored)')) restored++;
    else rendered++;
  }
  return { rendered, restored };
}
