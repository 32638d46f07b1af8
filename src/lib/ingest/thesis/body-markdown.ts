/**
 * Writes the chapters of a full thesis as Markdown: "## BAB I PENDAHULUAN" (or an article's
 * "## PENDAHULUAN"), "### A. Latar Belakang", "#### 1. Jenis Penelitian", ordered lists, "> "
 * block quotes, and flattened tables kept line by line in a fenced block for a person to rebuild.
 * The structure is what this module recognises; the text inside it is written as text, so
 * markup characters in the document never become Markdown (see write-markdown).
 */
import type { Lang } from '../../langs.ts';
import { markdownOf, paragraphOf, tableOf } from '../../markdown/write-markdown.ts';
import { isCapitalsHeading } from '../pdf-text/paragraph-breaks.ts';
import { readListMarker } from '../pdf-text/list-markers.ts';
import { reflowLines } from '../pdf-text/reflow.ts';
import type { ReviewFlag } from '../types.ts';
import { isBlockQuote } from './block-quotes.ts';
import { readArticleSectionHeading, readChapterHeading } from './chapters.ts';
import { detectLanguage } from '../../text/detect-language.ts';
import { findNumberedRuns, isHeadingText } from './numbered-runs.ts';
import { rebuildTable } from './rebuild-table.ts';
import { findTableRegions, type TableRegion } from './tables.ts';

/** The Markdown body of a full thesis and the review flags raised while writing it. */
export interface ThesisBody {
  markdown: string;
  review: ReviewFlag[];
}

type Block = { kind: 'text'; text: string } | { kind: 'table'; table: TableRegion };

/** Reflows the lines between tables and keeps each table as one block. */
function readBlocks(lines: readonly string[], vocabulary: ReadonlySet<string>): Block[] {
  const blocks: Block[] = [];
  let from = 0;
  const addText = (to: number): void => {
    for (const text of reflowLines(lines.slice(from, to), vocabulary)) blocks.push({ kind: 'text', text });
  };
  for (const table of findTableRegions(lines)) {
    addText(table.start);
    blocks.push({ kind: 'table', table });
    from = table.end;
  }
  addText(lines.length);
  return blocks;
}

/** True for a lettered section heading such as "A. Latar Belakang". */
function isLetteredHeading(text: string): boolean {
  const marker = readListMarker(text);
  return marker?.kind === 'letter' && /^\p{Lu}$/u.test(marker.value) && isHeadingText(marker.rest);
}

/** A heading of the given depth saying `text`. */
function heading(depth: number, text: string): string {
  return markdownOf({ type: 'heading', depth: Math.min(6, depth) as 1 | 2 | 3 | 4 | 5 | 6, children: [{ type: 'text', value: text }] });
}

/** One item of a list (numbered from `start`, or bulleted), saying `text`. */
function listItem(text: string, start?: number): string {
  return markdownOf({
    type: 'list',
    ordered: start !== undefined,
    start,
    spread: false,
    children: [{ type: 'listItem', spread: false, children: [paragraphOf(text)] }],
  });
}

/** The table as a Markdown table when its cells allow one reading, else its cells line by line. */
function renderTable(table: TableRegion): { markdown: string[]; rebuilt: boolean } {
  const rows = rebuildTable(table.cells);
  const grid = markdownOf(rows ? tableOf(rows) : { type: 'code', lang: 'text', value: table.cells.join('\n') });
  const source = table.source ? [markdownOf(paragraphOf(table.source))] : [];
  return { markdown: [markdownOf(paragraphOf(table.caption)), grid, ...source], rebuilt: rows !== undefined };
}

/**
 * Returns the Markdown body for the chapter lines of a thesis (cleaned lines starting at the
 * first chapter heading), with a review flag for every table that could not be rebuilt.
 * `vocabulary` is the document's words, used to mend hyphenated line ends.
 */
export function buildThesisBody(lines: readonly string[], vocabulary: ReadonlySet<string>): ThesisBody {
  const blocks = readBlocks(lines, vocabulary);
  const texts = blocks.map((block) => (block.kind === 'text' ? block.text : ''));
  const mainLang: Lang = detectLanguage(texts.join(' ')) ?? 'id';
  const isReset = (text: string): boolean =>
    readChapterHeading(text) !== undefined || readArticleSectionHeading(text) !== undefined || isLetteredHeading(text);
  const runs = findNumberedRuns(texts, isReset);
  const headingItems = new Set(runs.filter((run) => run.role === 'heading').flatMap((run) => run.members));
  const listItems = new Set(runs.filter((run) => run.role === 'item').flatMap((run) => run.members));
  // Paragraphs between two items of one list describe the item above them.
  const itemContinuations = new Set(
    runs
      .filter((run) => run.role === 'item')
      .flatMap((run) => run.members.slice(1).flatMap((end, i) => range(run.members[i]! + 1, end))),
  );

  const out: string[] = [];
  const review: ReviewFlag[] = [];
  let underLetteredSection = false;
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.kind === 'table') {
      const { markdown, rebuilt } = renderTable(block.table);
      out.push(...markdown);
      if (!rebuilt) {
        review.push({
          field: 'body',
          reason: `Table "${block.table.caption}" was flattened by the PDF extraction; its cells are kept line by line in a text block and need rebuilding as a table by hand.`,
        });
      }
      continue;
    }
    const text = block.text;
    const chapter = readChapterHeading(text);
    if (chapter) {
      let title = chapter.title;
      const next = texts[i + 1] ?? '';
      if (title === '' && isCapitalsHeading(next) && !readChapterHeading(next)) {
        title = next;
        i++;
      }
      out.push(heading(2, [chapter.label, title].filter(Boolean).join(' ')));
      underLetteredSection = false;
      continue;
    }
    const section = readArticleSectionHeading(text);
    if (section) {
      out.push(heading(2, section));
      underLetteredSection = false;
      continue;
    }
    if (isLetteredHeading(text)) {
      out.push(heading(3, text));
      underLetteredSection = true;
      continue;
    }
    const marker = readListMarker(text);
    if (marker?.kind === 'number' && marker.value.includes('.') && isHeadingText(marker.rest)) {
      // "1.1" is a section (###), "1.1.1" a subsection (####).
      out.push(heading(marker.value.split('.').length + 1, text));
      continue;
    }
    if (headingItems.has(i)) {
      out.push(heading(underLetteredSection ? 4 : 3, text));
      continue;
    }
    if (listItems.has(i) && marker) {
      out.push(listItem(marker.rest, Number(marker.value)));
      continue;
    }
    if (marker?.kind === 'bullet') {
      out.push(listItem(marker.rest));
      continue;
    }
    const paragraph = markdownOf(isBlockQuote(text, texts[i - 1], mainLang) ? { type: 'blockquote', children: [paragraphOf(text)] } : paragraphOf(text));
    out.push(itemContinuations.has(i) ? paragraph.replace(/^/gm, '   ') : paragraph);
  }
  return { markdown: out.join('\n\n'), review };
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from) }, (_, k) => from + k);
}
