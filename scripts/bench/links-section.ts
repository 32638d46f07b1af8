/**
 * The links section of the benchmark: the backlink index (`buildMentionIndex`) over a growing
 * number of generated entries, each in its own process. Its cost should grow with the number of
 * entries (ten times the entries, about ten times the time), never with pairs of them.
 */
import { fileURLToPath } from 'node:url';
import { buildMentionIndex } from '../../src/lib/graph/build-mention-index.ts';
import { buildMentionMatcher } from '../../src/lib/links/find-mentions.ts';
import { readLinkTargets } from '../../src/lib/links/read-link-targets.ts';
import { BODY_ANCHOR_PREFIX } from '../../src/lib/markdown/paragraph-anchors.ts';
import { generateThesis } from './generate-thesis.ts';
import { formatTable, reportCase, runCaseProcess } from './measure.ts';

/** Entry counts, each ten times the last. */
const ENTRY_COUNTS = [100, 1000];
/** Size of each generated entry body. */
const ENTRY_BYTES = 10 * 1024;
const SEED = 20240314;

/** Indexes the mentions of `count` generated entries; run inside a case process. */
export async function runLinksCase(count: number): Promise<void> {
  const targets = readLinkTargets(fileURLToPath(new URL('../../content', import.meta.url)));
  const entries = Array.from({ length: count }, (_, i) => ({
    entry: { kind: 'studies' as const, id: `bench-${i}` },
    texts: [{ markdown: generateThesis(ENTRY_BYTES, SEED + i), lang: 'id' as const, anchorPrefix: BODY_ANCHOR_PREFIX, format: 'body' as const }],
  }));
  await reportCase(() => buildMentionIndex(entries, buildMentionMatcher(targets)));
}

/** Runs every links case in its own process (through `script`) and prints a table of figures. */
export function runLinksSection(script: string): void {
  console.log('## links: backlink index over generated entries of 10 KB\n');
  const rows = [['entries', 'wall time', 'CPU time', 'x previous count']];
  let previous: number | undefined;
  for (const count of ENTRY_COUNTS) {
    const figures = runCaseProcess(script, ['--case', 'links', String(count)]);
    rows.push([String(count), `${(figures.ms / 1000).toFixed(2)} s`, `${(figures.cpuMs / 1000).toFixed(2)} s`, previous ? `${(figures.cpuMs / previous).toFixed(1)}x` : '']);
    previous = figures.cpuMs;
  }
  console.log(`\n${formatTable(rows)}\n`);
}
