import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readConcepts, readLegalInstruments, type StoredEntry } from '../../../src/lib/ingest/content-store.ts';
import { buildLegalIndex } from '../../../src/lib/ingest/detect-legal.ts';
import { parseEntryFile } from '../../../src/lib/ingest/entry-file.ts';
import { prepareEntry, type PreparedEntry } from '../../../src/lib/ingest/prepare-entry.ts';
import { buildConceptMatcher } from '../../../src/lib/ingest/tag-concepts.ts';

const content = fileURLToPath(new URL('../../../content', import.meta.url));
const indexes = {
  concepts: buildConceptMatcher(readConcepts(content)),
  legal: buildLegalIndex(readLegalInstruments(content)),
};
const NEWS = readFileSync(`${content}/sources/002_c75eac786764423a.txt`);

/** The entry as the content store would read it back from disk. */
function stored(entry: PreparedEntry): StoredEntry {
  const frontmatter = parseEntryFile(entry.text, entry.path).frontmatter;
  return { collection: entry.collection, id: entry.id, path: entry.path, text: entry.text, frontmatter };
}

const prepare = (fileName: string, bytes: Uint8Array, existing: StoredEntry[] = [], force = false) =>
  prepareEntry({ fileName, bytes }, indexes, existing, { force });

describe('prepareEntry: where the raw document is kept', () => {
  it('keeps a safe name as it is, and records no original name', async () => {
    const entry = await prepare('/tmp/002_c75eac786764423a.txt', NEWS);
    expect(entry.sourcePath).toBe('sources/002_c75eac786764423a.txt');
    expect(entry.text).not.toContain('originalName');
    expect(entry.encoding).toBe('utf-8');
  });

  it('keeps an unsafe name as a slug of it, recording the original name', async () => {
    const entry = await prepare('/tmp/Berita Kemlu #1.TXT', NEWS);
    expect(entry.sourcePath).toBe('sources/berita-kemlu-1.txt');
    expect(parseEntryFile(entry.text, entry.path).frontmatter.source).toMatchObject({
      file: 'sources/berita-kemlu-1.txt',
      originalName: 'Berita Kemlu #1.TXT',
    });
  });

  it('keeps the source and entry of the same bytes under a new name, unless forced', async () => {
    const first = await prepare('/tmp/a#b.txt', NEWS);
    const again = await prepare('/tmp/renamed.txt', NEWS, [stored(first)]);
    expect(again).toMatchObject({ sourcePath: 'sources/a-b.txt', sameBytesAs: 'sources/a-b.txt', path: first.path });
    expect(again.plan.action).toBe('unchanged');

    const forced = await prepare('/tmp/renamed.txt', NEWS, [stored(first)], true);
    expect(forced).toMatchObject({ sourcePath: 'sources/renamed.txt', sameBytesAs: 'sources/a-b.txt', path: first.path });
    expect(forced.plan.action).toBe('update');
    expect(forced.text).not.toContain('originalName');
  });

  it('says which encoding it read', async () => {
    expect((await prepare('/tmp/u16.txt', Buffer.from(`\uFEFF${NEWS.toString('utf8')}`, 'utf16le'))).encoding).toBe('utf-16le');
  });
});
