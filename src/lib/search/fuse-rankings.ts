/**
 * One order from several ranked lists of the same pages: the query as typed, its other spellings,
 * the other names of a concept it names, the entries tagged with that concept. Pagefind's scores
 * are not comparable between queries, so lists are fused by rank (reciprocal rank fusion): a page
 * high in several lists comes first, and a page only one list finds still gets its place.
 */

/** One ranked list of page ids, best first, and how much it counts. */
export interface RankedList {
  ids: readonly string[];
  weight: number;
}

/**
 * Small, so that the first places of a list count clearly more than the tenth: a researcher
 * judges the first five results.
 */
const RANK_OFFSET = 5;

/** Every id of the lists, once, by descending fused score; ties keep the order of first appearance. */
export function fuseRankings(lists: readonly RankedList[]): string[] {
  const scores = new Map<string, number>();
  for (const { ids, weight } of lists) {
    ids.forEach((id, rank) => scores.set(id, (scores.get(id) ?? 0) + weight / (RANK_OFFSET + rank + 1)));
  }
  const firstSeen = [...scores.keys()];
  return firstSeen
    .map((id, order) => ({ id, order, score: scores.get(id) ?? 0 }))
    .sort((a, b) => b.score - a.score || a.order - b.order)
    .map(({ id }) => id);
}

/** The ids of `ids` in the order they have in `reference` (e.g. all entries newest first); others last. */
export function orderLike(ids: readonly string[], reference: readonly string[]): string[] {
  const position = new Map(reference.map((id, index) => [id, index]));
  const at = (id: string) => position.get(id) ?? reference.length;
  return [...ids].sort((a, b) => at(a) - at(b));
}

/**
 * One more list for `fuseRankings`: the ids of `preferred` that `lists` rank, in their fused order,
 * counting `weight`. Between pages with about the same evidence the preferred then come first,
 * while a page with clearly more evidence keeps its lead.
 */
export function preferenceList(lists: readonly RankedList[], preferred: ReadonlySet<string>, weight: number): RankedList {
  return { ids: fuseRankings(lists).filter((id) => preferred.has(id)), weight };
}
