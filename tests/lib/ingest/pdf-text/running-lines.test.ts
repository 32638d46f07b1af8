import { describe, expect, it } from 'vitest';
import { joinPagesWithoutRunningLines } from '../../../../src/lib/ingest/pdf-text/running-lines.ts';

describe('joinPagesWithoutRunningLines', () => {
  it('drops a header repeated at the top of form-feed pages and keeps it inside a page', () => {
    const pages = [
      ['UNIVERSITAS X', '', 'Judul', 'UNIVERSITAS X', 'Kota', '2021'],
      ['UNIVERSITAS X', '', 'Kalimat pertama.'],
      ['UNIVERSITAS X', '', 'Kalimat kedua.'],
    ];
    expect(joinPagesWithoutRunningLines(pages)).toEqual([
      '',
      'Judul',
      'UNIVERSITAS X',
      'Kota',
      '2021',
      '',
      '',
      'Kalimat pertama.',
      '',
      '',
      'Kalimat kedua.',
    ]);
  });

  it('splits text without form feeds at page numbers and drops a running header with its page number', () => {
    const lines = [
      'Jurnal Contoh Vol. 1 No. 2 | 10',
      'Kalimat yang berlanjut ke',
      '',
      '10',
      '',
      'Jurnal Contoh Vol. 1 No. 2 | 11',
      'halaman berikutnya.',
      '',
      '11',
    ];
    expect(joinPagesWithoutRunningLines([lines])).toEqual(['Kalimat yang berlanjut ke', 'halaman berikutnya.', '', '11']);
  });

  it('keeps a line found at the edge of too few pages', () => {
    const pages = [['Sumber: diolah penulis', 'a.'], ['b.'], ['c.'], ['d.'], ['e.', 'Sumber: diolah penulis']];
    expect(joinPagesWithoutRunningLines(pages).filter((line) => line.startsWith('Sumber'))).toHaveLength(2);
  });

  it('keeps the blank lines of a page break between two sentences', () => {
    expect(joinPagesWithoutRunningLines([['Akhir kalimat.', ''], ['Awal paragraf baru.']])).toEqual([
      'Akhir kalimat.',
      '',
      '',
      'Awal paragraf baru.',
    ]);
  });

  it('runs a sentence on across a PDF page break when the last line fills its line, even into a capital', () => {
    const pages = [
      ['When the pandemic hit in 2020, human traffickers continued to', 'intensify their various methods to trap victims, among them', '1'],
      ['Indonesian citizens who became victims of human trafficking.'],
    ];
    expect(joinPagesWithoutRunningLines(pages)).toEqual([
      'When the pandemic hit in 2020, human traffickers continued to',
      'intensify their various methods to trap victims, among them',
      'Indonesian citizens who became victims of human trafficking.',
    ]);
  });

  it('keeps a PDF page break after a short last line or before a heading', () => {
    const short = [['A paragraph of several words ends on this line', 'and a short'], ['Next page opens here.']];
    expect(joinPagesWithoutRunningLines(short)).toContain('');
    const heading = [['A paragraph of several words ends on this line without stop'], ['BAB II', 'Isi.']];
    expect(joinPagesWithoutRunningLines(heading)).toEqual(['A paragraph of several words ends on this line without stop', '', 'BAB II', 'Isi.']);
  });

  it('returns a single page without page numbers unchanged', () => {
    expect(joinPagesWithoutRunningLines([['satu', '', 'dua']])).toEqual(['satu', '', 'dua']);
  });
});

describe('joinPagesWithoutRunningLines on large input', () => {
  it('joins a page of more lines than a call can take arguments', () => {
    const long = Array.from({ length: 200_000 }, (_, i) => `baris ${i} dari halaman panjang`);
    const joined = joinPagesWithoutRunningLines([['Halaman pertama.'], long]);
    expect(joined).toHaveLength(long.length + 2);
    expect(joined.at(-1)).toBe(long.at(-1));
  });

  it('runs a sentence on across pages that hold nothing but a repeated mark', () => {
    const pages = [['Kalimat yang', ''], ...Array.from({ length: 3 }, () => ['x', '']), ['berlanjut di sini.']];
    expect(joinPagesWithoutRunningLines(pages)).toEqual(['Kalimat yang', 'berlanjut di sini.']);
  });
});
