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

/** A scratch content folder holding only the given hand-written legal entries (`name` -> data). */
function scratchContent(prefix: string, legal: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  for (const folder of ['legal', 'concepts', 'entities', 'studies', 'news']) mkdirSync(join(dir, folder));
  for (const [name, data] of Object.entries(legal)) writeFileSync(join(dir, 'legal', `${name}.yaml`), stringify(data));
  return dir;
}

beforeAll(async () => {
  contentDir = scratchContent('lintas-legal-', { 'perpres-53-2017': HAND_WRITTEN, 'uu-1-2000': OTHER });
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

describe('a text of an international instrument Lintas holds', () => {
  const DECLARATION = readFileSync(
    fileURLToPath(new URL('../../fixtures/real/dev/legal/asean-declaration-prevent-combat-cybercrime-2017-cyberpolicyportal.txt', import.meta.url)),
  );
  /** Held under its English title; the adoption date is off by a day, for the text to contradict. */
  const HELD = {
    kind: 'declaration',
    title: { id: 'Deklarasi ASEAN untuk Mencegah dan Memberantas Kejahatan Siber', en: 'ASEAN Declaration to Prevent and Combat Cybercrime' },
    aliases: { id: [], en: ['ASEAN Cybercrime Declaration'] },
    issuer: 'ASEAN Heads of State/Government (31st ASEAN Summit)',
    jurisdiction: 'ASEAN (non-binding)',
    adopted: '2017-11-12',
    sources: ['https://example.org/asean-cybercrime'],
    verified: true,
  };
  /** A process whose alias is a meeting's name: a statement of that meeting is not the process. */
  const PROCESS = {
    kind: 'regional-process',
    title: { id: 'Proses Bali', en: 'Bali Process' },
    aliases: { id: [], en: ['Bali Ministerial Conference on People Smuggling, Trafficking in Persons and Related Transnational Crime'] },
    jurisdiction: 'Asia-Pacific',
    sources: ['https://example.org/bali-process'],
    verified: true,
  };
  const STATEMENT = readFileSync(
    fileURLToPath(new URL('../../fixtures/real/dev/legal/bali-process-2002-ministerial-cochairs-statement-usinfo.txt', import.meta.url)),
  );
  let dir: string;
  let matched: PreparedEntry;
  let separate: PreparedEntry;

  beforeAll(async () => {
    dir = scratchContent('lintas-instrument-', { 'asean-cybercrime-2017': HELD, 'bali-process': PROCESS });
    const indexes = readTaggingIndexes(dir);
    matched = await prepareEntry({ fileName: 'asean-declaration.txt', bytes: DECLARATION }, indexes, readStoredEntries(dir), { force: false });
    separate = await prepareEntry({ fileName: 'bali-2002.txt', bytes: STATEMENT }, indexes, readStoredEntries(dir), { force: false });
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is matched by its title to the entry of the same kind, and becomes that entry', () => {
    expect(matched.path).toBe('legal/asean-cybercrime-2017.md');
    expect(matched.replaces).toBe('legal/asean-cybercrime-2017.yaml');
  });

  it('keeps the curated facts, adds what the text states, and flags the date it reads differently', () => {
    const { frontmatter } = parseEntryFile(matched.text, matched.path);
    expect(frontmatter.title).toEqual(HELD.title);
    expect(frontmatter.adopted).toBe('2017-11-12');
    expect(frontmatter.adoptingBody).toBe('31st ASEAN Summit');
    expect(frontmatter.concluded).toEqual({ place: 'Manila, the Philippines', date: '2017-11-13' });
    expect(frontmatter.parties).toHaveLength(10);
    expect(matched.review.find((flag) => flag.field === 'adopted')?.reason).toContain('"2017-11-13"');
    // The English text's title is the curated English title in capitals: no disagreement.
    expect(matched.review.some((flag) => flag.field === 'title')).toBe(false);
  });

  it('is never matched to an entry of another kind that shares a name with it', () => {
    expect(separate.path).not.toBe('legal/bali-process.md');
    expect(separate.replaces).toBeUndefined();
    expect(parseEntryFile(separate.text, separate.path).frontmatter.kind).toBe('statement');
  });
});
