/**
 * Page furniture in PDF extractions: the journal name, university or short title that is
 * repeated at the top or bottom of every page, and the seams between pages. Pages are the parts
 * between form feeds; in text without form feeds a page ends at a page-number line.
 */
import { endsSentence, isCapitalsHeading } from './paragraph-breaks.ts';
import { isPageNumberAt } from './page-numbers.ts';

/** How many text lines at each end of a page may be running lines. */
const EDGE_LINES = 2;

/** Share of the pages (with text) a line must open or close to count as a running line. */
const RUNNING_SHARE = 0.5;

const isBlank = (line: string): boolean => line.trim() === '';

/** Splits one page of text into pages after each page-number line. */
function splitAtPageNumbers(lines: readonly string[]): string[][] {
  const pages: string[][] = [[]];
  lines.forEach((line, index) => {
    pages[pages.length - 1]!.push(line);
    if (isPageNumberAt(lines, index) && index < lines.length - 1) pages.push([]);
  });
  return pages;
}

/**
 * The form of a line compared across pages: spaces collapsed, case ignored, and a page number at
 * either end dropped when enough words remain ("Jurnal X Vol. 9 | 145").
 */
function runningKey(line: string): string {
  const text = line.trim().replace(/\s+/g, ' ').toLowerCase();
  const withoutNumber = text.replace(/^\d{1,4}\s*[|·•-]?\s+|\s+[|·•-]?\s*\d{1,4}$/g, '');
  return withoutNumber.split(' ').length >= 3 ? withoutNumber : text;
}

/** Indexes of the text lines at the top and bottom of a page, page numbers not counted. */
function edgeIndexes(page: readonly string[]): number[] {
  const text = page.flatMap((line, index) => (isBlank(line) || isPageNumberAt(page, index) ? [] : [index]));
  return [...new Set([...text.slice(0, EDGE_LINES), ...text.slice(-EDGE_LINES)])];
}

/** Keys of the lines found at the edges of enough pages to be running headers or footers. */
function findRunningKeys(pages: readonly (readonly string[])[]): Set<string> {
  const counts = new Map<string, number>();
  for (const page of pages) {
    const keys = new Set(edgeIndexes(page).map((index) => runningKey(page[index]!)));
    for (const key of keys) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const withText = pages.filter((page) => page.some((line) => !isBlank(line))).length;
  const needed = Math.max(2, Math.ceil(withText * RUNNING_SHARE));
  return new Set([...counts].filter(([, count]) => count >= needed).map(([key]) => key));
}

/** Appends `lines` from `from` on to `out`; a loop, since spreading a long page overflows the call stack. */
function appendLines(out: string[], lines: readonly string[], from: number): void {
  for (let i = from; i < lines.length; i++) out.push(lines[i]!);
}

function lastTextLine(lines: readonly string[]): string | undefined {
  return lines.findLast((line, index) => !isBlank(line) && !isPageNumberAt(lines, index));
}

/** A last line at least this share of its page's longest line is cut short by the page end, not by a paragraph end. */
const FULL_LINE_SHARE = 0.8;

/**
 * True when the first line of a page continues the last line of the page before (which does not
 * end a sentence): it opens in lower case, or, between pages a form feed marks (a PDF's own
 * pages, whose lines are as the PDF set them), the last line runs the full width of its page and
 * neither is a heading ("... human traffickers continued to trap" / "Indonesian citizens who ...").
 */
function continuesOnNextPage(last: string, next: string, lastPage: readonly string[], formFeeds: boolean): boolean {
  if (/^\s*\p{Ll}/u.test(next)) return true;
  if (!formFeeds || isCapitalsHeading(last) || isCapitalsHeading(next)) return false;
  const width = Math.max(...lastPage.map((line) => line.trim().length));
  return last.trim().length >= width * FULL_LINE_SHARE;
}

/**
 * Joins pages into one list of lines, without their running headers and footers. Where a
 * sentence runs on from one page to the next, the blank lines around the seam are dropped so
 * the page break does not read as a paragraph break. `pages` are the form-feed separated parts
 * of the text, each split into lines; a single part is split at its page-number lines.
 */
export function joinPagesWithoutRunningLines(pages: readonly (readonly string[])[]): string[] {
  const split = pages.length === 1 ? splitAtPageNumbers(pages[0]!) : pages.map((page) => [...page]);
  if (split.length < 2) return [...(pages[0] ?? [])];
  const running = findRunningKeys(split);
  const out: string[] = [];
  // The last text line so far, carried from page to page: searching the joined lines for it on
  // every page would cost the whole text again per page where pages hold no text.
  let previous: string | undefined;
  split.forEach((page, n) => {
    const edges = new Set(edgeIndexes(page));
    const kept = page.filter((line, index) => !(edges.has(index) && running.has(runningKey(line))));
    const first = kept.findIndex((line, index) => !isBlank(line) && !isPageNumberAt(kept, index));
    const runsOn =
      n > 0 && previous !== undefined && first >= 0 && !endsSentence(previous) && continuesOnNextPage(previous, kept[first]!, split[n - 1]!, pages.length > 1);
    if (runsOn) {
      while (out.length > 0 && (isBlank(out.at(-1)!) || isPageNumberAt(out, out.length - 1))) out.pop();
      appendLines(out, kept, first);
    } else {
      // A form feed is a page break with no blank line of its own; it still ends a paragraph.
      if (n > 0 && pages.length > 1) out.push('');
      appendLines(out, kept, 0);
    }
    previous = lastTextLine(kept) ?? previous;
  });
  return out;
}
