/**
 * Tells numbered sub-headings ("1. Jenis Penelitian" followed by its text) from numbered list
 * items ("1. Bagaimana bentuk kerja sama ...?"). Items are grouped into runs by their numbers
 * (1, 2, 3 ... with other paragraphs between), and a whole run is one or the other: a run is
 * headings when every item is short and unpunctuated, no two items touch, and the paragraph
 * before it does not introduce a list with a colon.
 */
import { readListMarker } from '../pdf-text/list-markers.ts';

/** A paragraph that ends the numbering in force (a chapter or lettered section heading). */
export type ResetTest = (paragraph: string) => boolean;

/** Paragraphs numbered in one sequence, read as headings or as list items. */
export interface NumberedRun {
  /** Indexes of the run's items in the paragraph list. */
  members: number[];
  role: 'heading' | 'item';
}

const INTRODUCES_LIST = /:\s*(\([^()]*\))?\.?$/;

/** True for text short and bare enough to be a heading: at most 12 words, no closing punctuation. */
export function isHeadingText(text: string): boolean {
  const trimmed = text.trim();
  return /^[\p{Lu}\p{N}]/u.test(trimmed) && trimmed.split(/\s+/).length <= 12 && !/[.?!;:,]$/.test(trimmed);
}

function classifyRun(members: number[], paragraphs: readonly string[]): NumberedRun {
  const bare = members.every((index) => isHeadingText(readListMarker(paragraphs[index]!)!.rest));
  const apart = members.every((index) => {
    const next = paragraphs[index + 1];
    return next !== undefined && readListMarker(next) === undefined;
  });
  const introduced = INTRODUCES_LIST.test((paragraphs[members[0]! - 1] ?? '').trim());
  return { members, role: bare && apart && !introduced ? 'heading' : 'item' };
}

/**
 * Returns the numbered runs in `paragraphs` (only plain "1." / "2)" numbering; decimal section
 * numbers are headings by themselves). `isReset` marks paragraphs after which numbering
 * starts afresh.
 */
export function findNumberedRuns(paragraphs: readonly string[], isReset: ResetTest): NumberedRun[] {
  const runs: number[][] = [];
  const open: { members: number[]; next: number }[] = [];
  // Positions in `open` by the number each run expects next, ascending: the innermost run a
  // number continues is found at once, not by searching a stack that many "1." items can grow.
  const openByNext = new Map<number, number[]>();
  const awaitNext = (position: number): void => {
    const next = open[position]!.next;
    const positions = openByNext.get(next);
    if (positions) positions.push(position);
    else openByNext.set(next, [position]);
  };
  paragraphs.forEach((paragraph, index) => {
    if (isReset(paragraph)) {
      open.length = 0;
      openByNext.clear();
      return;
    }
    const marker = readListMarker(paragraph);
    if (marker?.kind !== 'number' || marker.value.includes('.')) return;
    const number = Number(marker.value);
    const depth = openByNext.get(number)?.at(-1) ?? -1;
    if (number === 1 || depth < 0) {
      const run = { members: [index], next: number + 1 };
      runs.push(run.members);
      open.push(run);
      awaitNext(open.length - 1);
      return;
    }
    // Runs opened inside this one are closed by it.
    while (open.length > depth + 1) openByNext.get(open.pop()!.next)!.pop();
    const run = open[depth]!;
    openByNext.get(run.next)!.pop();
    run.members.push(index);
    run.next = number + 1;
    awaitNext(depth);
  });
  return runs.map((members) => classifyRun(members, paragraphs));
}
