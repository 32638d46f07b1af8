/**
 * Scoring a search against the relevance set: recall at a cutoff and mean reciprocal rank, from
 * the ordered results the search listed for each query.
 */

/**
 * The target, in one place: every query's expected entries among the first `cutoff`
 * results, which puts recall@cutoff at 1; the benchmark reports against `recall` and `mrr`.
 */
export const SEARCH_TARGET = { cutoff: 5, recall: 0.95, mrr: 0.9 } as const;

/**
 * The floor the browser test holds the search to from each UI root, set a little under the
 * latest figures (recall@5 0.951 from /search/ and 0.947 from /en/search/, MRR 0.940 and 0.955):
 * a change that makes the search worse fails. Raise it as the search improves, up to
 * `SEARCH_TARGET`, which /en/search/ misses by a hair in recall.
 */
export const SEARCH_FLOOR = { recall: 0.93, mrr: 0.92 } as const;

/** How far down the list the benchmark reads, so that a rank past the cutoff still counts for MRR. */
export const RESULTS_READ = 10;

/** How one query fared. */
export interface QueryScore {
  /** Expected entries among the first `cutoff` results. */
  found: string[];
  /** Expected entries not among the first `cutoff` results. */
  missed: string[];
  /** Share of the expected entries among the first `cutoff` results (0 to 1). */
  recall: number;
  /** 1 / the rank of the first expected entry listed, or 0 when none was listed at all. */
  reciprocalRank: number;
}

/** Scores the ordered `results` of one query (duplicates count once, at their first rank). */
export function scoreQuery(expected: readonly string[], results: readonly string[], cutoff: number = SEARCH_TARGET.cutoff): QueryScore {
  if (expected.length === 0) throw new Error('A query of the relevance set must expect at least one entry');
  if (!Number.isInteger(cutoff) || cutoff < 1) throw new Error(`The cutoff is a positive whole number, got ${cutoff}`);
  const ranked = [...new Set(results)];
  const top = new Set(ranked.slice(0, cutoff));
  const found = expected.filter((ref) => top.has(ref));
  const missed = expected.filter((ref) => !top.has(ref));
  const wanted = new Set(expected);
  const firstRank = ranked.findIndex((ref) => wanted.has(ref)) + 1;
  return { found, missed, recall: found.length / expected.length, reciprocalRank: firstRank === 0 ? 0 : 1 / firstRank };
}

/** The figures of a group of queries. */
export interface ScoreSummary {
  queries: number;
  /** Mean recall at the cutoff over the queries. */
  recall: number;
  /** Mean reciprocal rank over the queries. */
  mrr: number;
  /** Queries with every expected entry among the first `cutoff` results. */
  complete: number;
}

/** Averages the scores of a group of queries; an empty group has no figures to give. */
export function summariseScores(scores: readonly QueryScore[]): ScoreSummary {
  if (scores.length === 0) throw new Error('Cannot summarise the scores of no queries');
  const mean = (pick: (score: QueryScore) => number) => scores.reduce((sum, score) => sum + pick(score), 0) / scores.length;
  return {
    queries: scores.length,
    recall: mean((score) => score.recall),
    mrr: mean((score) => score.reciprocalRank),
    complete: scores.filter((score) => score.missed.length === 0).length,
  };
}

/** Whether a summary meets `SEARCH_TARGET`. */
export function meetsTarget(summary: ScoreSummary): boolean {
  return summary.recall >= SEARCH_TARGET.recall && summary.mrr >= SEARCH_TARGET.mrr;
}
