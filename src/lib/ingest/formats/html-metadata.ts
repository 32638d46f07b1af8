/**
 * The metadata a saved web page states about itself, read before anything from its text:
 * Highwire `citation_*` tags (which EPrints, DSpace and OJS print on every item page), Dublin
 * Core (`DC.*`, `DCTERMS.*`), schema.org JSON-LD, OpenGraph, and `<link rel=canonical>` as the
 * page's address. For each field the first source that states it wins, in that order; a tag
 * that is empty is absent.
 */
import type { DeclaredKind, DocumentMetadata, Stated } from './document-metadata.ts';
import { findJsonLdDocument, objectAt, textOf, textsOf, type JsonLdDocument } from './json-ld.ts';
import { givenNameFirst } from './person-order.ts';
import { readStatedDate } from './stated-date.ts';
import { removeControlCharacters } from '../../text/control-characters.ts';

/** The parts of a DOM document read here (linkedom's and the browser's both fit). */
export interface MetadataSource {
  querySelectorAll(selector: string): Iterable<{ getAttribute(name: string): string | null; textContent: string | null }>;
  documentElement: { getAttribute(name: string): string | null } | null;
}

/** The `content` of each `<meta>` by lower-cased `name` or `property`, in page order. */
type MetaTags = Map<string, string[]>;

function readMetaTags(document: MetadataSource): MetaTags {
  const tags: MetaTags = new Map();
  for (const meta of document.querySelectorAll('meta[content]')) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property') ?? '').trim().toLowerCase();
    const content = removeControlCharacters(meta.getAttribute('content') ?? '').replace(/\s+/g, ' ').trim();
    if (key === '' || content === '') continue;
    tags.set(key, [...(tags.get(key) ?? []), content]);
  }
  return tags;
}

/** A candidate for a field: where it comes from, and its value there if stated. */
type Candidate<T> = [from: string, value: T | undefined];

function firstStated<T>(candidates: Array<Candidate<T>>): Stated<T> | undefined {
  for (const [from, value] of candidates) {
    if (value === undefined || (Array.isArray(value) && value.length === 0)) continue;
    return { value, from };
  }
  return undefined;
}

/** Candidates from meta tags: the first value of each named tag. */
function metaFirst(tags: MetaTags, names: string[]): Array<Candidate<string>> {
  return names.map((name) => [name, tags.get(name.toLowerCase())?.[0]]);
}

/** Candidates from meta tags that are repeated once per value. */
function metaAll(tags: MetaTags, names: string[]): Array<Candidate<string[]>> {
  return names.map((name) => [name, tags.get(name.toLowerCase())]);
}

/** Keyword lists: repeated tags, each of which may itself be a `;` or `,` separated list. */
function splitKeywords(values: string[] | undefined): string[] | undefined {
  if (!values) return undefined;
  const split = values.flatMap((value) => value.split(value.includes(';') ? ';' : ',')).map((k) => k.trim());
  return [...new Set(split.filter((k) => k !== ''))];
}

const DOI = /\b(10\.\d{4,9}\/\S+?)[.,;]?$/;

/** A DOI stated bare, as `doi:` or as a doi.org link. */
function readDoi(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const match = DOI.exec(value.trim().replace(/^(?:doi:\s*|https?:\/\/(?:dx\.)?doi\.org\/)/i, ''));
  return match?.[1];
}

function httpUrl(value: string | undefined): string | undefined {
  if (!value) return undefined;
  try {
    const url = new URL(value);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

/** "145-160" from first and last page, "145" alone; a range stated in one tag as is. */
function pageRange(first: string | undefined, last: string | undefined): string | undefined {
  if (!first) return undefined;
  return last && last !== first ? `${first}-${last}` : first;
}

function jsonLdCandidates(doc: JsonLdDocument | undefined) {
  const from = (field: string) => `JSON-LD ${doc?.type}.${field}`;
  const data = doc?.data ?? {};
  const partOf = objectAt(data, 'isPartOf');
  return {
    title: [from('headline'), textOf(data.headline) ?? textOf(data.name)] as Candidate<string>,
    authors: [from('author'), textsOf(data.author).map(givenNameFirst)] as Candidate<string[]>,
    date: [from('datePublished'), readStatedDate(textOf(data.datePublished) ?? '')] as Candidate<string>,
    publisher: [from('publisher'), textOf(data.publisher)] as Candidate<string>,
    institution: [from('sourceOrganization'), textOf(data.sourceOrganization)] as Candidate<string>,
    journal: [from('isPartOf'), partOf ? textOf(partOf.name) : undefined] as Candidate<string>,
    keywords: [from('keywords'), splitKeywords(textsOf(data.keywords))] as Candidate<string[]>,
    abstract: [from('abstract'), textOf(data.abstract)] as Candidate<string>,
    language: [from('inLanguage'), textOf(data.inLanguage)] as Candidate<string>,
    url: [from('url'), httpUrl(textOf(data.url))] as Candidate<string>,
  };
}

function declaredKind(tags: MetaTags, jsonLd: JsonLdDocument | undefined): Stated<DeclaredKind> | undefined {
  if (jsonLd) return { value: jsonLd.kind, from: `JSON-LD ${jsonLd.type}` };
  if (tags.has('citation_title')) return { value: 'scholarly', from: 'citation_title' };
  if (tags.get('og:type')?.[0] === 'article' && tags.has('article:published_time')) {
    return { value: 'news', from: 'og:type article with article:published_time' };
  }
  return undefined;
}

/** Reads what the page states about its document. */
export function readHtmlMetadata(document: MetadataSource): DocumentMetadata {
  const tags = readMetaTags(document);
  const blocks = [...document.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? '');
  const jsonLd = findJsonLdDocument(blocks);
  const ld = jsonLdCandidates(jsonLd);
  const names = (candidates: Array<Candidate<string[]>>): Array<Candidate<string[]>> =>
    candidates.map(([from, value]) => [from, value?.map(givenNameFirst)]);
  const dates = (candidates: Array<Candidate<string>>): Array<Candidate<string>> =>
    candidates.map(([from, value]) => [from, value === undefined ? undefined : readStatedDate(value)]);
  const canonical = [...document.querySelectorAll('link[rel~="canonical"][href]')][0]?.getAttribute('href') ?? undefined;
  const htmlLang = document.documentElement?.getAttribute('lang')?.trim() || undefined;

  const metadata: DocumentMetadata = {
    kind: declaredKind(tags, jsonLd),
    title: firstStated([...metaFirst(tags, ['citation_title']), ld.title, ...metaFirst(tags, ['DC.title', 'DCTERMS.title', 'og:title'])]),
    authors: firstStated([
      ...names(metaAll(tags, ['citation_author'])),
      ['citation_authors', tags.get('citation_authors')?.[0]?.split(';').map(givenNameFirst).filter((n) => n !== '')],
      ld.authors,
      ...names(metaAll(tags, ['DC.creator', 'DCTERMS.creator', 'DC.Creator.PersonalName'])),
    ]),
    date: firstStated([
      ...dates(metaFirst(tags, ['citation_publication_date', 'citation_date'])),
      ld.date,
      ...dates(metaFirst(tags, ['DC.date.issued', 'DCTERMS.issued', 'DC.date', 'DCTERMS.date', 'article:published_time'])),
    ]),
    institution: firstStated([
      ...metaFirst(tags, ['citation_dissertation_institution', 'citation_technical_report_institution']),
      ld.institution,
      // The first author's affiliation, as the text's own reading takes the first one printed.
      ...metaFirst(tags, ['citation_author_institution']),
    ]),
    publisher: firstStated([...metaFirst(tags, ['citation_publisher']), ld.publisher, ...metaFirst(tags, ['DC.publisher', 'DCTERMS.publisher'])]),
    journal: firstStated([...metaFirst(tags, ['citation_journal_title']), ld.journal, ...metaFirst(tags, ['DC.source'])]),
    volume: firstStated([...metaFirst(tags, ['citation_volume', 'DC.source.volume'])]),
    issue: firstStated([...metaFirst(tags, ['citation_issue', 'DC.source.issue'])]),
    pages: firstStated([
      ['citation_firstpage', pageRange(tags.get('citation_firstpage')?.[0], tags.get('citation_lastpage')?.[0])],
      ...metaFirst(tags, ['DC.identifier.pageNumber']),
    ]),
    doi: firstStated(
      [...metaFirst(tags, ['citation_doi', 'DC.identifier.DOI', 'DC.identifier'])].map(([from, value]): Candidate<string> => [from, readDoi(value)]),
    ),
    keywords: firstStated([
      ['citation_keywords', splitKeywords(tags.get('citation_keywords'))],
      ld.keywords,
      ['DC.subject', splitKeywords(tags.get('dc.subject'))],
    ]),
    abstract: firstStated([...metaFirst(tags, ['citation_abstract']), ld.abstract, ...metaFirst(tags, ['DCTERMS.abstract', 'DC.description.abstract'])]),
    siteName: firstStated([...metaFirst(tags, ['og:site_name']), [`JSON-LD ${jsonLd?.type}.publisher`, jsonLd?.kind === 'news' ? textOf(jsonLd.data.publisher) : undefined]]),
    url: firstStated([['link rel=canonical', httpUrl(canonical)], ...metaFirst(tags, ['og:url']).map(([f, v]): Candidate<string> => [f, httpUrl(v)]), ld.url]),
    language: firstStated([...metaFirst(tags, ['citation_language', 'DC.language']), ld.language, ['html lang', htmlLang]]),
  };
  return Object.fromEntries(Object.entries(metadata).filter(([, value]) => value !== undefined)) as DocumentMetadata;
}
