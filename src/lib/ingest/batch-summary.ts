/**
 * The table printed at the end of an ingest: one row per file, saying what it became and how
 * much of it needs a person's eye, so a batch of many documents can be checked at a glance.
 */
import type { EntryFile } from './entry-file.ts';
import type { ReviewFlag } from './types.ts';

/** What the table says about one file of the batch. */
export interface SummaryRow {
  file: string;
  kind: string;
  entry: string;
  /** How many metadata fields the ingest filled. */
  fieldsRead: number;
  /** The fields flagged for review, each named once. */
  flagged: string[];
}

// Provenance and bookkeeping, not metadata read from the document.
const NOT_READ = new Set(['source', 'review', 'curated']);

const isFilled = (value: unknown): boolean =>
  Array.isArray(value)
    ? value.length > 0
    : value !== null && typeof value === 'object'
      ? Object.values(value).some(isFilled)
      : value !== undefined && value !== null && value !== '';

/**
 * How many metadata fields of an entry hold something: the frontmatter fields other than its
 * provenance, review notes and curated list, empty strings, lists and objects not counted.
 * The body is not a field.
 */
export function countFieldsRead(frontmatter: EntryFile['frontmatter']): number {
  return Object.entries(frontmatter).filter(([key, value]) => !NOT_READ.has(key) && isFilled(value)).length;
}

/** The names of the flagged fields, each once, in the order they were first flagged. */
export function flaggedFields(review: readonly ReviewFlag[]): string[] {
  return [...new Set(review.map((flag) => flag.field))];
}

const HEADERS = ['file', 'kind', 'entry', 'fields read', 'flagged for review'] as const;

function cells(row: SummaryRow): string[] {
  const flagged = row.flagged.length === 0 ? '0' : `${row.flagged.length}: ${row.flagged.join(', ')}`;
  return [row.file, row.kind, row.entry, String(row.fieldsRead), flagged];
}

/**
 * The rows as a plain-text table with aligned columns and a total line. The last column, the
 * longest, is not padded.
 */
export function formatSummaryTable(rows: readonly SummaryRow[]): string {
  const table = [[...HEADERS], ...rows.map(cells)];
  const widths = HEADERS.map((_, column) => Math.max(...table.map((line) => (line[column] ?? '').length)));
  const render = (line: string[]) =>
    line
      .map((cell, column) => (column === line.length - 1 ? cell : cell.padEnd(widths[column] ?? 0)))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const flaggedFiles = rows.filter((row) => row.flagged.length > 0).length;
  const total = `${rows.length} ${rows.length === 1 ? 'file' : 'files'}, ${flaggedFiles} with fields to review`;
  return [render(table[0] ?? []), rule, ...table.slice(1).map(render), total].join('\n');
}
