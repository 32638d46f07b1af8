/**
 * Writes plain text as Markdown that reads back as that very text: the one place where the
 * ingest turns what a document says into Markdown. Markup in a document (a quoted `<script>`, a
 * line starting with `# `, a `[link](javascript:...)`) is escaped here, so only the structure
 * the parsers build themselves (headings, lists, block quotes, tables) is structure.
 *
 * The escaping is mdast-util-to-markdown's, for the Markdown the site reads: CommonMark and GFM
 * tables (see remark-parse-tables).
 */
import type { BlockContent, Paragraph, Table } from 'mdast';
import { gfmTableToMarkdown } from 'mdast-util-gfm-table';
import { toMarkdown, type Options } from 'mdast-util-to-markdown';

const OPTIONS: Options = {
  // Rows are not padded to line up: a table's cells stay as short as the document has them.
  extensions: [gfmTableToMarkdown({ tablePipeAlign: false })],
  bullet: '-',
  fence: '`',
  listItemIndent: 'one',
  // Every `<` is escaped: mdast-util-to-markdown escapes one only before a letter, `!`, `/` or
  // `?`, but an email autolink may start with a digit or a sign (`<#@0>` would become a link).
  unsafe: [{ character: '<' }],
};

/** A paragraph holding `text` as it is. */
export function paragraphOf(text: string): Paragraph {
  return { type: 'paragraph', children: [{ type: 'text', value: text }] };
}

/** A GFM table of the rows (header first), each cell plain text. */
export function tableOf(rows: readonly (readonly string[])[]): Table {
  return {
    type: 'table',
    children: rows.map((cells) => ({
      type: 'tableRow',
      children: cells.map((cell) => ({ type: 'tableCell', children: [{ type: 'text', value: cell.trim() }] })),
    })),
  };
}

/** One block of Markdown (no trailing line break) for the node. */
export function markdownOf(node: BlockContent): string {
  return toMarkdown(node, OPTIONS).replace(/\n+$/, '');
}

/**
 * Plain text as Markdown: every run of text between blank lines becomes a paragraph saying
 * exactly that text, whatever markup characters it holds.
 */
export function markdownFromText(text: string): string {
  return text
    .split(/\n[ \t]*\n/)
    .map((part) => part.trim())
    .filter((part) => part !== '')
    .map((part) => markdownOf(paragraphOf(part)))
    .join('\n\n');
}
