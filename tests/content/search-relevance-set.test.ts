/**
 * The bundled relevance set names entries that exist and covers what the issue asks for. Its
 * cost follows the size of the set, not of the corpus: one file check per expected entry.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { splitEntryRef } from '../../src/lib/eval/entry-ref.ts';
import { QUERY_TYPES, readRelevanceSet } from '../../src/lib/eval/relevance-set.ts';
import { LANGS } from '../../src/lib/langs.ts';

const projectRoot = fileURLToPath(new URL('../..', import.meta.url));
const queries = readRelevanceSet(projectRoot);

describe('the search relevance set', () => {
  it('has at least 40 queries, at least 15 written in each language', () => {
    expect(queries.length).toBeGreaterThanOrEqual(40);
    for (const lang of LANGS) expect(queries.filter((query) => query.lang === lang).length, lang).toBeGreaterThanOrEqual(15);
  });

  it('has queries of every type', () => {
    const types = new Set(queries.map((query) => query.type));
    expect(QUERY_TYPES.filter((type) => !types.has(type))).toEqual([]);
  });

  it('expects only entries that exist in content/', () => {
    const missing = queries.flatMap(({ query, expect: refs }) =>
      refs.filter((ref) => {
        const { collection, id } = splitEntryRef(ref)!;
        return !existsSync(join(projectRoot, 'content', collection, `${id}.md`));
      }).map((ref) => `"${query}": ${ref}`),
    );
    expect(missing).toEqual([]);
  });
});
