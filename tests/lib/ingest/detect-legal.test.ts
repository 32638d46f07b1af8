import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { LegalData } from '../../../src/content.config.ts';
import { readLegalInstruments } from '../../../src/lib/ingest/content-store.ts';
import {
  buildLegalIndex,
  detectLegalInstruments,
  findUnmatchedLegalCitations,
  listMentionedInstrumentIds,
  type LegalInstrumentIndexEntry,
} from '../../../src/lib/ingest/detect-legal.ts';

const contentDir = fileURLToPath(new URL('../../../content', import.meta.url));

/** The instruments of the fact sheet (other files in content/legal, e.g. page samples, are not data). */
const factSheetIds = new Set(
  (parse(readFileSync(`${contentDir}/sources/legal-facts.yaml`, 'utf8')) as Array<{ id: string }>).map(({ id }) => id),
);
const index = buildLegalIndex(readLegalInstruments(contentDir).filter(({ id }) => factSheetIds.has(id)));

function seed(name: string): string {
  return readFileSync(`${contentDir}/sources/${name}`, 'utf8');
}

function idsIn(text: string, instruments: LegalInstrumentIndexEntry[] = index): string[] {
  return listMentionedInstrumentIds(detectLegalInstruments(text, instruments));
}

/** A minimal legal entry for tests that must not depend on the curated data. */
function entry(id: string, data: Partial<LegalData> & Pick<LegalData, 'title'>): { id: string; data: LegalData } {
  return {
    id,
    data: { kind: 'law', aliases: { id: [], en: [] }, jurisdiction: 'Indonesia', sources: ['https://example.org'], verified: true, summary: { id: 'x', en: 'x' }, ...data },
  };
}

describe('detectLegalInstruments on the seed documents', () => {
  it('finds nothing in the two thesis abstracts, which cite no instrument', () => {
    expect(idsIn(seed('000_cd80f2ce729e3ac9.txt'))).toEqual([]);
    expect(idsIn(seed('001_8723b701c64fe734.txt'))).toEqual([]);
  });

  it('finds the conference, the Bali Process and UNTOC in the VIVA item, but not ASEAN alone', () => {
    const text = seed('002_c75eac786764423a.txt');
    expect(idsIn(text)).toEqual(['ic-gpos-2025', 'bali-process', 'untoc']);
    const untoc = detectLegalInstruments(text, index).filter(({ id }) => id === 'untoc').map(({ match }) => match);
    expect(untoc).toEqual(['Konvensi PBB Menentang Kejahatan Terorganisir Transnasional', 'UNTOC']);
  });

  it('finds "Proses Bali" and the Indonesian name of UNTOC in the ANTARA item', () => {
    const mentions = detectLegalInstruments(seed('003_923ff63d57d1aeba.txt'), index);
    expect(listMentionedInstrumentIds(mentions)).toEqual(['ic-gpos-2025', 'bali-process', 'untoc']);
    expect(mentions.find(({ id }) => id === 'bali-process')?.match).toBe('Proses Bali');
    expect(mentions.find(({ id }) => id === 'untoc')?.match).toBe('Konvensi PBB Melawan Kejahatan Transnasional Terorganisir');
  });

  it('finds UNTOC and the four regulations cited in the thesis, and no unknown citation', () => {
    const text = seed('004_283af9bc0a07874b.txt');
    expect(idsIn(text)).toEqual([
      'untoc',
      'permenkominfo-26-2007',
      'permenkominfo-29-2010',
      'perpres-53-2017',
      'perpres-133-2017',
    ]);
    expect(findUnmatchedLegalCitations(text, index)).toEqual([]);
  });

  it('reports where and how the thesis writes the (sic) Kominfo citation', () => {
    const text = seed('004_283af9bc0a07874b.txt');
    const mention = detectLegalInstruments(text, index).find(({ id }) => id === 'permenkominfo-26-2007');
    expect(mention?.match).toBe('peraturan Menteri komunikasi dan informatika \n\nNo.26/PER/M.Kominfo/5/2007');
    expect(mention && text.slice(mention.index, mention.index + mention.match.length)).toBe(mention?.match);
  });
});

describe('detectLegalInstruments on other wordings', () => {
  it.each([
    ['Peraturan Presiden Nomor 53 Tahun 2017 membentuk BSSN.', 'perpres-53-2017'],
    ['Perpres No. 53/2017 membentuk BSSN.', 'perpres-53-2017'],
    ['Perpres Nomor 53 Tahun 2017 membentuk BSSN.', 'perpres-53-2017'],
    ['diubah dengan Peraturan Presiden Republik Indonesia Nomor 133 Tahun 2017.', 'perpres-133-2017'],
    ['dijerat UU No. 11 Tahun 2008.', 'uu-11-2008'],
    ['dijerat dengan UU ITE.', 'uu-11-2008'],
    ['sesuai Undang-Undang Nomor 19 Tahun 2016.', 'uu-19-2016'],
    ['Presidential Regulation No. 28 of 2021 now governs BSSN.', 'perpres-28-2021'],
    ['Peraturan Menteri Komunikasi dan Informatika No.29/PER/M.KOMINFO/12/2010.', 'permenkominfo-29-2010'],
    ['Permenkominfo Nomor 26/PER/M.Kominfo/5/2007.', 'permenkominfo-26-2007'],
    ['Permen Kominfo No. 5 Tahun 2017.', 'permenkominfo-5-2017'],
    ['dibahas dalam Conference of States Parties UNTOC pada 2010', 'untoc'],
    ['Konvensi Perserikatan Bangsa-Bangsa Melawan Kejahatan Transnasional Terorganisasi', 'untoc'],
    ['the United Nations Convention against Transnational Organised Crime', 'untoc'],
    ['disebut juga Konvensi\nPalermo', 'untoc'],
    ['forum Bali Process dan ASEAN', 'bali-process'],
    ['the 2016 Bali Declaration was adopted', 'bali-declaration-2016'],
    ['Indonesia belum meratifikasi Konvensi Budapest', 'budapest-convention'],
  ])('finds %j', (text, id) => {
    expect(idsIn(text)).toEqual([id]);
  });

  it.each([
    ['Bali on its own', 'Delegasi tiba di Bali untuk konferensi.'],
    ['ASEAN on its own', 'Kerja sama ASEAN dan ASEAN Regional Forum terus berjalan.'],
    ['a bare "Bali Declaration", which many meetings have issued', 'the Bali Declaration of the ministers'],
    ['a word that merely starts with an alias', 'UNTOCS and Bali Processing'],
    ['the cyber security strategy as a policy, not the regulation', 'strategi keamanan siber nasional BSSN'],
    ['a ministerial regulation of another ministry', 'Permendagri No. 5 Tahun 2017'],
    ['a ministerial regulation without its ministry', 'Permen No. 5 Tahun 2017'],
  ])('finds nothing in %s', (_, text) => {
    expect(idsIn(text)).toEqual([]);
  });

  it('returns every mention with its exact words and offset, in text order', () => {
    const text = 'UNTOC dan UU ITE; lalu UNTOC lagi.';
    expect(detectLegalInstruments(text, index)).toEqual([
      { id: 'untoc', match: 'UNTOC', index: 0 },
      { id: 'uu-11-2008', match: 'UU ITE', index: 10 },
      { id: 'untoc', match: 'UNTOC', index: 23 },
    ]);
    expect(listMentionedInstrumentIds(detectLegalInstruments(text, index))).toEqual(['untoc', 'uu-11-2008']);
  });

  it('prefers the longer name where two overlap', () => {
    expect(idsIn('Perubahan Pertama UU ITE disahkan pada 2016.')).toEqual(['uu-19-2016']);
    expect(idsIn('UU Pengesahan UNTOC')).toEqual(['uu-5-2009']);
  });

  it('keeps citations that sit beside each other', () => {
    expect(idsIn('Perpres 133/2017 mengubah Perpres 53/2017.')).toEqual(['perpres-133-2017', 'perpres-53-2017']);
  });
});

describe('buildLegalIndex', () => {
  it('matches a title also without its trailing parenthesis', () => {
    const own = buildLegalIndex([entry('x', { title: { id: 'Konferensi Contoh (KC)', en: 'Sample Conference (SC)' } })]);
    expect(idsIn('the Sample Conference opened', own)).toEqual(['x']);
  });

  it('reads the ministry of a ministerial regulation from its Indonesian title', () => {
    const [regulation] = buildLegalIndex([
      entry('permen-x', {
        kind: 'ministerial-regulation',
        title: { id: 'Peraturan Menteri Hukum dan Hak Asasi Manusia Nomor 7 Tahun 2020 tentang Contoh', en: 'Sample' },
        citation: { form: 'permen', number: '7', year: 2020 },
      }),
    ]);
    expect(regulation?.citationKey).toBe('permen|7|2020|kumham');
  });

  it('reports both entries when two share one citation, rather than hiding one', () => {
    const twins = buildLegalIndex([
      entry('a', { title: { id: 'A', en: 'A' }, citation: { form: 'uu', number: '1', year: 2000 } }),
      entry('b', { title: { id: 'B', en: 'B' }, citation: { form: 'uu', number: '1', year: 2000 } }),
    ]);
    expect(idsIn('UU No. 1 Tahun 2000', twins)).toEqual(['a', 'b']);
  });
});

describe('findUnmatchedLegalCitations', () => {
  it('reports citations with no entry once each, in text order, with their words', () => {
    const text = 'UU No. 2 Tahun 2002 tentang Polri, UU No. 11 Tahun 2008, lalu lagi UU 2/2002 dan Permen No. 5 Tahun 2017.';
    expect(findUnmatchedLegalCitations(text, index)).toEqual([
      { citation: { form: 'uu', number: '2', year: 2002 }, match: 'UU No. 2 Tahun 2002', index: 0 },
      { citation: { form: 'permen', number: '5', year: 2017 }, match: 'Permen No. 5 Tahun 2017', index: text.indexOf('Permen') },
    ]);
  });
});
