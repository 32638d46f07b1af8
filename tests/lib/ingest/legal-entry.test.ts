/**
 * One instrument, one entry: the text of an instrument held by a hand-written entry enriches it,
 * through the whole of `prepareEntry`, on a scratch content folder holding only that entry.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import { fileURLToPath } from 'node:url';
import { parseEntryFile } from '../../../src/lib/ingest/entry-file.ts';
import { prepareEntry, type PreparedEntry } from '../../../src/lib/ingest/prepare-entry.ts';
import { readStoredEntries } from '../../../src/lib/ingest/content-store.ts';
import { readTaggingIndexes } from '../../../src/lib/ingest/tagging-indexes.ts';

const TEXT = readFileSync(fileURLToPath(new URL('../../fixtures/legal/perpres-53-2017.txt', import.meta.url)));

/** A hand-written entry as the fact sheet's are, with a signing date the text contradicts. */
const HAND_WRITTEN = {
  kind: 'presidential-regulation',
  title: { id: 'Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara', en: 'Presidential Regulation No. 53 of 2017 on BSSN' },
  aliases: { id: ['Perpres 53/2017'], en: [] },
  citation: { form: 'perpres', number: '53', year: 2017 },
  number: '53/2017',
  issuer: 'President of the Republic of Indonesia',
  jurisdiction: 'Indonesia',
  signed: '2017-05-20',
  relations: [{ type: 'implements', target: 'uu-1-2000' }],
  sources: ['https://example.org/perpres-53-2017'],
  verified: true,
  summary: { id: 'Ringkasan yang ditulis untuk Lintas.', en: 'A summary written for Lintas.' },
};
const OTHER = { kind: 'law', title: { id: 'Undang-Undang Nomor 1 Tahun 2000', en: 'Law 1/2000' }, aliases: { id: [], en: [] }, citation: { form: 'uu', number: '1', year: 2000 }, jurisdiction: 'Indonesia', sources: ['https://example.org/uu-1-2000'], verified: true, summary: { id: 'x', en: 'y' } };

let contentDir: string;
let prepared: PreparedEntry;

beforeAll(async () => {
  contentDir = mkdtempSync(join(tmpdir(), 'lintas-legal-'));
  for (const folder of ['legal', 'concepts', 'entities', 'studies', 'news']) mkdirSync(join(contentDir, folder));
  writeFileSync(join(contentDir, 'legal', 'perpres-53-2017.yaml'), stringify(HAND_WRITTEN));
  writeFileSync(join(contentDir, 'legal', 'uu-1-2000.yaml'), stringify(OTHER));
  prepared = await prepareEntry({ fileName: 'perpres-53-2017.txt', bytes: TEXT }, readTaggingIndexes(contentDir), readStoredEntries(contentDir), { force: false });
});

afterAll(() => rmSync(contentDir, { recursive: true, force: true }));

describe('a text of an instrument Lintas holds', () => {
  it('becomes that entry, not a second one: same id, the hand-written file to remove', () => {
    expect(prepared.collection).toBe('legal');
    expect(prepared.path).toBe('legal/perpres-53-2017.md');
    expect(prepared.replaces).toBe('legal/perpres-53-2017.yaml');
    expect(prepared.plan.action).toBe('create');
  });

  it('keeps every hand-written field as curated and adds what the text states', () => {
    const { frontmatter } = parseEntryFile(prepared.text, prepared.path);
    expect(frontmatter.title).toEqual(HAND_WRITTEN.title);
    expect(frontmatter.number).toBe('53/2017');
    expect(frontmatter.signed).toBe('2017-05-20');
    expect(frontmatter.summary).toEqual(HAND_WRITTEN.summary);
    expect((frontmatter.curated as Array<{ field: string }>).map((note) => note.field)).toEqual(
      expect.arrayContaining(['title', 'number', 'signed', 'summary', 'relations']),
    );
    expect(frontmatter.enacted).toEqual({ place: 'Jakarta', date: '2017-05-19' });
    expect(frontmatter.promulgated).toEqual({ place: 'Jakarta', date: '2017-05-23' });
    expect(frontmatter.considerations).toHaveLength(3);
    expect(prepared.text).toContain('### Pasal 53');
  });

  it('keeps the curated relations beside those the text states', () => {
    const { frontmatter } = parseEntryFile(prepared.text, prepared.path);
    expect(frontmatter.relations).toEqual([{ type: 'implements', target: 'uu-1-2000' }]);
  });

  it('flags where the text disagrees with a curated fact, and keeps the curated value', () => {
    const conflict = prepared.review.find((flag) => flag.field === 'signed');
    expect(conflict?.reason).toContain('"2017-05-19"');
    expect(conflict?.reason).toContain('"2017-05-20"');
    expect(prepared.review.some((flag) => flag.field === 'title')).toBe(false);
  });

  it('gives the same entry when ingested again from its Markdown form', async () => {
    writeFileSync(join(contentDir, prepared.path), prepared.text);
    rmSync(join(contentDir, 'legal', 'perpres-53-2017.yaml'));
    mkdirSync(join(contentDir, 'sources'), { recursive: true });
    writeFileSync(join(contentDir, prepared.sourcePath), TEXT);
    const again = await prepareEntry({ fileName: 'perpres-53-2017.txt', bytes: TEXT }, readTaggingIndexes(contentDir), readStoredEntries(contentDir), { force: false });
    expect(again.path).toBe(prepared.path);
    expect(again.replaces).toBeUndefined();
    expect(again.plan.action).toBe('unchanged');
  });
});
