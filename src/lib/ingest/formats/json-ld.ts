/**
 * The schema.org objects a page describes itself with in `<script type="application/ld+json">`:
 * only the kinds that are the page's own document (a news article, a scholarly article, a
 * thesis), read into plain values. A block that is not valid JSON is skipped.
 */
import { removeControlCharacters } from '../../text/control-characters.ts';

/** The schema.org types read, and the kind of document each one is. */
const DOCUMENT_TYPES: Record<string, 'news' | 'scholarly'> = {
  NewsArticle: 'news',
  ReportageNewsArticle: 'news',
  AnalysisNewsArticle: 'news',
  OpinionNewsArticle: 'news',
  ReviewNewsArticle: 'news',
  BackgroundNewsArticle: 'news',
  ScholarlyArticle: 'scholarly',
  Thesis: 'scholarly',
};

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const isObject = (value: Json | undefined): value is JsonObject =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** One schema.org document object and the type it was read as. */
export interface JsonLdDocument {
  type: string;
  kind: 'news' | 'scholarly';
  data: JsonObject;
}

/** Every object in a block: a list, an `@graph`, or one object. */
function objectsOf(value: Json): JsonObject[] {
  if (Array.isArray(value)) return value.flatMap(objectsOf);
  if (!isObject(value)) return [];
  const graph = value['@graph'];
  return [value, ...(graph === undefined ? [] : objectsOf(graph))];
}

function typesOf(object: JsonObject): string[] {
  const type = object['@type'];
  const list = Array.isArray(type) ? type : [type];
  return list.filter((t): t is string => typeof t === 'string').map((t) => t.replace(/^(?:https?:\/\/)?schema\.org\//, ''));
}

/** The first document object of the blocks' texts, in page order. */
export function findJsonLdDocument(blocks: readonly string[]): JsonLdDocument | undefined {
  for (const block of blocks) {
    let parsed: Json;
    try {
      parsed = JSON.parse(block) as Json;
    } catch {
      continue;
    }
    for (const object of objectsOf(parsed)) {
      const type = typesOf(object).find((t) => t in DOCUMENT_TYPES);
      if (type) return { type, kind: DOCUMENT_TYPES[type]!, data: object };
    }
  }
  return undefined;
}

/** A text value: a string, or the `name` of an object (a Person, an Organization). */
export function textOf(value: Json | undefined): string | undefined {
  if (typeof value === 'string') return removeControlCharacters(value).replace(/\s+/g, ' ').trim() || undefined;
  if (typeof value === 'number') return String(value);
  if (isObject(value)) return textOf(value.name);
  return undefined;
}

/** The text values of a field that may be one value or a list. */
export function textsOf(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined ? [] : [value];
  return list.flatMap((item) => textOf(item) ?? []);
}

/** The object at a field, when it is one. */
export function objectAt(data: JsonObject, key: string): JsonObject | undefined {
  const value = data[key];
  return isObject(value) ? value : undefined;
}
