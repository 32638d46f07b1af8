/**
 * Runs one benchmark case in a fresh Node process, so that its peak resident memory is its own
 * and not what earlier cases left behind, and formats the figures.
 */
import { execFileSync } from 'node:child_process';

/** What one run of a case cost. */
export interface CaseFigures {
  /** Wall time of the measured work, in milliseconds. */
  ms: number;
  /** CPU time (user and system) of the measured work, in milliseconds: steadier than wall time on a shared machine. */
  cpuMs: number;
  /** Peak resident set size of the whole process, in bytes. */
  peakRss: number;
  /** V8 heap in use right after the work (before any forced collection), in bytes. */
  heapUsed: number;
  /** Figures the work itself reports (stage times, output sizes), by name. */
  details?: Record<string, number>;
}

/** The line a case process prints its figures on, so the parent can tell them from other output. */
const FIGURES_PREFIX = 'BENCH-FIGURES ';

/**
 * Measures `work` in the current process and prints the figures for the parent to read. Work
 * that returns a record of numbers has them passed on as `details`.
 */
export async function reportCase(work: () => unknown): Promise<void> {
  const start = performance.now();
  const cpuStart = process.cpuUsage();
  const result = await work();
  const ms = performance.now() - start;
  const cpu = process.cpuUsage(cpuStart);
  const figures: CaseFigures = {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    peakRss: process.resourceUsage().maxRSS * 1024,
    heapUsed: process.memoryUsage().heapUsed,
    ...(isNumberRecord(result) ? { details: result } : {}),
  };
  console.log(FIGURES_PREFIX + JSON.stringify(figures));
}

function isNumberRecord(value: unknown): value is Record<string, number> {
  return typeof value === 'object' && value !== null && Object.values(value).every((v) => typeof v === 'number');
}

/** Runs `script` with `args` in a child Node process and returns the figures it reported. */
export function runCaseProcess(script: string, args: readonly string[]): CaseFigures {
  const output = execFileSync(process.execPath, [script, ...args], {
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const line = output.split('\n').find((l) => l.startsWith(FIGURES_PREFIX));
  if (!line) throw new Error(`${script} ${args.join(' ')} printed no figures`);
  return JSON.parse(line.slice(FIGURES_PREFIX.length)) as CaseFigures;
}

const MB = 1024 * 1024;
const GB = 1024 * MB;

/** A byte count as "1.25 GB", "1.5 MB" or "100 KB" (binary units). */
export function formatBytes(bytes: number): string {
  if (bytes >= GB) return `${+(bytes / GB).toFixed(2)} GB`;
  return bytes >= MB ? `${+(bytes / MB).toFixed(1)} MB` : `${Math.round(bytes / 1024)} KB`;
}

/** Milliseconds as seconds, "68.0 s"; below ten seconds with two decimals, "1.25 s". */
export function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${seconds.toFixed(seconds < 10 ? 2 : 1)} s`;
}

/** A count with thousands separated by commas, as the README writes them: "10,000". */
export function formatCount(count: number): string {
  return Math.round(count).toLocaleString('en-US');
}

/** A table of rows as aligned text columns, the first row being the heading. */
export function formatTable(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  return rows.map((row) => row.map((cell, column) => cell.padStart(widths[column]!)).join('  ')).join('\n');
}
