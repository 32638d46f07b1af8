/**
 * What an entry page says about itself in `<head>`: the tags reference managers and Google Scholar
 * read (Highwire `citation_*`, Dublin Core, PRISM), signposting links to its citation files, and
 * schema.org JSON-LD. Which tags a page type gets follows what Zotero's "Embedded Metadata"
 * translator reads: `citation_dissertation_institution` makes a thesis, `DC.type` "NewsItem" with
 * `prism.publicationName` a newspaper article with its outlet, `DC.type` "statute" a statute.
 */
import type { CollectionName } from '../urls.ts';
import { CITE_FILE_FORMATS, citeFileUrl, type CiteFileFormat } from '../urls.ts';
import type { CslItem } from './csl-item.ts';
import { invertedName, issuedParts, pageRange } from './csl-fields.ts';

/** A `<meta name content>` pair. */
export interface MetaTag {
  name: string;
  content: string;
}

/** A `<link>` element. */
export interface LinkTag {
  rel: string;
  href: string;
  type?: string;
}

/** Everything a page adds to its head. */
export interface HeadMetadata {
  meta: MetaTag[];
  links: LinkTag[];
  jsonLd: Record<string, unknown>;
}

const CITE_FILE_TYPES: Readonly<Record<CiteFileFormat, string>> = {
  bib: 'application/x-bibtex',
  ris: 'application/x-research-info-systems',
  json: 'application/vnd.citationstyles.csl+json',
};

/** `cite-as` the citation address and `describedby` each citation file (signposting.org). */
export function signpostingLinks(collection: CollectionName, id: string, citationUrl: string, site: URL | string): LinkTag[] {
  return [
    { rel: 'cite-as', href: citationUrl },
    ...CITE_FILE_FORMATS.map((format) => ({ rel: 'describedby', href: new URL(citeFileUrl(collection, id, format), site).href, type: CITE_FILE_TYPES[format] })),
  ];
}

function tags(pairs: readonly [string, string | undefined][]): MetaTag[] {
  return pairs.filter((pair): pair is [string, string] => pair[1] !== undefined && pair[1] !== '').map(([name, content]) => ({ name, content }));
}

/** `YYYY`, `YYYY-MM` or `YYYY-MM-DD` from an item's issue date. */
function isoDate(item: CslItem): string | undefined {
  const parts = issuedParts(item);
  return parts.length === 0 ? undefined : parts.map((part, index) => (index === 0 ? String(part) : String(part).padStart(2, '0'))).join('-');
}

function personName(name: CslItem['author'] extends (infer N)[] | undefined ? N : never): string {
  return 'literal' in name ? name.literal : [name.given, name.family].filter(Boolean).join(' ');
}

/** A concept a study is about, as a schema.org DefinedTerm. */
export interface AboutTerm {
  name: string;
  url: string;
}

/** Head metadata of a study page: a thesis or a journal article. */
export function studyHeadMetadata(item: CslItem, supervisors: readonly string[], about: readonly AboutTerm[]): Omit<HeadMetadata, 'links'> {
  const date = isoDate(item);
  const { first, last } = pageRange(item.page);
  const isThesis = item.type === 'thesis';
  const meta = tags([
    ['citation_title', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['citation_author', invertedName(name)]),
    ['citation_publication_date', date?.replace(/-/g, '/')],
    ['citation_dissertation_institution', isThesis ? item.publisher : undefined],
    ['citation_journal_title', item['container-title']],
    ['citation_volume', item.volume],
    ['citation_issue', item.issue],
    ['citation_firstpage', first],
    ['citation_lastpage', last],
    ['citation_doi', item.DOI],
    ['citation_abstract', item.abstract],
    ['citation_keywords', item.keyword?.split(/,\s*/).join('; ')],
    ['citation_language', item.language],
    ['DC.type', isThesis ? (item.genre ?? 'Thesis') : undefined],
  ]);
  const jsonLd: Record<string, unknown> = {
    '@context': 'https://schema.org',
    '@type': isThesis ? 'Thesis' : 'ScholarlyArticle',
    '@id': item.URL,
    url: item.URL,
    name: item.title,
    author: (item.author ?? []).map((name) => ({ '@type': 'Person', name: personName(name) })),
    datePublished: date,
    inLanguage: item.language,
    abstract: item.abstract,
    keywords: item.keyword,
    about: about.map((term) => ({ '@type': 'DefinedTerm', name: term.name, url: term.url })),
    ...(isThesis
      ? {
          inSupportOf: item.genre,
          sourceOrganization: item.publisher ? { '@type': 'CollegeOrUniversity', name: item.publisher } : undefined,
          contributor: supervisors.map((name) => ({ '@type': 'Person', name })),
        }
      : {
          isPartOf: item['container-title'] ? { '@type': 'Periodical', name: item['container-title'] } : undefined,
          volumeNumber: item.volume,
          issueNumber: item.issue,
          pagination: item.page,
          sameAs: item.DOI ? `https://doi.org/${item.DOI}` : undefined,
        }),
  };
  return { meta, jsonLd: withoutEmpty(jsonLd) };
}

/** Head metadata of a news page: the original article, no `citation_*` (Scholar takes no news). */
export function newsHeadMetadata(item: CslItem, pageUrl: string): Omit<HeadMetadata, 'links'> {
  const date = isoDate(item);
  const meta = tags([
    ['DC.type', 'NewsItem'],
    ['DC.title', item.title],
    ...(item.author ?? []).map((name): [string, string] => ['DC.creator', invertedName(name)]),
    ['DC.date', date],
    ['DC.language', item.language],
    ['prism.publicationName', item['container-title']],
  ]);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    '@id': pageUrl,
    headline: item.title,
    datePublished: date,
    inLanguage: item.language,
    author: (item.author ?? []).map((name) => ({ '@type': 'Person', name: personName(name) })),
    publisher: item['container-title'] ? { '@type': 'Organization', name: item['container-title'] } : undefined,
    url: item.URL,
  };
  return { meta, jsonLd: withoutEmpty(jsonLd) };
}

/** What a legal instrument says of others, as schema.org Legislation properties. */
export interface LegislationFacts {
  kind: string;
  identifier?: string;
  amends: readonly string[];
  changes: readonly string[];
}

/** Head metadata of a legal page: a statute for Zotero and Legislation JSON-LD. */
export function legalHeadMetadata(item: CslItem, facts: LegislationFacts): Omit<HeadMetadata, 'links'> {
  const date = isoDate(item);
  const meta = tags([
    ['DC.type', 'statute'],
    ['DC.title', item.title],
    ['DC.date', date],
    ['DC.language', item.language],
  ]);
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'Legislation',
    '@id': item.URL,
    url: item.URL,
    name: item.title,
    legislationIdentifier: facts.identifier,
    legislationDate: date,
    legislationJurisdiction: item.jurisdiction,
    legislationType: facts.kind,
    legislationAmends: facts.amends.map((url) => ({ '@id': url })),
    legislationChanges: facts.changes.map((url) => ({ '@id': url })),
    inLanguage: item.language,
  };
  return { meta, jsonLd: withoutEmpty(jsonLd) };
}

/** Head metadata of a concept page: a DefinedTerm of the Lintas thesaurus. */
export function conceptJsonLd(name: string, description: string, url: string, termSet: { name: string; url: string }): Record<string, unknown> {
  return {
    '@context': 'https://schema.org',
    '@type': 'DefinedTerm',
    '@id': url,
    name,
    description,
    inDefinedTermSet: { '@type': 'DefinedTermSet', name: termSet.name, url: termSet.url },
  };
}

/** Drops undefined values and empty lists, so the JSON-LD states only what is known. */
function withoutEmpty(object: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(object).filter(([, value]) => value !== undefined && !(Array.isArray(value) && value.length === 0)));
}

/** JSON for inside `<script type="application/ld+json">`: `<` escaped so no text can close the element. */
export function jsonLdScriptText(jsonLd: Record<string, unknown>): string {
  return JSON.stringify(jsonLd).replace(/</g, '\\u003c');
}
