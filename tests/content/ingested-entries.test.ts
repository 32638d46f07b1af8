/**
 * The bundled studies and news are exactly what the ingest makes of their raw files (plus
 * curated fields). A wrong value is fixed in the parser, so an entry that drifts from its
 * parser's output, or a parser change not re-run on the corpus, fails here.
 *
 * Re-ingesting costs time per entry, so the test checks the seed documents and a fixed number of
 * others chosen by a stable hash of their path: its cost stays the same however large the corpus
 * grows. `npm run check:entries` checks every entry the same way.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { StoredEntry } from '../../src/lib/ingest/content-store.ts';
import { readIngestContext, recheckEntry } from '../../src/lib/ingest/recheck-entry.ts';
import { LEGAL_DATA_SHEET } from '../../src/lib/sources.ts';
import { stableSample } from '../../src/lib/stable-sample.ts';

const contentDir = fileURLToPath(new URL('../../content', import.meta.url));
const context = readIngestContext(contentDir);
const sourceOf = (entry: StoredEntry) => (entry.frontmatter.source as { file: string }).file;

/** The five documents the corpus started with (`sources/000_…` to `004_…`), whenever they are bundled. */
const isSeed = (entry: StoredEntry) => /^sources\/00[0-4]_/.test(sourceOf(entry));
/** Entries re-ingested besides the seeds, whatever the size of the corpus. */
const SAMPLED_ENTRIES = 8;
const checked = stableSample(context.stored, (entry) => entry.path, SAMPLED_ENTRIES, isSeed);

describe('bundled entries', () => {
  it('leave no raw document kept without an entry', () => {
    const sources = new Set(context.stored.map(sourceOf));
    const kept = readdirSync(join(contentDir, 'sources'))
      .filter((name) => !name.startsWith('.'))
      .map((name) => `sources/${name}`)
      .filter((file) => file !== LEGAL_DATA_SHEET);
    expect(kept.filter((file) => !sources.has(file))).toEqual([]);
  });

  it('are checked on a bounded sample that keeps the seeds', () => {
    const seeds = context.stored.filter(isSeed);
    expect(checked.length).toBe(Math.min(context.stored.length, seeds.length + SAMPLED_ENTRIES));
    expect(checked).toEqual(expect.arrayContaining(seeds));
  });

  it.each(checked.map((e) => [e.path, e] as const))('%s is what the ingest makes of its source', async (_path, entry) => {
    const result = await recheckEntry(entry, context);
    expect(result.regeneratedPath).toBe(entry.path);
    expect(result.diff).toBe('');
    expect(result.action).toBe('unchanged');
  });
});
