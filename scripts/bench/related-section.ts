/**
 * The related-entries section of the benchmark: `buildRelatedEntries` on generated corpora of
 * growing size, each in its own process. Features are drawn with a skew (a few concepts and
 * countries on most entries, many rare organisations, people and cited works), as in a real
 * corpus; growth between sizes shows whether the inverted index keeps the cost near linear.
 */
import { buildRelatedEntries, type RelatableEntry } from '../../src/lib/graph/related-entries.ts';
import { formatBytes, formatTable, reportCase, runCaseProcess } from './measure.ts';
import { createSeededRandom, type SeededRandom } from './seeded-random.ts';

/** Corpus sizes, each ten times the last. */
export const RELATED_SIZES = [1_000, 10_000, 100_000];

/** Seed of the generated corpora; fixed so that runs compare. */
const SEED = 20251217;

/** `count` distinct draws from `poolSize` names, the low numbers far likelier (a rough Zipf law). */
function skewedDraws(random: SeededRandom, prefix: string, poolSize: number, count: number): string[] {
  const drawn = new Set<string>();
  while (drawn.size < Math.min(count, poolSize)) drawn.add(`${prefix}-${Math.floor(poolSize ** random.next()) - 1}`);
  return [...drawn];
}

/** A corpus of `size` entries, a third of them studies citing works. */
export function generateRelatableCorpus(size: number, seed: number): RelatableEntry[] {
  const random = createSeededRandom(seed);
  return Array.from({ length: size }, (_, index) => {
    const study = index % 3 === 0;
    return {
      ref: { kind: study ? 'studies' : 'news', id: `entry-${index}` },
      concepts: skewedDraws(random, 'concept', 80, random.between(3, 12)),
      legalInstruments: skewedDraws(random, 'legal', 60, random.between(0, 4)),
      organisations: skewedDraws(random, 'organisation', Math.max(50, size / 10), random.between(1, 5)),
      people: skewedDraws(random, 'person', Math.max(50, size / 4), random.between(0, 3)),
      countries: ['ID', ...skewedDraws(random, 'country', 40, random.between(0, 3))],
      citedWorks: study ? skewedDraws(random, 'work', size * 3, random.between(10, 40)) : [],
    };
  });
}

/** Generates one corpus and measures `buildRelatedEntries` on it; run inside a case process. */
export async function runRelatedCase(size: number): Promise<void> {
  const corpus = generateRelatableCorpus(size, SEED);
  await reportCase(() => buildRelatedEntries(corpus));
}

const seconds = (ms: number): string => `${(ms / 1000).toFixed(2)} s`;

/** Runs every related-entries case in its own process (through `script`) and prints a table. */
export function runRelatedSection(script: string): void {
  console.log('## related: buildRelatedEntries on generated corpora\n');
  const rows = [['entries', 'wall time', 'CPU time', 'CPU per 1,000 entries', 'x previous size', 'peak RSS']];
  let previous: number | undefined;
  for (const size of RELATED_SIZES) {
    const figures = runCaseProcess(script, ['--case', 'related', String(size)]);
    rows.push([
      size.toLocaleString('en'),
      seconds(figures.ms),
      seconds(figures.cpuMs),
      seconds((figures.cpuMs * 1000) / size),
      previous === undefined ? '' : `${(figures.cpuMs / previous).toFixed(1)}x`,
      formatBytes(figures.peakRss),
    ]);
    previous = figures.cpuMs;
    console.log(`${size} entries: ${seconds(figures.ms)} wall, ${seconds(figures.cpuMs)} CPU`);
  }
  console.log(`\n${formatTable(rows)}\n`);
}
