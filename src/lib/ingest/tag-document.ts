/**
 * Tags a parsed document with what it is about and whom it involves: concepts from the
 * thesaurus, legal instruments, countries and organisations. Anything the taggers could not
 * place (a keyword no concept covers, a regulation with no entry) becomes a review flag, so the
 * thesaurus and the legal entries grow where the corpus needs them.
 */
import { detectCountries, detectOrganisations } from './detect-entities.ts';
import {
  detectLegalInstruments,
  findUnmatchedLegalCitations,
  listMentionedInstrumentIds,
  type LegalInstrumentIndexEntry,
} from './detect-legal.ts';
import { findUnmatchedKeywords, tagConcepts, type ConceptMatcher } from './tag-concepts.ts';
import type { ParsedDocument, ReviewFlag } from './types.ts';

export interface TaggingIndexes {
  concepts: ConceptMatcher;
  legal: LegalInstrumentIndexEntry[];
}

export interface DocumentTags {
  concepts: string[];
  legalInstruments: string[];
  countries: string[];
  organisations: string[];
  review: ReviewFlag[];
}

/** The parts of a document the taggers read: its own words, never the metadata we derived. */
function taggedText(doc: ParsedDocument): { keywords: string[]; title: string; text: string } {
  if (doc.kind === 'news') {
    return { keywords: [], title: doc.data.headline ?? '', text: doc.body };
  }
  const { title, abstract, keywords } = doc.data;
  return {
    keywords: [...(keywords?.id ?? []), ...(keywords?.en ?? [])],
    title: [title.id, title.en].filter(Boolean).join('\n'),
    text: [abstract.id, abstract.en, doc.body].filter(Boolean).join('\n\n'),
  };
}

/** The tags of one parsed document, and review flags for what the taggers could not place. */
export function tagDocument(doc: ParsedDocument, indexes: TaggingIndexes): DocumentTags {
  const { keywords, title, text } = taggedText(doc);
  const everything = `${title}\n\n${text}`;
  // News items are short and edited: one mention of a term is deliberate (see TagConceptsOptions).
  const minTextCount = doc.kind === 'news' ? 1 : 2;
  const concepts = tagConcepts({ keywords, title, text }, indexes.concepts, { minTextCount }).map((tag) => tag.id);
  const legalInstruments = listMentionedInstrumentIds(detectLegalInstruments(everything, indexes.legal));

  const review: ReviewFlag[] = [];
  const unmatchedKeywords = [...new Set(findUnmatchedKeywords(keywords, indexes.concepts))];
  if (unmatchedKeywords.length > 0) {
    review.push({ field: 'concepts', reason: `keywords that match no concept: ${unmatchedKeywords.join('; ')}` });
  }
  const unmatchedCitations = findUnmatchedLegalCitations(everything, indexes.legal);
  if (unmatchedCitations.length > 0) {
    review.push({
      field: 'legalInstruments',
      reason: `cited regulations with no legal entry: ${unmatchedCitations.map((c) => c.match).join('; ')}`,
    });
  }
  return {
    concepts,
    legalInstruments,
    countries: detectCountries(everything),
    organisations: detectOrganisations(everything),
    review,
  };
}
