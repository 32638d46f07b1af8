/**
 * The text `npm run eval:search` prints: recall at the cutoff and MRR per UI root, by query
 * language and type, then every query that missed an expected entry with what was listed instead.
 */
import type { Locale } from '../i18n/locales.ts';
import { LANGS } from '../langs.ts';
import { QUERY_TYPES, type RelevanceQuery } from './relevance-set.ts';
import { meetsTarget, SEARCH_TARGET, summariseScores, type QueryScore, type ScoreSummary } from './retrieval-scores.ts';

/** One query run from one UI root. */
export interface QueryRun {
  query: RelevanceQuery;
  /** What the search listed, in order: entry refs, or page paths for other pages. */
  listed: string[];
  score: QueryScore;
}

/** Every query run from one UI root. */
export interface RootRuns {
  locale: Locale;
  /** The search page the queries ran on, e.g. `/en/search/`. */
  page: string;
  runs: QueryRun[];
}

const figure = (value: number) => value.toFixed(3);

function row(label: string, summary: ScoreSummary): string {
  return `| ${label} | ${summary.queries} | ${figure(summary.recall)} | ${figure(summary.mrr)} | ${summary.complete} of ${summary.queries} |`;
}

/** Rows for each group of runs that has any, in `groups` order. */
function groupRows<K extends string>(runs: readonly QueryRun[], groups: readonly K[], keyOf: (run: QueryRun) => K, label: (key: K) => string): string[] {
  return groups.flatMap((key) => {
    const scores = runs.filter((run) => keyOf(run) === key).map((run) => run.score);
    return scores.length === 0 ? [] : [row(label(key), summariseScores(scores))];
  });
}

function rootSection(root: RootRuns): string[] {
  const overall = summariseScores(root.runs.map((run) => run.score));
  const k = SEARCH_TARGET.cutoff;
  const missed = root.runs.filter((run) => run.score.missed.length > 0);
  return [
    `## ${root.page} (${root.locale})`,
    '',
    `| queries | n | recall@${k} | MRR | all expected in top ${k} |`,
    '|---|---|---|---|---|',
    row('all', overall),
    ...groupRows(root.runs, LANGS, (run) => run.query.lang, (lang) => `written in ${lang}`),
    ...groupRows(root.runs, QUERY_TYPES, (run) => run.query.type, (type) => type),
    '',
    `Target (recall@${k} >= ${SEARCH_TARGET.recall}, MRR >= ${SEARCH_TARGET.mrr}): ${meetsTarget(overall) ? 'met' : 'not met'}.`,
    '',
    missed.length === 0 ? `Every query lists its expected entries in the top ${k}.` : `Queries missing an expected entry in the top ${k} (${missed.length}):`,
    ...missed.flatMap((run) => [
      `- "${run.query.query}" (${run.query.lang}, ${run.query.type}): missed ${run.score.missed.join(', ')}`,
      `    listed: ${run.listed.slice(0, k).join(', ') || 'nothing'}`,
    ]),
  ];
}

/** The report over every UI root, roots in the order given. */
export function formatSearchReport(roots: readonly RootRuns[]): string {
  return [`# Search relevance (${roots[0]?.runs.length ?? 0} queries)`, '', ...roots.flatMap((root) => [...rootSection(root), ''])].join('\n');
}
