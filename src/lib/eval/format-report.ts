/** The evaluation as text for a terminal: a table per corpus part, and per-document details. */
import type { FieldCounts } from './compare-values.ts';
import { EXPECTED_FIELDS, reportRow } from './expected-fields.ts';
import type { DocumentResult, FieldResult } from './score-document.ts';
import type { FailedDocument, PartSummary } from './summarise-part.ts';

const PART_TITLES = { dev: 'Development part (dev)', 'held-out': 'Held-out part (held-out; never tune on it)' };
const COUNT_COLUMNS = ['expected', 'correct', 'missed', 'wrong', 'invented'] as const;

/** A share as a percentage with one decimal, or "-" when there is nothing to share. */
export function formatPercent(part: number, whole: number): string {
  return whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`;
}

/** Left-aligns the first column and right-aligns the others. */
function alignRows(rows: string[][]): string[] {
  const widths = rows[0]?.map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0))) ?? [];
  return rows.map((row) =>
    row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  '),
  );
}

function countRow(label: string, counts: FieldCounts): string[] {
  return [label, ...COUNT_COLUMNS.map((column) => String(counts[column])), formatPercent(counts.correct, counts.expected)];
}

function failedList(title: string, failed: FailedDocument[]): string[] {
  if (failed.length === 0) return [`${title}: none`];
  return [`${title} (${failed.length}):`, ...failed.map(({ kind, slug, message }) => `  ${kind}/${slug}: ${message}`)];
}

/** The report of one part: the field table, totals, what each kind was read as, failures; one line for an empty part. */
export function formatPartReport(summary: PartSummary): string {
  if (summary.documents === 0) return `${PART_TITLES[summary.split]}: no documents`;
  const { totals } = summary;
  const table = alignRows([
    ['field', ...COUNT_COLUMNS, '% read'],
    ...summary.fields.map(({ key, counts }) => countRow(key, counts)),
    countRow('all fields', totals),
  ]);
  const kinds = Object.entries(summary.outcomesByKind)
    .filter(([, outcomes]) => Object.keys(outcomes).length > 0)
    .map(([kind, outcomes]) => `  ${kind}: ${Object.entries(outcomes).map(([label, n]) => `${label} ${n}`).join(', ')}`);
  const confused = summary.kindConfused.map(({ kind, slug, parser }) => `  ${kind}/${slug}: read as ${parser}`);
  return [
    `${PART_TITLES[summary.split]}: ${summary.documents} documents, ${summary.ingested} ingested, ` +
      `${summary.refused.length} refused, ${summary.crashed.length} crashed`,
    '',
    ...table,
    '',
    `Read correctly: ${totals.correct} of ${totals.expected} expected values ` +
      `(${formatPercent(totals.correct, totals.expected)}); ${totals.invented} values filled in that the documents do not give.`,
    'Read as (folder kind: parser or outcome):',
    ...kinds,
    confused.length === 0 ? 'Kind confusion (studies read as news or news as a study): none' : 'Kind confusion:',
    ...confused,
    ...failedList('Refused', summary.refused),
    ...failedList('Crashed', summary.crashed),
  ].join('\n');
}

/** The fields the table leaves out, and why. */
export function formatUnscoredFields(): string {
  return EXPECTED_FIELDS.filter((field) => field.notScored)
    .map((field) => `Not scored: ${reportRow(field)} (${field.notScored}).`)
    .join('\n');
}

function quoted(values: readonly string[] | null): string {
  if (values === null) return 'null';
  if (values.length === 0) return 'nothing';
  return values.map((value) => JSON.stringify(value.length > 120 ? `${value.slice(0, 117)}...` : value)).join(', ');
}

/** A field's outcome in words: "correct", or what went wrong with how many values. */
function verdict({ counts }: FieldResult): string {
  const parts = (['correct', 'missed', 'wrong', 'invented'] as const)
    .filter((column) => counts[column] > 0)
    .map((column) => `${counts[column]} ${column}`);
  return parts.length === 0 ? 'nothing expected, nothing read' : parts.join(', ');
}

function isMismatch({ counts }: FieldResult): boolean {
  return counts.missed + counts.wrong + counts.invented > 0;
}

/**
 * One document's comparison, expected against read: every field, or only those with a value
 * missed, wrong or invented.
 */
export function formatDocumentDetails(result: DocumentResult, options: { onlyMismatches: boolean }): string {
  const { split, kind, slug } = result.document;
  const how = result.outcome === 'ingested' ? `read as ${result.parser}${result.kindConfused ? ' (kind confused)' : ''}` : result.outcome;
  const lines = [`${split}/${kind}/${slug}: ${how}`];
  if (result.message) lines.push(`  ${result.message}`);
  if (result.outcome !== 'ingested' && options.onlyMismatches) {
    // Nothing was read: every value the document gives is missed, which its field list would only repeat.
    const missed = result.fields.reduce((sum, field) => sum + field.counts.missed, 0);
    lines.push(`  all ${missed} expected values missed`);
    return lines.join('\n');
  }
  const fields = options.onlyMismatches ? result.fields.filter(isMismatch) : result.fields;
  for (const field of fields) {
    lines.push(`  ${field.key}: ${verdict(field)}`, `    expected: ${quoted(field.expected)}`, `    got:      ${quoted(field.got)}`);
  }
  return lines.join('\n');
}

/** Whether a document has anything to show among its mismatches. */
export function hasMismatches(result: DocumentResult): boolean {
  return result.outcome !== 'ingested' || result.fields.some(isMismatch);
}
