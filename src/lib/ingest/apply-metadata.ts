/**
 * Puts what a document states about itself (its page's `<meta>` tags and JSON-LD, a PDF's
 * document properties) over what the parsers read from its text. A stated value wins for the
 * field it gives; a weak hint (a PDF's Info dictionary) only fills a field the text left empty,
 * and is flagged for review. Nothing is added that the document does not state, and every field
 * taken is recorded with the tag it came from.
 */
import type { Lang } from '../langs.ts';
import { LANGS } from '../langs.ts';
import { detectLanguage } from '../text/detect-language.ts';
import type { DocumentMetadata, Stated } from './formats/document-metadata.ts';
import { detectTitleLanguage } from './thesis/title-language.ts';
import type { ParsedDocument, ParsedNews, ParsedStudy, ReviewFlag } from './types.ts';

/** The document after the stated metadata was applied, and where each field taken came from. */
export interface StatedDocument {
  doc: ParsedDocument;
  /** Field path → the tag it was read from, for the fields the document stated. */
  stated: Record<string, string>;
}

/** Sources that are hints only: writers fill them with file names and account names. */
const WEAK_SOURCES = /^PDF Info /;

const isWeak = (value: Stated<unknown>) => WEAK_SOURCES.test(value.from);

/** The review flag of a field filled from a weak hint. */
const weakHintFlag = (field: string, value: Stated<unknown>): ReviewFlag => ({
  field,
  reason: `Taken from the PDF's document properties (${value.from}), which are often wrong; check it.`,
});

/** `id`, `in` (the old code for Indonesian) or `en` from a stated language tag. */
function langOf(tag: string | undefined): Lang | undefined {
  const primary = tag?.toLowerCase().split(/[-_]/)[0];
  if (primary === 'id' || primary === 'in' || primary === 'ind') return 'id';
  if (primary === 'en' || primary === 'eng') return 'en';
  return undefined;
}

/** Drops the review flags of the fields now filled from the document's own statement. */
function withoutFlags(review: ReviewFlag[], fields: string[]): ReviewFlag[] {
  return review.filter((flag) => !fields.includes(flag.field));
}

/** The language a stated study title is in: its words, else the stated language, else the text's. */
function titleLang(title: string, metadata: DocumentMetadata, doc: ParsedStudy): Lang {
  const given = LANGS.filter((lang) => doc.data.title[lang] !== undefined);
  return detectTitleLanguage(title) ?? langOf(metadata.language?.value) ?? (given.length === 1 ? given[0]! : doc.data.languages[0] ?? 'id');
}

/** The language of a stated keyword list: the text's list it shares words with, else the stated language. */
function keywordsLang(keywords: string[], metadata: DocumentMetadata, doc: ParsedStudy): Lang {
  const lower = new Set(keywords.map((k) => k.toLowerCase()));
  const shared = (lang: Lang) => (doc.data.keywords?.[lang] ?? []).filter((k) => lower.has(k.toLowerCase())).length;
  const best = LANGS.toSorted((a, b) => shared(b) - shared(a))[0]!;
  if (shared(best) > 0) return best;
  return langOf(metadata.language?.value) ?? detectLanguage(keywords.join(' ')) ?? 'id';
}

function applyToStudy(parsed: ParsedStudy, metadata: DocumentMetadata): StatedDocument {
  const data = structuredClone(parsed.data);
  const stated: Record<string, string> = {};
  const review: ReviewFlag[] = [];
  const take = <T>(field: string, value: Stated<T> | undefined, current: unknown, set: (v: T) => void) => {
    if (!value) return;
    const empty = current === undefined || (Array.isArray(current) && current.length === 0);
    if (isWeak(value) && !empty) return;
    set(value.value);
    stated[field] = value.from;
    if (isWeak(value)) review.push(weakHintFlag(field, value));
  };

  if (metadata.title) {
    const lang = titleLang(metadata.title.value, metadata, parsed);
    const derived = parsed.review.some((flag) => flag.field === `title.${lang}` && /derived/.test(flag.reason));
    take(`title.${lang}`, metadata.title, derived ? undefined : data.title[lang], (v) => (data.title[lang] = v));
  }
  take('authors', metadata.authors, data.authors, (v) => (data.authors = v));
  const year = metadata.date && { ...metadata.date, value: Number(metadata.date.value.slice(0, 4)) };
  take('year', year, data.year, (v) => (data.year = v));
  take('institution', metadata.institution, data.institution, (v) => (data.institution = v));
  const publication = { ...data.publication };
  take('publication.journal', metadata.journal, publication.journal, (v) => (publication.journal = v));
  take('publication.volume', metadata.volume, publication.volume, (v) => (publication.volume = v));
  take('publication.issue', metadata.issue, publication.issue, (v) => (publication.issue = v));
  take('publication.pages', metadata.pages, publication.pages, (v) => (publication.pages = v));
  take('publication.doi', metadata.doi, publication.doi, (v) => (publication.doi = v));
  if (Object.keys(publication).length > 0) data.publication = publication;
  if (metadata.keywords) {
    const lang = keywordsLang(metadata.keywords.value, metadata, parsed);
    const keywords = { id: data.keywords?.id ?? [], en: data.keywords?.en ?? [] };
    take(`keywords.${lang}`, metadata.keywords, keywords[lang], (v) => (keywords[lang] = v));
    data.keywords = keywords;
  }
  if (metadata.abstract) {
    // The page's own text holds the whole abstract; a stated one (often cut short) only fills a gap.
    const lang = langOf(metadata.language?.value) ?? detectLanguage(metadata.abstract.value) ?? 'id';
    if (data.abstract[lang] === undefined) {
      take(`abstract.${lang}`, metadata.abstract, undefined, (v) => (data.abstract[lang] = v));
      if (!data.languages.includes(lang)) data.languages = LANGS.filter((l) => l === lang || data.languages.includes(l));
    }
  }
  const kept = withoutFlags(parsed.review, Object.keys(stated));
  return { doc: { ...parsed, data, review: [...kept, ...review] }, stated };
}

function applyToNews(parsed: ParsedNews, metadata: DocumentMetadata): StatedDocument {
  const data = { ...parsed.data };
  const stated: Record<string, string> = {};
  const review: ReviewFlag[] = [];
  const take = (field: keyof typeof data, value: Stated<string> | undefined) => {
    if (!value) return;
    if (isWeak(value) && data[field] !== undefined) return;
    (data as Record<string, unknown>)[field] = value.value;
    stated[field] = value.from;
    if (isWeak(value)) review.push(weakHintFlag(field, value));
  };
  take('headline', metadata.title);
  const authors = metadata.authors && { ...metadata.authors, value: metadata.authors.value.join(', ') };
  take('author', authors);
  // A news entry's date is a day; a page stating only a month or year leaves it to the text.
  take('published', metadata.date && /^\d{4}-\d{2}-\d{2}$/.test(metadata.date.value) ? metadata.date : undefined);
  take('outlet', metadata.siteName ?? metadata.publisher);
  take('sourceUrl', metadata.url);
  const lang = langOf(metadata.language?.value);
  if (lang && metadata.language) take('language', { value: lang, from: metadata.language.from });
  const kept = withoutFlags(parsed.review, Object.keys(stated));
  return { doc: { ...parsed, data, review: [...kept, ...review] }, stated };
}

/** Applies the document's stated metadata to the parsed document. */
export function applyStatedMetadata(doc: ParsedDocument, metadata: DocumentMetadata): StatedDocument {
  return doc.kind === 'news' ? applyToNews(doc, metadata) : applyToStudy(doc, metadata);
}
