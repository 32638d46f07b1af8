/**
 * The search relevance set (`tests/fixtures/search/relevance.yaml`): queries a researcher types,
 * each with the studies and news items that must come first. Read and checked here; whether the
 * entries exist is for the caller, which knows where the content lives.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument, isNode } from 'yaml';
import { z } from 'astro/zod';
import { LANGS, type Lang } from '../langs.ts';
import { splitEntryRef, type EntryRef } from './entry-ref.ts';

/** What kind of query a researcher typed; the report gives figures per type. */
export const QUERY_TYPES = ['label', 'alias', 'acronym', 'expansion', 'name', 'citation', 'country', 'topic', 'misspelling'] as const;
/** One of `QUERY_TYPES`. */
export type QueryType = (typeof QUERY_TYPES)[number];

const entryRefSchema = z.string().refine((ref) => splitEntryRef(ref) !== null, {
  message: 'expected studies/<id> or news/<id>',
});

const querySchema = z.strictObject({
  query: z.string().trim().min(1),
  /** The language the query is written in, not the UI root it runs from. */
  lang: z.enum(LANGS),
  type: z.enum(QUERY_TYPES),
  note: z.string().optional(),
  expect: z
    .array(entryRefSchema)
    .min(1)
    .refine((refs) => new Set(refs).size === refs.length, { message: 'an entry is listed twice' }),
});

const setSchema = z.strictObject({ queries: z.array(querySchema).min(1) });

/** One query of the set and the entries it must return. */
export interface RelevanceQuery {
  query: string;
  lang: Lang;
  type: QueryType;
  note?: string;
  expect: EntryRef[];
}

/** The line (1-based) of the YAML node at `path`, or of the nearest node above it. */
function lineOf(text: string, path: readonly PropertyKey[]): number {
  const lineCounter = new LineCounter();
  const document = parseDocument(text, { lineCounter });
  for (let depth = path.length; depth >= 0; depth--) {
    const node = document.getIn(path.slice(0, depth) as unknown[], true);
    if (isNode(node) && node.range) return lineCounter.linePos(node.range[0]).line;
  }
  return 1;
}

/**
 * Reads the relevance set from the YAML `text` of `file`. Throws an error naming the file, the
 * line and the field of the first thing wrong: malformed YAML, a missing or unknown field, an
 * entry not written as `<collection>/<id>`, or a query listed twice.
 */
export function parseRelevanceSet(text: string, file: string): RelevanceQuery[] {
  const document = parseDocument(text, { prettyErrors: true });
  const [yamlError] = document.errors;
  if (yamlError) throw new Error(`${file}: ${yamlError.message}`);
  const parsed = setSchema.safeParse(document.toJS());
  if (!parsed.success) {
    const [issue] = parsed.error.issues;
    const path = issue?.path ?? [];
    const field = path.map((key) => (typeof key === 'number' ? `[${key}]` : `.${String(key)}`)).join('').replace(/^\./, '');
    throw new Error(`${file}:${lineOf(text, path)}: ${field || 'the file'}: ${issue?.message ?? 'invalid'}`);
  }
  const queries = parsed.data.queries as RelevanceQuery[];
  const seen = new Map<string, number>();
  queries.forEach(({ query }, index) => {
    const key = query.toLocaleLowerCase('id');
    const first = seen.get(key);
    if (first !== undefined) {
      throw new Error(`${file}:${lineOf(text, ['queries', index])}: queries[${index}]: "${query}" is already queries[${first}]`);
    }
    seen.set(key, index);
  });
  return queries;
}

/** Where the relevance set lives, from the project root. */
export const RELEVANCE_SET_FILE = 'tests/fixtures/search/relevance.yaml';

/** Reads and checks the relevance set of the project at `projectRoot`. */
export function readRelevanceSet(projectRoot: string): RelevanceQuery[] {
  const file = join(projectRoot, RELEVANCE_SET_FILE);
  return parseRelevanceSet(readFileSync(file, 'utf8'), file);
}
