/**
 * What each stage of the ingest hands to the next. Parsers are pure: text in, one of these out.
 * Field names follow the frontmatter in `src/content.config.ts`; a field the text does not give
 * is left undefined (or empty) and named in `review`, never guessed.
 */
import type { FieldNote, LegalData, NewsFrontmatter, Parser, READABLE_KINDS, StudyFrontmatter } from '../content-model.ts';
import type { RelationReading } from './legal-text/relations.ts';

/** A field a person must check, with the reason in plain words. */
export type ReviewFlag = FieldNote;

/** The kinds of raw document the ingest recognises: one per parser. */
export type DocumentKind = Parser;

export { READABLE_KINDS } from '../content-model.ts';
export type ReadableKind = (typeof READABLE_KINDS)[number];

export interface KindDetection {
  kind: DocumentKind;
  /** `weak` when another kind came close or little evidence was found: the entry flags its kind. */
  confidence: 'strong' | 'weak';
  /** Why this kind was chosen, for the CLI to print. */
  reasons: string[];
}

/** Study fields a parser can read from the text itself (tags and provenance come later). */
export type ParsedStudyFields = Omit<
  StudyFrontmatter,
  'concepts' | 'legalInstruments' | 'countries' | 'organisations' | 'persons' | 'source' | 'review' | 'curated'
>;

export interface ParsedStudy {
  kind: 'thesis-abstract' | 'thesis-full' | 'article';
  data: ParsedStudyFields;
  /** Markdown body: the full text's chapters when there are any, otherwise empty. */
  body: string;
  review: ReviewFlag[];
}

export type ParsedNewsFields = Omit<
  NewsFrontmatter,
  'concepts' | 'legalInstruments' | 'countries' | 'organisations' | 'persons' | 'source' | 'review' | 'curated'
>;

export interface ParsedNews {
  kind: 'news';
  data: ParsedNewsFields;
  /** Markdown body: the article's paragraphs, clutter removed, wording untouched, markup characters escaped. */
  body: string;
  review: ReviewFlag[];
}

/** Legal fields a parser can read from an instrument's text (provenance and curation come later). */
export type ParsedLegalFields = Omit<LegalData, 'source' | 'review' | 'curated'>;

export interface ParsedLegal {
  kind: 'legal';
  data: ParsedLegalFields;
  /** Markdown body: the chapters and articles (each article a "Pasal N" heading), then the elucidation. */
  body: string;
  review: ReviewFlag[];
  /** The relations the text states, each with its words, before they are matched to entries. */
  relations: RelationReading[];
  /** The article numbers in order. */
  articles: string[];
}

export type ParsedDocument = ParsedStudy | ParsedNews;

/** Raised for input the ingest cannot use; the CLI prints the message and exits non-zero. */
export class IngestError extends Error {
  readonly file: string;
  constructor(file: string, message: string) {
    super(`${file}: ${message}`);
    this.name = 'IngestError';
    this.file = file;
  }
}
