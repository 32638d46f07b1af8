/**
 * Scores one corpus document: what the ingest made of it (an entry, a refusal or a crash) against
 * its expected metadata, field by field.
 */
import type { Parser } from '../content-model.ts';
import { scoreField, type FieldCounts } from './compare-values.ts';
import { scoredFieldsOf, type CorpusKind, type ReadEntry } from './expected-fields.ts';

/** The two parts of the corpus: tuned on, and only reported. */
export const CORPUS_SPLITS = ['dev', 'held-out'] as const;
export type CorpusSplit = (typeof CORPUS_SPLITS)[number];

/** A corpus document as its folder and its `.expected.yaml` describe it. */
export interface CorpusDocument {
  split: CorpusSplit;
  kind: CorpusKind;
  slug: string;
  /** The `expected:` mapping of its `.expected.yaml`, as parsed. */
  expected: Record<string, unknown>;
}

/** What the ingest did with a document. */
export type IngestOutcome =
  | { status: 'ingested'; parser: Parser; entry: ReadEntry }
  /** An `IngestError`: the ingest declined the input, saying why. */
  | { status: 'refused'; message: string }
  /** Any other error: a fault of the ingest. */
  | { status: 'crashed'; message: string };

export interface FieldResult {
  key: string;
  /** The expected value(s); null where the document gives none. */
  expected: string[] | null;
  got: string[];
  counts: FieldCounts;
}

export interface DocumentResult {
  document: Omit<CorpusDocument, 'expected'>;
  outcome: IngestOutcome['status'];
  /** The refusal or crash message. */
  message?: string;
  /** The parser the ingest chose, when it made an entry. */
  parser?: Parser;
  /** True when the entry went to the other collection than the folder's kind belongs in. */
  kindConfused: boolean;
  fields: FieldResult[];
}

/** An expected value as a list of strings; YAML may have read a bare year or date as a number or Date. */
function expectedValues(value: unknown): string[] | null {
  if (value === null || value === undefined) return null;
  const items = Array.isArray(value) ? value : [value];
  return items.map((item) => (item instanceof Date ? item.toISOString().slice(0, 10) : String(item)));
}

/**
 * Scores a document on every field of its kind. A refused or crashed document reads nothing, so
 * each value it gives counts as missed: refusing a document never raises the share read.
 */
export function scoreDocument(document: CorpusDocument, outcome: IngestOutcome): DocumentResult {
  const entry = outcome.status === 'ingested' ? outcome.entry : undefined;
  const fields = scoredFieldsOf(document.kind).map((field) => {
    const expected = expectedValues(document.expected[field.key]);
    const got = entry && field.read ? field.read(entry) : [];
    return { key: field.key, expected, got, counts: scoreField(expected, got, field) };
  });
  const described = { split: document.split, kind: document.kind, slug: document.slug };
  if (outcome.status !== 'ingested') {
    return { document: described, outcome: outcome.status, message: outcome.message, kindConfused: false, fields };
  }
  return {
    document: described,
    outcome: 'ingested',
    parser: outcome.parser,
    // Theses and articles are both studies today: only news or legal against studies is a confusion.
    kindConfused:
      (outcome.parser === 'news') !== (document.kind === 'news') || (outcome.parser === 'legal') !== (document.kind === 'legal'),
    fields,
  };
}
