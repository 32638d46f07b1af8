/**
 * Whether an author's keyword maps to the knowledge base: a concept label occurs in it, or it
 * names an entity (a country, an organisation, a person). Shared by the ingest, which flags
 * keywords that map to nothing, and `npm run thesaurus:unmapped`, which lists them for the corpus.
 */
import { detectCountries, detectOrganisations, detectPersons, type EntityMatcher } from './detect-entities.ts';
import { findUnmatchedKeywords, type ConceptMatcher } from './tag-concepts.ts';

/** The matchers a keyword is looked up in. */
export interface KeywordMatchers {
  concepts: ConceptMatcher;
  entities: EntityMatcher;
}

function namesEntity(keyword: string, entities: EntityMatcher): boolean {
  return (
    detectCountries(keyword, entities).ids.length > 0 ||
    detectOrganisations(keyword, entities).ids.length > 0 ||
    detectPersons(keyword, entities).length > 0
  );
}

/** The keywords, as written, that contain no concept label and name no entity. */
export function findUnmappedKeywords(keywords: readonly string[], matchers: KeywordMatchers): string[] {
  return findUnmatchedKeywords([...keywords], matchers.concepts).filter((keyword) => !namesEntity(keyword, matchers.entities));
}
