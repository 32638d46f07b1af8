/**
 * The corpus-wide index of cited works: every work any entry cites, with how often the corpus
 * cites it and which entries do. Built once per build from each entry's works cited.
 */
import type { EntryRef } from '../graph/build-knowledge-graph.ts';
import { compareCitedWorks, namesMoreFully, type CitedWork } from './cited-work.ts';
import type { WorkCitedInEntry } from './extract-works-cited.ts';

/** An entry citing a work: how often, and the paragraph of its first citation. */
export interface CitingEntry {
  ref: EntryRef;
  count: number;
  firstAnchor: string;
}

/** A work as the corpus cites it. */
export interface CorpusCitedWork extends CitedWork {
  /** Citations of it over all entries. */
  count: number;
  /** The entries citing it, in input order. */
  entries: CitingEntry[];
}

/** One entry's works cited, as the index takes them. */
export interface EntryWorks {
  ref: EntryRef;
  works: readonly WorkCitedInEntry[];
}

/** Every work cited anywhere, sorted by first author and year, with the entries citing it. */
export function buildCitedWorksIndex(entries: readonly EntryWorks[]): CorpusCitedWork[] {
  const index = new Map<string, CorpusCitedWork>();
  for (const { ref, works } of entries) {
    for (const work of works) {
      const citing: CitingEntry = { ref, count: work.count, firstAnchor: work.anchors[0] ?? '' };
      const known = index.get(work.key);
      if (!known) {
        index.set(work.key, { key: work.key, authors: work.authors, etAl: work.etAl, year: work.year, count: work.count, entries: [citing] });
        continue;
      }
      known.count += work.count;
      known.entries.push(citing);
      if (namesMoreFully(work, known)) Object.assign(known, { authors: work.authors, etAl: work.etAl });
    }
  }
  return [...index.values()].sort(compareCitedWorks);
}
