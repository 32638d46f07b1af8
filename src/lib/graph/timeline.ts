/**
 * Putting dated things in time order and grouping them by year, for the corpus timeline and the
 * timeline of a legal chain. Dates are as precise as their sources: `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
 */

/** Anything placed on a timeline by a partial date; `undefined` when its source gives none. */
export interface Dated {
  date: string | undefined;
}

/** One year of a timeline; `year` is `undefined` for the group of undated items. */
export interface YearGroup<T> {
  year: string | undefined;
  items: T[];
}

/**
 * Partial dates compare as strings: "2009" sorts before "2009-03-01", so a year alone stands at
 * the start of its year, where a reader of a timeline looks for it.
 */
function comparePartialDates(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The date an instrument is placed by: when it was adopted, else signed, else in force. */
export function instrumentDate(data: { adopted?: string | undefined; signed?: string | undefined; inForce?: string | undefined }): string | undefined {
  return data.adopted ?? data.signed ?? data.inForce;
}

/**
 * The items in date order (oldest first, or newest first with `newestFirst`), grouped by year;
 * undated items form one last group. Items of the same date keep their input order.
 */
export function groupByYear<T extends Dated>(items: readonly T[], { newestFirst = false } = {}): YearGroup<T>[] {
  const sign = newestFirst ? -1 : 1;
  const dated = items.filter((item): item is T & { date: string } => item.date !== undefined);
  dated.sort((a, b) => sign * comparePartialDates(a.date, b.date));
  const groups: YearGroup<T>[] = [];
  for (const item of dated) {
    const year = item.date.slice(0, 4);
    const last = groups.at(-1);
    if (last?.year === year) last.items.push(item);
    else groups.push({ year, items: [item] });
  }
  const undated = items.filter((item) => item.date === undefined);
  if (undated.length > 0) groups.push({ year: undefined, items: [...undated] });
  return groups;
}
