/**
 * The tables the build, comparison and search sections print, from their figures: pure, so
 * that what a figure is called and how it is shown can be tested without building anything.
 */
import { formatBytes, formatCount, formatSeconds, formatTable } from './measure.ts';
import type { QueryTiming } from './search-ui.ts';

/** The phases every build row shows, in build order (see `build-phases.ts`). */
export const PHASE_COLUMNS = ['content sync', 'bundling', 'page generation', 'search index'] as const;

/** Everything the build section measures for one corpus size. */
export interface BuildResult {
  entries: number;
  clean: { wallMs: number; cpuMs: number; peakRss: number; peakProcessRss: number; phases: Record<string, number> };
  pages: number;
  outputBytes: number;
  searchIndexBytes: number;
  /** The rebuild after one entry changed: routes rendered and reused, and files that differ from a full build. */
  rebuild: { wallMs: number; cpuMs: number; rendered: number; restored: number; differing: readonly string[] };
  /** The batch ingest; `refused` holds the end of its output when it wrote nothing. */
  ingest: { documents: number; wallMs: number; cpuMs: number; peakRss: number; refused?: string };
  /** Gzipped bytes of one full-text study page as a browser loads it, by resource type. */
  pageWeight: Record<string, number>;
}

const phase = (phases: Record<string, number>, name: string): string => (name in phases ? formatSeconds(phases[name]!) : 'n/a');
const percent = (part: number, whole: number): string => `${Math.round((part / whole) * 100)} %`;
const sum = (record: Record<string, number>): number => Object.values(record).reduce((total, n) => total + n, 0);

/** The clean-build table: one row per corpus size. */
export function cleanBuildTable(results: readonly BuildResult[]): string {
  const rows = [['entries', 'wall', 'CPU', 'peak RSS', 'largest process', 'pages', 'output', ...PHASE_COLUMNS]];
  for (const r of results) {
    rows.push([
      formatCount(r.entries),
      formatSeconds(r.clean.wallMs),
      formatSeconds(r.clean.cpuMs),
      formatBytes(r.clean.peakRss),
      formatBytes(r.clean.peakProcessRss),
      formatCount(r.pages),
      formatBytes(r.outputBytes),
      ...PHASE_COLUMNS.map((name) => phase(r.clean.phases, name)),
    ]);
  }
  return formatTable(rows);
}

/** Rebuild, ingest and page weight: one row per corpus size. */
export function incrementalTable(results: readonly BuildResult[]): string {
  const rows = [['entries', 'rebuild (1 entry)', 'of clean', 'routes rendered', 'same as full build', 'ingest batch', 'ingest wall', 'ingest CPU', 'ingest peak RSS', 'search index', 'study page gz']];
  for (const r of results) {
    rows.push([
      formatCount(r.entries),
      formatSeconds(r.rebuild.wallMs),
      percent(r.rebuild.wallMs, r.clean.wallMs),
      `${formatCount(r.rebuild.rendered)} of ${formatCount(r.rebuild.rendered + r.rebuild.restored)}`,
      r.rebuild.differing.length === 0 ? 'yes' : `no: ${formatCount(r.rebuild.differing.length)} files`,
      r.ingest.refused === undefined ? `${formatCount(r.ingest.documents)} written` : `${formatCount(r.ingest.documents)} refused`,
      formatSeconds(r.ingest.wallMs),
      formatSeconds(r.ingest.cpuMs),
      formatBytes(r.ingest.peakRss),
      formatBytes(r.searchIndexBytes),
      formatBytes(sum(r.pageWeight)),
    ]);
  }
  return formatTable(rows);
}

/** Bytes by resource type (a page's weight, what a query fetched), e.g. "document 4 KB, stylesheet 2 KB, script 1 KB". */
export function bytesByTypeLine(weight: Record<string, number>): string {
  return Object.entries(weight)
    .map(([type, bytes]) => `${type} ${formatBytes(bytes)}`)
    .join(', ');
}

/** One build of the comparison: which site, in which round, and what it cost. */
export interface CompareRun {
  site: 'Lintas' | 'Starlight';
  wallMs: number;
  cpuMs: number;
  peakRss: number;
  pages: number;
}

const mean = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0) / values.length;

/** The comparison table: every run in the order it ran, then each site's mean and the ratio Lintas / Starlight. */
export function compareTable(runs: readonly CompareRun[]): string {
  const rows = [['site', 'wall', 'CPU', 'peak RSS', 'HTML pages']];
  for (const run of runs) rows.push([run.site, formatSeconds(run.wallMs), formatSeconds(run.cpuMs), formatBytes(run.peakRss), formatCount(run.pages)]);
  const of = (site: CompareRun['site']) => runs.filter((run) => run.site === site);
  const lintas = of('Lintas');
  const starlight = of('Starlight');
  if (lintas.length > 0 && starlight.length > 0) {
    const means = (list: readonly CompareRun[]) => ({
      wall: mean(list.map((r) => r.wallMs)),
      cpu: mean(list.map((r) => r.cpuMs)),
      rss: Math.max(...list.map((r) => r.peakRss)),
    });
    const l = means(lintas);
    const s = means(starlight);
    rows.push(['Lintas mean', formatSeconds(l.wall), formatSeconds(l.cpu), formatBytes(l.rss), '']);
    rows.push(['Starlight mean', formatSeconds(s.wall), formatSeconds(s.cpu), formatBytes(s.rss), '']);
    rows.push(['ratio', `${(l.wall / s.wall).toFixed(2)}x`, `${(l.cpu / s.cpu).toFixed(2)}x`, `${(l.rss / s.rss).toFixed(2)}x`, '']);
  }
  return formatTable(rows);
}

/** What the search section measures for one corpus size and query. */
export interface SearchResult {
  entries: number;
  indexBytes: number;
  query: string;
  /** Compressed bytes the first query fetched, after the search page had loaded. */
  firstQueryBytes: number;
  /** From the query entered to the first result shown, chunks not yet fetched. */
  cold: QueryTiming;
  /** The same query entered again, its chunks already fetched. */
  warm: QueryTiming;
}

/** "900 ms (640 ms)": a query's whole wait and, in brackets, the part spent searching. */
function formatTiming({ totalMs, searchMs }: QueryTiming): string {
  return `${Math.round(totalMs)} ms (${Math.round(searchMs)} ms)`;
}

/** The search table: one row per corpus size and query. */
export function searchTable(results: readonly SearchResult[]): string {
  const rows = [['entries', 'index size', 'query', 'first query transfers', 'query to results, cold (searching)', 'chunks loaded (searching)']];
  for (const r of results) {
    rows.push([formatCount(r.entries), formatBytes(r.indexBytes), r.query, formatBytes(r.firstQueryBytes), formatTiming(r.cold), formatTiming(r.warm)]);
  }
  return formatTable(rows);
}
