/**
 * One instrument, one entry: a text of an instrument Lintas already holds enriches that entry.
 * A hand-written entry is curated data, so every field it has is kept as curated; the text adds
 * the fields the entry lacks, its relations join the entry's own, and where the text reads a
 * fact differently from the curated entry, the difference is flagged for review.
 */
import type { LegalData, FieldNote } from '../../content-model.ts';
import { applyCuratedFields } from '../curated-fields.ts';
import type { ReviewFlag } from '../types.ts';

type Data = Record<string, unknown>;

/** Fields the ingest writes itself and never takes as curated. */
const INGEST_FIELDS = new Set(['source', 'review', 'curated']);

/** Case, punctuation and spacing aside, the same words. */
function sameText(a: string, b: string): boolean {
  const plain = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return plain(a) === plain(b);
}

const enactedDate = (d: Data) => (d.enacted as { date?: string } | undefined)?.date;
const citationText = (d: Data) => {
  const c = d.citation as { form: string; number: string; year: number } | undefined;
  return c ? `${c.form} ${c.number} ${c.year}` : undefined;
};

type Title = { id?: string; en?: string } | undefined;
/** The title in the text's language: an English text gives `title.en` (its `title.id` is the same words until translated). */
const titleIn = (lang: 'id' | 'en') => (d: Data) => (d.title as Title)?.[lang];
const textLanguage = (generated: Data): 'id' | 'en' => ((generated.title as Title)?.en !== undefined ? 'en' : 'id');

/** Facts a curated entry and a text can both state: the curated field, and the text's reading of it. */
const COMPARED: ReadonlyArray<{
  field: string;
  kept: (d: Data, generated: Data) => string | undefined;
  read: (d: Data) => string | undefined;
}> = [
  { field: 'title', kept: (d, generated) => titleIn(textLanguage(generated))(d), read: (d) => titleIn(textLanguage(d))(d) },
  { field: 'kind', kept: (d) => d.kind as string | undefined, read: (d) => d.kind as string | undefined },
  { field: 'adopted', kept: (d) => d.adopted as string | undefined, read: (d) => (d.adopted as string | undefined) ?? enactedDate(d) },
  { field: 'signed', kept: (d) => d.signed as string | undefined, read: (d) => (d.signed as string | undefined) ?? enactedDate(d) },
  { field: 'citation', kept: citationText, read: citationText },
];

/** Where the text (`generated`) and the curated fields of `existing` disagree on a fact both state. */
export function legalConflicts(generated: Data, existing: Data, curated: readonly FieldNote[]): ReviewFlag[] {
  return COMPARED.flatMap(({ field, kept, read }) => {
    if (!curated.some((note) => note.field === field)) return [];
    const keptValue = kept(existing, generated);
    const fromText = read(generated);
    if (keptValue === undefined || fromText === undefined || sameText(keptValue, fromText)) return [];
    return [{ field, reason: `The text reads "${fromText}" where the curated entry has "${keptValue}"; the curated value is kept. Check which is right.` }];
  });
}

/** The relations of both, the curated ones first, each type and target once. */
function joinRelations(...lists: unknown[]): unknown[] {
  const all = lists.flatMap((list) => (Array.isArray(list) ? (list as Array<{ type: string; target: string }>) : []));
  const seen = new Set<string>();
  return all.filter(({ type, target }) => {
    const key = `${type}|${target}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * A hand-written entry as an entry whose every field is curated: the form the ingest merges
 * with, so the first run from a YAML entry and every later run from its Markdown entry agree.
 */
export function asCuratedEntry(handWritten: LegalData, file: string): Data {
  const fields = Object.keys(handWritten).filter((key) => {
    const value = (handWritten as Data)[key];
    return !INGEST_FIELDS.has(key) && !(Array.isArray(value) && value.length === 0);
  });
  const curated: FieldNote[] = fields.map((field) => ({ field, reason: `Written by hand in ${file} before the text was ingested.` }));
  return { ...handWritten, curated };
}

/**
 * `generated` (read from the text) merged with the curated fields of `existing`: those kept,
 * relations joined (curated ones first), and every disagreement of the text with a curated fact
 * flagged. Throws like `applyCuratedFields` for a malformed curated list.
 */
export function mergeCuratedLegal(generated: Data, existing: Data, file: string): Data {
  const merged = applyCuratedFields(generated, existing, file);
  const curated = (merged.curated as FieldNote[] | undefined) ?? [];
  const relationsCurated = curated.some((note) => note.field === 'relations');
  const conflicts = legalConflicts(generated, existing, curated);
  return {
    ...merged,
    relations: relationsCurated ? joinRelations(existing.relations, generated.relations) : generated.relations,
    review: [...conflicts, ...((merged.review as ReviewFlag[] | undefined) ?? [])],
  };
}
