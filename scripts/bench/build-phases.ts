/**
 * The phases of an `astro build`, read from its log: each line is stamped with the time it
 * arrived, and a phase runs from the line that announces it to the first line after that which
 * ends it. Astro's own timestamps have a resolution of one second; arrival times are finer.
 */

/** A line of a build's output and when it arrived, in milliseconds from the start of the build. */
export interface StampedLine {
  ms: number;
  text: string;
}

/** A phase of the build: the line that starts it and the line that ends it. */
export interface PhasePattern {
  name: string;
  start: RegExp;
  end: RegExp;
}

/**
 * The phases of a Lintas or Starlight build. Lintas indexes for search after `astro build` has
 * exited (`scripts/build.ts` announces both ends); Starlight runs Pagefind inside its build and
 * announces it.
 */
export const BUILD_PHASES: readonly PhasePattern[] = [
  { name: 'content sync', start: /\[content\] Syncing content/, end: /\[content\] Synced content/ },
  { name: 'bundling', start: /Building static entrypoints/, end: /generating static routes/ },
  { name: 'page generation', start: /generating static routes/, end: /✓ Completed in/ },
  { name: 'search index', start: /\[search-index\] indexing|Building search index|Running Pagefind/i, end: /\[search-index\] indexed|Finished building search index|Pagefind.*(?:indexed|finished)/i },
];

/** Strips terminal colour codes, which Astro writes when it thinks it has a terminal. */
const plain = (text: string): string => text.replace(/\x1b\[[0-9;]*m/g, '');

/**
 * The time each phase took, in milliseconds, by name; a phase whose start or end line is not in
 * the log is left out rather than guessed.
 */
export function phaseTimes(lines: readonly StampedLine[], phases: readonly PhasePattern[] = BUILD_PHASES): Record<string, number> {
  const times: Record<string, number> = {};
  for (const phase of phases) {
    const start = lines.findIndex((line) => phase.start.test(plain(line.text)));
    if (start < 0) continue;
    const end = lines.findIndex((line, i) => i > start && phase.end.test(plain(line.text)));
    if (end < 0) continue;
    times[phase.name] = lines[end]!.ms - lines[start]!.ms;
  }
  return times;
}

/** Splits a chunk of output into lines stamped `ms`, carrying an unfinished last line over in `rest`. */
export function stampLines(rest: string, chunk: string, ms: number): { lines: StampedLine[]; rest: string } {
  const parts = (rest + chunk).split('\n');
  const last = parts.pop() ?? '';
  return { lines: parts.map((text) => ({ ms, text })), rest: last };
}
