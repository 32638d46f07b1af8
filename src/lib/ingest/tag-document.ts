/**
 * Tags a parsed document with what it is about and whom it involves: concepts from the
 * thesaurus, legal instruments, and the countries, organisations and people of the entity data.
 * Anything the taggers could not place (a keyword no concept or entity covers, a regulation with
 * no entry, a body or country with no entity) becomes a review flag, so the thesaurus, the legal
 * entries and the entities grow where the corpus needs them.
 */
import type { LegalRecord } from './content-store.ts';
import { detectCountries, detectOrganisations, detectPersons, type EntityMatcher } from './detect-entities.ts';
import {
  detectLegalInstruments,
  findUnmatchedLegalCitations,
  listMentionedInstrumentIds,
  type LegalInstrumentIndexEntry,
} from './detect-legal.ts';
import { findUnmappedKeywords } from './keyword-mapping.ts';
import { tagConcepts, type ConceptMatcher } from './tag-concepts.ts';
import type { ParsedDocument, ReviewFlag } from './types.ts';

export interface TaggingIndexes {
  concepts: ConceptMatcher;
  legal: LegalInstrumentIndexEntry[];
  /** The legal entries themselves, to match an ingested legal text to the entry of its instrument. */
  legalRecords?: LegalRecord[];
  entities: EntityMatcher;
}

export interface DocumentTags {
  concepts: string[];
  legalInstruments: string[];
  /** Entity ids, by kind. */
  countries: string[];
  organisations: string[];
  persons: string[];
  review: ReviewFlag[];
}

/**
 * The parts of a document the taggers read: its own words, never the metadata we derived; and
 * the names of the people it credits (authors, supervisors, editors, people quoted), one per line.
 */
function taggedText(doc: ParsedDocument): { keywords: string[]; title: string; text: string; names: string } {
  if (doc.kind === 'news') {
    const { people = [], quotes = [], author, editor, translator } = doc.data;
    const credited = [author, editor, translator].filter((name): name is string => name !== undefined);
    const names = [...credited, ...people.map((p) => p.name), ...quotes.flatMap((q) => (q.speaker ? [q.speaker] : []))];
    return { keywords: [], title: doc.data.headline ?? '', text: doc.body, names: names.join('\n') };
  }
  const { title, abstract, keywords, authors = [], supervisors = [] } = doc.data;
  return {
    keywords: [...(keywords?.id ?? []), ...(keywords?.en ?? [])],
    title: [title.id, title.en].filter(Boolean).join('\n'),
    text: [abstract.id, abstract.en, doc.body].filter(Boolean).join('\n\n'),
    names: [...authors, ...supervisors.map((s) => s.name)].join('\n'),
  };
}

function flagUnknown(review: ReviewFlag[], field: string, what: string, unknown: readonly string[]): void {
  if (unknown.length > 0) review.push({ field, reason: `${what} with no entity in content/entities: ${unknown.join('; ')}` });
}

/** The tags of one parsed document, and review flags for what the taggers could not place. */
export function tagDocument(doc: ParsedDocument, indexes: TaggingIndexes): DocumentTags {
  const { keywords, title, text, names } = taggedText(doc);
  const everything = `${title}\n\n${text}`;
  // News items are short and edited: one mention of a term is deliberate (see TagConceptsOptions).
  const minTextCount = doc.kind === 'news' ? 1 : 2;
  const concepts = tagConcepts({ keywords, title, text }, indexes.concepts, { minTextCount }).map((tag) => tag.id);
  const legalInstruments = listMentionedInstrumentIds(detectLegalInstruments(everything, indexes.legal));

  const review: ReviewFlag[] = [];
  const unmatchedKeywords = [...new Set(findUnmappedKeywords(keywords, indexes))];
  if (unmatchedKeywords.length > 0) {
    review.push({ field: 'concepts', reason: `keywords that match no concept or entity: ${unmatchedKeywords.join('; ')}` });
  }
  const unmatchedCitations = findUnmatchedLegalCitations(everything, indexes.legal);
  if (unmatchedCitations.length > 0) {
    review.push({
      field: 'legalInstruments',
      reason: `cited regulations with no legal entry: ${unmatchedCitations.map((c) => c.match).join('; ')}`,
    });
  }
  const countries = detectCountries(everything, indexes.entities);
  flagUnknown(review, 'countries', 'countries named', countries.unknown);
  const organisations = detectOrganisations(everything, indexes.entities);
  flagUnknown(review, 'organisations', 'organisations named', organisations.unknown);
  return {
    concepts,
    legalInstruments,
    countries: countries.ids,
    organisations: organisations.ids,
    persons: detectPersons(`${names}\n\n${everything}`, indexes.entities),
    review,
  };
}
