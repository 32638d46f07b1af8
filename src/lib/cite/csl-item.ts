/**
 * An entry as a CSL-JSON item: the one record every citation, download and export of Lintas is
 * made from. Pure: the caller hands in the entry's data and the address it is cited at.
 */
import type { z } from 'astro/zod';
import type { fileModel } from '../content-model.ts';
import type { Lang } from '../langs.ts';
import { markdownToPlainText } from '../markdown/render-inline.ts';
import { titleCaseFromCapitals } from './printed-capitals.ts';

/** The fields of a study a citation reads, as the schema hands them to pages. */
export type CitedStudy = Pick<
  z.output<typeof fileModel.studySchema>,
  'title' | 'authors' | 'year' | 'languages' | 'studyType' | 'institution' | 'publication' | 'abstract' | 'keywords' | 'source'
>;
/** The fields of a news item a citation reads. */
export type CitedNews = Pick<z.output<typeof fileModel.newsSchema>, 'headline' | 'author' | 'published' | 'language' | 'outlet' | 'sourceUrl'>;
/** The fields of a legal instrument a citation reads. */
export type CitedLegal = Pick<z.output<typeof fileModel.legalSchema>, 'title' | 'adopted' | 'signed' | 'number' | 'issuer' | 'jurisdiction'>;

/** A person's name as CSL-JSON gives it: family and given parts, or one name kept whole. */
export type CslName = { family: string; given?: string } | { literal: string };

/** A date as CSL-JSON gives it: year, month and day as far as they are known. */
export interface CslDate {
  'date-parts': [number[]];
}

/** The CSL item types Lintas entries become. */
export type CslType = 'thesis' | 'article-journal' | 'article-newspaper' | 'legislation';

/** The CSL-JSON variables Lintas fills (https://citeproc-js.readthedocs.io/en/latest/csl-json/markup.html). */
export interface CslItem {
  id: string;
  type: CslType;
  title: string;
  author?: CslName[];
  issued?: CslDate;
  language?: Lang;
  genre?: string;
  publisher?: string;
  'container-title'?: string;
  volume?: string;
  issue?: string;
  page?: string;
  DOI?: string;
  URL?: string;
  number?: string;
  authority?: string;
  jurisdiction?: string;
  abstract?: string;
  keyword?: string;
}

/** Reads `Family, Given` or `Given … Family` (the last word is the family name); one word stays whole. */
export function parsePersonName(written: string): CslName {
  const name = titleCaseFromCapitals(written.trim(), 'id');
  const comma = name.indexOf(',');
  if (comma > 0) {
    const given = name.slice(comma + 1).trim();
    return given ? { family: name.slice(0, comma).trim(), given } : { literal: name.slice(0, comma).trim() };
  }
  const words = name.split(/\s+/);
  const family = words.pop();
  if (family === undefined || words.length === 0) return { literal: name };
  return { family, given: words.join(' ') };
}

/** A partial `YYYY[-MM[-DD]]` date as CSL date parts. */
export function cslDate(date: string): CslDate {
  return { 'date-parts': [date.split('-').map(Number)] };
}

/** A title as cited: plain text, and in title case when the document prints it in capitals. */
function citedTitle(markdown: string, lang: Lang): string {
  return titleCaseFromCapitals(markdownToPlainText(markdown), lang);
}

/** Values as the source names them, printed in capitals or not ("SKRIPSI", "UNIVERSITAS HASANUDDIN"). */
function citedValue(value: string | undefined, lang: Lang): string | undefined {
  return value === undefined ? undefined : titleCaseFromCapitals(value, lang);
}

/** Drops the keys whose value is undefined, so exports carry no empty fields. */
function withoutEmpty(item: CslItem): CslItem {
  return Object.fromEntries(Object.entries(item).filter(([, value]) => value !== undefined && value !== '')) as unknown as CslItem;
}

/**
 * A thesis or journal article; `url` is the address it is cited at, `untitled` what it is cited
 * as when the source gives no title.
 */
export function studyCslItem(id: string, data: CitedStudy, untitled: string, url: string): CslItem {
  const lang: Lang = data.languages[0] ?? 'id';
  const title = data.title[lang] ?? data.title.id ?? data.title.en ?? untitled;
  const abstract = data.abstract[lang] ?? data.abstract.id ?? data.abstract.en;
  const keywords = [...(data.keywords.id), ...data.keywords.en];
  const isArticle = data.source.parser === 'article';
  const publication = data.publication;
  return withoutEmpty({
    id,
    type: isArticle ? 'article-journal' : 'thesis',
    title: citedTitle(title, lang),
    author: data.authors.map(parsePersonName),
    issued: data.year === undefined ? undefined : cslDate(String(data.year)),
    language: lang,
    genre: isArticle ? undefined : citedValue(data.studyType, lang),
    publisher: isArticle ? undefined : citedValue(data.institution, lang),
    'container-title': publication?.journal,
    volume: publication?.volume,
    issue: publication?.issue,
    page: publication?.pages,
    DOI: publication?.doi,
    URL: url,
    abstract: abstract === undefined ? undefined : markdownToPlainText(abstract),
    keyword: keywords.length > 0 ? keywords.join(', ') : undefined,
  });
}

/** A news item as the original article: the outlet's, at its own address when the entry has it. */
export function newsCslItem(id: string, data: CitedNews, headlineFallback: string, url: string): CslItem {
  return withoutEmpty({
    id,
    type: 'article-newspaper',
    title: data.headline === undefined ? headlineFallback : citedTitle(data.headline, data.language),
    author: data.author === undefined ? undefined : [parsePersonName(data.author)],
    issued: data.published === undefined ? undefined : cslDate(data.published),
    language: data.language,
    'container-title': data.outlet,
    URL: data.sourceUrl ?? url,
  });
}

/**
 * A legal instrument, under its title in the language it is made in: Indonesian for Indonesia's
 * own laws and regulations, English for international instruments.
 */
export function legalCslItem(id: string, data: CitedLegal, url: string): CslItem {
  const lang: Lang = data.jurisdiction === 'Indonesia' ? 'id' : 'en';
  const date = data.adopted ?? data.signed;
  return withoutEmpty({
    id,
    type: 'legislation',
    title: data.title[lang] ?? data.title.id,
    issued: date === undefined ? undefined : cslDate(date),
    language: lang,
    number: data.number,
    authority: data.issuer,
    jurisdiction: data.jurisdiction,
    URL: url,
  });
}
