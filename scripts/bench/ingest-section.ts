/**
 * The ingest section of the benchmark: generated news pages and full theses of growing size,
 * each run through `prepareEntry` (reading, kind detection, parsing, tagging, validation; no
 * writing) in its own process. Growth between sizes shows whether a stage went super-linear.
 */
import { fileURLToPath } from 'node:url';
import { prepareEntry } from '../../src/lib/ingest/prepare-entry.ts';
import { readTaggingIndexes } from '../../src/lib/ingest/tagging-indexes.ts';
import { generateNewsPage } from './generate-news.ts';
import { generateThesis } from './generate-thesis.ts';
import { formatBytes, formatTable, reportCase, runCaseProcess } from './measure.ts';

const KIB = 1024;
const MIB = 1024 * KIB;

/** Input sizes, each ten times the last. */
export const INGEST_SIZES = [100 * KIB, MIB, 10 * MIB];

const GENERATORS = { news: generateNewsPage, thesis: generateThesis } as const;
type InputKind = keyof typeof GENERATORS;

/** Seed of the generated inputs; fixed so that runs compare. */
const SEED = 20240314;

/** Generates one input and measures `prepareEntry` on it; run inside a case process. */
export async function runIngestCase(kind: InputKind, bytes: number): Promise<void> {
  const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
  const indexes = readTaggingIndexes(contentDir);
  const raw = { fileName: `bench-${kind}-${bytes}.txt`, bytes: new TextEncoder().encode(GENERATORS[kind](bytes, SEED)) };
  await reportCase(() => prepareEntry(raw, indexes, [], { force: true }));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Runs every ingest case in its own process (through `script`) and prints a table of figures. */
export function runIngestSection(script: string): void {
  console.log('## ingest: prepareEntry on generated inputs (no writing)\n');
  const rows = [['input', 'size', 'wall time', 'CPU time', 'CPU per MB', 'x previous size', 'peak RSS', 'heap used']];
  for (const kind of Object.keys(GENERATORS) as InputKind[]) {
    let previous: number | undefined;
    for (const bytes of INGEST_SIZES) {
      const figures = runCaseProcess(script, ['--case', 'ingest', kind, String(bytes)]);
      rows.push([
        kind,
        formatBytes(bytes),
        seconds(figures.ms),
        seconds(figures.cpuMs),
        seconds(figures.cpuMs * (MIB / bytes)),
        previous === undefined ? '' : `${(figures.cpuMs / previous).toFixed(1)}x`,
        formatBytes(figures.peakRss),
        formatBytes(figures.heapUsed),
      ]);
      previous = figures.cpuMs;
      console.log(`${kind} ${formatBytes(bytes)}: ${seconds(figures.ms)} wall, ${seconds(figures.cpuMs)} CPU`);
    }
  }
  console.log(`\n${formatTable(rows)}\n`);
}
