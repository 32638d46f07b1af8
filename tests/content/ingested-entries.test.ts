/**
 * The bundled studies and news are exactly what the ingest makes of their raw files (plus
 * curated fields). A wrong value is fixed in the parser, so an entry that drifts from its
 * parser's output, or a parser change not re-run on the corpus, fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  readConcepts,
  readLegalInstruments,
  readStoredEntries,
} from '../../src/lib/ingest/content-store.ts';
import { buildLegalIndex } from '../../src/lib/ingest/detect-legal.ts';
import { prepareEntry } from '../../src/lib/ingest/prepare-entry.ts';
import { buildConceptMatcher } from '../../src/lib/ingest/tag-concepts.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const stored = readStoredEntries(contentDir);
const indexes = {
  concepts: buildConceptMatcher(readConcepts(contentDir)),
  legal: buildLegalIndex(readLegalInstruments(contentDir)),
};

describe('bundled entries', () => {
  it('cover the five seed documents', () => {
    const sources = stored.map((e) => (e.frontmatter.source as { file: string }).file).sort();
    expect(sources).toEqual([
      'sources/000_cd80f2ce729e3ac9.txt',
      'sources/001_8723b701c64fe734.txt',
      'sources/002_c75eac786764423a.txt',
      'sources/003_923ff63d57d1aeba.txt',
      'sources/004_283af9bc0a07874b.txt',
    ]);
  });

  it.each(stored.map((e) => [e.path, e] as const))('%s is what the ingest makes of its source', async (_path, entry) => {
    const file = (entry.frontmatter.source as { file: string }).file;
    const bytes = readFileSync(join(contentDir, file));
    const prepared = await prepareEntry({ fileName: file, bytes }, indexes, stored, { force: false });
    expect(prepared.path).toBe(entry.path);
    expect(prepared.plan.diff ?? '').toBe('');
    expect(prepared.plan.action).toBe('unchanged');
  });
});
