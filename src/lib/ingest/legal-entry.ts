/**
 * The legal entry made from an instrument's text: parsed, its relations matched to the legal
 * entries Lintas holds, and merged with the entry the instrument already has. One instrument
 * has one entry: the text of an instrument held by a hand-written entry (`legal/<id>.yaml`) is
 * matched by its citation identity (form, number, year, ministry) and becomes that entry's
 * Markdown form (`legal/<id>.md`, the YAML file removed), every hand-written field kept as curated.
 */
import type { LegalData } from '../content-model.ts';
import type { LegalRecord, StoredEntry } from './content-store.ts';
import type { StoredEntries } from './stored-entries.ts';
import { legalCitationKey, legalNamesByLanguage } from './detect-legal.ts';
import { parseLegalText } from './legal-text/parse-legal-text.ts';
import { asCuratedEntry, mergeCuratedLegal } from './legal-text/merge-curated-legal.ts';
import { findRelationTarget, resolveRelations } from './legal-text/resolve-relations.ts';
import { readBasisRelations } from './legal-text/relations.ts';
import type { TaggingIndexes } from './tag-document.ts';
import type { ParsedLegal } from './types.ts';
import { distinctiveWords } from '../entry-id.ts';
import { foldToLowerAscii } from '../slug.ts';

export interface LegalEntryDraft {
  id: string;
  /** Frontmatter without `source`, which the caller adds. */
  frontmatter: Record<string, unknown>;
  body: string;
  /** The hand-written entry this one takes the place of (`legal/<id>.yaml`), to remove. */
  replaces?: string;
  parsed: ParsedLegal;
}

/**
 * The id of a new entry: its citation ("perpres-53-2017", "permenkominfo-1-2023" with the
 * ministry's short code when it has one), else its title; unique against `taken`.
 */
function newLegalId(parsed: ParsedLegal, sourceSha: string, taken: (id: string) => boolean): string {
  const { citation, title } = parsed.data;
  const ministry = citation?.form === 'permen' ? legalCitationKey(parsed.data)?.split('|')[3] : undefined;
  const form = citation ? `${citation.form}${ministry && !ministry.includes(' ') ? ministry : ''}` : '';
  const words = citation
    ? foldToLowerAscii(`${form} ${citation.number} ${citation.year}`).split(/[^a-z0-9]+/).filter(Boolean)
    : distinctiveWords(title.id).slice(0, 6);
  const base = words.join('-') || `legal-${sourceSha.slice(0, 12)}`;
  return taken(base) ? `${base}-${sourceSha.slice(0, 8)}` : base;
}

/** A name as a key: case, punctuation and spacing aside. */
function nameKey(name: string): string {
  return name.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * The entry that holds the same instrument: a regulation by its citation identity; an
 * instrument without one (a convention, a declaration) by its title, which must be a title or
 * alias of an entry of the same kind, so that a statement titled by its meeting never lands on
 * the entry of the process that held it.
 */
function sameInstrument(parsed: ParsedLegal, records: readonly LegalRecord[]): LegalRecord | undefined {
  if (parsed.data.citation) {
    const key = legalCitationKey(parsed.data);
    return records.find((record) => legalCitationKey(record.data) === key);
  }
  const titles = new Set([parsed.data.title.id, parsed.data.title.en].flatMap((title) => (title ? [nameKey(title)] : [])));
  return records.find((record) => {
    if (record.data.kind !== parsed.data.kind || record.data.citation) return false;
    const { id, en } = legalNamesByLanguage(record.data);
    return [...id, ...en].some((name) => titles.has(nameKey(name)));
  });
}

/**
 * Builds the legal entry for `text`. `found` is the entry made from the same raw file before;
 * otherwise the entry of the same instrument is looked up among the legal records.
 */
export function buildLegalEntry(
  text: string,
  file: string,
  indexes: TaggingIndexes,
  stored: StoredEntries,
  found: StoredEntry | undefined,
  sourceSha: string,
  reserved: { has(path: string): boolean },
): LegalEntryDraft {
  const parsed = parseLegalText(text);
  const records = indexes.legalRecords ?? [];
  const ingestedBefore = found?.collection === 'legal' ? found : undefined;
  const holder = ingestedBefore ? undefined : sameInstrument(parsed, records);
  const id =
    ingestedBefore?.id ??
    holder?.id ??
    newLegalId(parsed, sourceSha, (candidate) => reserved.has(`legal/${candidate}.md`) || records.some((r) => r.id === candidate) || stored.hasId('legal', candidate));

  const { relations, review } = resolveRelations(parsed.relations, indexes.legal, id);
  const legalBasis = parsed.data.legalBasis?.map((item) => ({
    ...item,
    targets: [
      ...new Set(
        readBasisRelations([item.text]).flatMap((reading) => {
          const target = findRelationTarget(reading, indexes.legal);
          return target && target !== id ? [target] : [];
        }),
      ),
    ],
  }));
  const generated: Record<string, unknown> = {
    ...parsed.data,
    legalBasis,
    relations,
    review: [...parsed.review, ...review],
    curated: [],
  };
  const existing = ingestedBefore?.frontmatter ?? (holder ? curatedFormOf(holder) : undefined);
  const frontmatter = existing ? mergeCuratedLegal(generated, existing, file) : generated;
  return {
    id,
    frontmatter,
    body: parsed.body,
    ...(holder && holder.path.endsWith('.yaml') ? { replaces: holder.path } : {}),
    parsed,
  };
}

/** A stored legal record as an entry with curated fields: a hand-written one has all of them curated. */
function curatedFormOf(record: LegalRecord): Record<string, unknown> {
  return record.path.endsWith('.yaml') ? asCuratedEntry(record.data as LegalData, `content/${record.path}`) : { ...record.data };
}
