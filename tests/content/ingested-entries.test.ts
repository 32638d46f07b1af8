/**
 * The bundled studies and news are exactly what the ingest makes of their raw files (plus
 * curated fields). A wrong value is fixed in the parser, so an entry that drifts from its
 * parser's output, or a parser change not re-run on the corpus, fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readStoredEntries } from '../../src/lib/ingest/content-store.ts';
import { prepareEntry } from '../../src/lib/ingest/prepare-entry.ts';
import { LEGAL_DATA_SHEET } from '../../src/lib/sources.ts';
import { readTaggingIndexes } from '../../src/lib/ingest/tagging-indexes.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const stored = readStoredEntries(contentDir);
const indexes = readTaggingIndexes(contentDir);

describe('bundled entries', () => {
  it('leave no raw document kept without an entry', () => {
    const sources = new Set(stored.map((e) => (e.frontmatter.source as { file: string }).file));
    const kept = readdirSync(join(contentDir, 'sources'))
      .filter((name) => !name.startsWith('.'))
      .map((name) => `sources/${name}`)
      .filter((file) => file !== LEGAL_DATA_SHEET);
    expect(kept.filter((file) => !sources.has(file))).toEqual([]);
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
