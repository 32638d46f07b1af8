import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readIngestContext, recheckEntry } from '../../../src/lib/ingest/recheck-entry.ts';
import { ingestText } from '../../helpers/ingest-document.ts';
import { newsPage, newsSentence } from '../../helpers/raw-documents.ts';

const bundled = fileURLToPath(new URL('../../../content', import.meta.url));
const RAW = newsPage('Polisi Ungkap Penipuan Daring Lintas Negara', [newsSentence('pesan'), newsSentence('tautan')]);
let content: string;

/** A content folder holding the bundled thesaurus and legal data and one freshly ingested news item. */
async function writeNewsItem(): Promise<string> {
  const entry = await ingestText('berita.txt', RAW);
  for (const dir of ['sources', 'news', 'studies']) mkdirSync(join(content, dir), { recursive: true });
  writeFileSync(join(content, entry.sourcePath), RAW);
  writeFileSync(join(content, entry.path), entry.text);
  return entry.path;
}

beforeEach(() => {
  content = mkdtempSync(join(tmpdir(), 'lintas-recheck-'));
  for (const dir of ['concepts', 'legal']) cpSync(join(bundled, dir), join(content, dir), { recursive: true });
});

afterEach(() => rmSync(content, { recursive: true, force: true }));

describe('recheckEntry', () => {
  it('finds an entry just written by the ingest up to date', async () => {
    const path = await writeNewsItem();
    const context = readIngestContext(content);
    const result = await recheckEntry(context.stored[0]!, context);
    expect(result).toEqual({ path, regeneratedPath: path, action: 'unchanged', diff: '', upToDate: true });
  });

  it('reports an entry edited by hand, with the difference', async () => {
    const path = await writeNewsItem();
    const file = join(content, path);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^language: id$/m, 'language: en'));
    const context = readIngestContext(content);
    const result = await recheckEntry(context.stored[0]!, context);
    expect(result.upToDate).toBe(false);
    expect(result.action).toBe('conflict');
    expect(result.diff).toContain('-language: en');
    expect(result.diff).toContain('+language: id');
  });
});
