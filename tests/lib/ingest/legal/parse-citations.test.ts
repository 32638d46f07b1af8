import { describe, expect, it } from 'vitest';
import { citationKey, parseLegalCitations, type LegalCitation } from '../../../../src/lib/ingest/legal/parse-citations.ts';

function citationsIn(text: string): LegalCitation[] {
  return parseLegalCitations(text).map(({ citation }) => citation);
}

describe('parseLegalCitations', () => {
  it.each<[string, LegalCitation]>([
    ['Peraturan Presiden Nomor 53 Tahun 2017', { form: 'perpres', number: '53', year: 2017 }],
    ['Perpres No. 53/2017', { form: 'perpres', number: '53', year: 2017 }],
    ['Perpres Nomor 53 Tahun 2017', { form: 'perpres', number: '53', year: 2017 }],
    ['perpres 53 / 2017', { form: 'perpres', number: '53', year: 2017 }],
    ['Peraturan Presiden Republik Indonesia Nomor 133 Tahun 2017', { form: 'perpres', number: '133', year: 2017 }],
    ['Peraturan Presiden (Perpres) Nomor 47 Tahun 2023', { form: 'perpres', number: '47', year: 2023 }],
    ['Presidential Regulation No. 28 of 2021', { form: 'perpres', number: '28', year: 2021 }],
    ['UU No. 11 Tahun 2008', { form: 'uu', number: '11', year: 2008 }],
    ['UU 11/2008', { form: 'uu', number: '11', year: 2008 }],
    ['UU ITE No. 11 Tahun 2008', { form: 'uu', number: '11', year: 2008 }],
    ['UU RI Nomor 21 Th. 2007', { form: 'uu', number: '21', year: 2007 }],
    ['Undang-Undang Nomor 19 Tahun 2016', { form: 'uu', number: '19', year: 2016 }],
    ['Undang-\nUndang Nomor 19 Tahun\n\n2016', { form: 'uu', number: '19', year: 2016 }],
    ['undang undang nomor 014 tahun 2009', { form: 'uu', number: '14', year: 2009 }],
    ['Law No. 5 of 2009', { form: 'uu', number: '5', year: 2009 }],
    ['Peraturan Pemerintah Nomor 71 Tahun 2019', { form: 'pp', number: '71', year: 2019 }],
    ['PP No. 71/2019', { form: 'pp', number: '71', year: 2019 }],
    [
      'Peraturan Menteri Komunikasi dan Informatika No.29/PER/M.KOMINFO/12/2010',
      { form: 'permen', number: '29', year: 2010, ministry: 'kominfo' },
    ],
    ['Permenkominfo Nomor 26/PER/M.Kominfo/5/2007', { form: 'permen', number: '26', year: 2007, ministry: 'kominfo' }],
    [
      'peraturan Menteri komunikasi dan informatika \n\nNo.26/PER/M.Kominfo/5/2007/21',
      { form: 'permen', number: '26', year: 2007, ministry: 'kominfo' },
    ],
    ['Permen Kominfo No. 5 Tahun 2017', { form: 'permen', number: '5', year: 2017, ministry: 'kominfo' }],
    ['PM Kominfo Nomor 24 Tahun 2011', { form: 'permen', number: '24', year: 2011, ministry: 'kominfo' }],
    [
      'Peraturan Menteri Komunikasi dan Informatika Republik Indonesia Nomor 5 Tahun 2017',
      { form: 'permen', number: '5', year: 2017, ministry: 'kominfo' },
    ],
    [
      'Regulation of the Minister of Communication and Informatics No. 16/PER/M.KOMINFO/10/2010',
      { form: 'permen', number: '16', year: 2010, ministry: 'kominfo' },
    ],
    ['Permendagri No. 5 Tahun 2017', { form: 'permen', number: '5', year: 2017, ministry: 'dagri' }],
    ['Permen No. 5 Tahun 2017', { form: 'permen', number: '5', year: 2017 }],
  ])('reads %j', (text, expected) => {
    expect(citationsIn(text)).toEqual([expected]);
  });

  it('reads a bare Kominfo-style number as a ministerial regulation of that ministry', () => {
    expect(citationsIn('sebagaimana diubah dengan Nomor 24/PERM.KOMINFO/12/2011 tentang')).toEqual([
      { form: 'permen', number: '24', year: 2011, ministry: 'kominfo' },
    ]);
  });

  it('gives the exact words and offset of each citation, in text order', () => {
    const text = 'Menurut Perpres No. 53/2017 dan UU No. 11 Tahun 2008, BSSN dibentuk.';
    expect(parseLegalCitations(text).map(({ match, index }) => ({ match, index }))).toEqual([
      { match: 'Perpres No. 53/2017', index: 8 },
      { match: 'UU No. 11 Tahun 2008', index: 32 },
    ]);
  });

  it('reports a Kominfo number once when the form is also written', () => {
    expect(parseLegalCitations('Permenkominfo No. 26/PER/M.KOMINFO/5/2007')).toHaveLength(1);
  });

  it.each([
    ['lower-case "pp" (pages)', 'lihat pp 12/2003'],
    ['the constitution', 'UUD 1945 Pasal 28'],
    ['a law named without number', 'UU tentang ITE tahun 2008'],
    ['a two-digit year', 'Perpres 53/17'],
    ['a year outside the range of regulations', 'UU No. 5 Tahun 1234'],
    ['a lower-case word between form and number', 'UU baru No. 5 Tahun 2009'],
    ['an article number', 'Pasal 27 ayat (3)'],
  ])('finds nothing in %s', (_, text) => {
    expect(parseLegalCitations(text)).toEqual([]);
  });
});

describe('citationKey', () => {
  it('is equal for the same regulation however it was written', () => {
    const [a, b] = citationsIn('Perpres No. 53/2017 atau Peraturan Presiden Nomor 53 Tahun 2017');
    expect(a && b && citationKey(a)).toBe(b && citationKey(b));
  });

  it('tells apart ministries, forms, numbers and years', () => {
    const keys = citationsIn(
      'Permen Kominfo No. 5 Tahun 2017, Permendagri No. 5 Tahun 2017, Perpres No. 5 Tahun 2017, Perpres No. 5 Tahun 2018, Perpres No. 6 Tahun 2018',
    ).map(citationKey);
    expect(new Set(keys).size).toBe(5);
  });
});
