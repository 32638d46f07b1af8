/** Adds up the scored documents of one corpus part into the figures the command reports. */
import type { Parser } from '../content-model.ts';
import { addCounts, NO_COUNTS, type FieldCounts } from './compare-values.ts';
import { CORPUS_KINDS, EXPECTED_FIELDS, reportRow, scoredFieldsOf, type CorpusKind } from './expected-fields.ts';
import type { CorpusSplit, DocumentResult } from './score-document.ts';

/** A document the ingest refused or crashed on, with what it said. */
export interface FailedDocument {
  kind: CorpusKind;
  slug: string;
  message: string;
}

/** Per folder kind, how many documents went to each parser, or were refused or crashed on. */
export type KindOutcomes = Record<CorpusKind, Partial<Record<Parser | 'refused' | 'crashed', number>>>;

export interface PartSummary {
  split: CorpusSplit;
  documents: number;
  ingested: number;
  refused: FailedDocument[];
  crashed: FailedDocument[];
  /** Per scored field, in the table's order; only fields that occur in this part. */
  fields: Array<{ key: string; counts: FieldCounts }>;
  totals: FieldCounts;
  /** Expected values read correctly, over all expected values (0 to 1; 0 when none are expected). */
  shareCorrect: number;
  outcomesByKind: KindOutcomes;
  /** Documents whose entry went to the other collection (studies against news). */
  kindConfused: Array<{ kind: CorpusKind; slug: string; parser: Parser }>;
}

/** The share of expected values read correctly; 0 when nothing is expected. */
export function shareCorrect(counts: FieldCounts): number {
  return counts.expected === 0 ? 0 : counts.correct / counts.expected;
}

/** Sums the results of one part (the results of other parts are ignored). */
export function summarisePart(results: readonly DocumentResult[], split: CorpusSplit): PartSummary {
  const part = results.filter((result) => result.document.split === split);
  const byField = new Map<string, FieldCounts>();
  const outcomesByKind = Object.fromEntries(CORPUS_KINDS.map((kind) => [kind, {}])) as KindOutcomes;
  const failed = (status: 'refused' | 'crashed') =>
    part
      .filter((result) => result.outcome === status)
      .map(({ document, message }) => ({ kind: document.kind, slug: document.slug, message: message ?? '' }));

  for (const result of part) {
    const rows = new Map(scoredFieldsOf(result.document.kind).map((field) => [field.key, reportRow(field)]));
    for (const field of result.fields) {
      const row = rows.get(field.key) ?? field.key;
      byField.set(row, addCounts(byField.get(row) ?? NO_COUNTS, field.counts));
    }
    const outcomes = outcomesByKind[result.document.kind];
    const label = result.parser ?? (result.outcome as 'refused' | 'crashed');
    outcomes[label] = (outcomes[label] ?? 0) + 1;
  }

  const fields = [...new Set(EXPECTED_FIELDS.map(reportRow))].flatMap((key) => {
    const counts = byField.get(key);
    return counts ? [{ key, counts }] : [];
  });
  const totals = fields.reduce((sum, field) => addCounts(sum, field.counts), NO_COUNTS);
  return {
    split,
    documents: part.length,
    ingested: part.filter((result) => result.outcome === 'ingested').length,
    refused: failed('refused'),
    crashed: failed('crashed'),
    fields,
    totals,
    shareCorrect: shareCorrect(totals),
    outcomesByKind,
    kindConfused: part.flatMap(({ document, parser, kindConfused }) =>
      kindConfused && parser ? [{ kind: document.kind, slug: document.slug, parser }] : [],
    ),
  };
}
