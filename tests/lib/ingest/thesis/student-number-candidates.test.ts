import { describe, expect, it } from 'vitest';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { studentNumberCandidates } from '../../../../src/lib/ingest/thesis/student-number-candidates.ts';

const read = (text: string) => studentNumberCandidates(readFrontLines(text)).map(({ value, score }) => ({ value, score }));

describe('studentNumberCandidates', () => {
  it('weighs a labelled number most', () => {
    expect(read('JUDUL\nNIM: E061181339')).toEqual([{ value: 'E061181339', score: 0.85 }]);
    expect(read('Student : Anita Herlina ID : 2188306 Supervisor : Dr Priyambudi Sulistiyanto')).toEqual([{ value: '2188306', score: 0.85 }]);
  });

  it('reads a number beside a full name alone on its line, but not beside a lecturer or a town', () => {
    expect(read('Ivan Jati Pratama 2012 052 0085')).toEqual([{ value: '2012 052 0085', score: 0.6 }]);
    expect(read('Leni Dwi Zahara L1A014027')).toEqual([{ value: 'L1A014027', score: 0.6 }]);
    expect(read('119105111 - Farah Salsabilla')).toEqual([{ value: '119105111', score: 0.6 }]);
    expect(read('Dr. Ani Lestari, M.Si. 197501012005011001')).toEqual([]);
    expect(read('Jakarta 2019')).toEqual([]);
    expect(read('Leni 2012052')).toEqual([]);
  });

  it('reads a number after "Nomor Mahasiswa"', () => {
    expect(read('Nama Mahasiswa : Leni Dwi Zahara Nomor Mahasiswa : L1A014027 Program Studi : Hubungan Internasional')).toEqual([{ value: 'L1A014027', score: 0.85 }]);
  });

  it('reads a number in brackets after a name', () => {
    expect(read('Tarisya Alifia (E061181339)')).toEqual([{ value: 'E061181339', score: 0.7 }]);
  });

  it('reads no number in brackets within running prose', () => {
    const prose =
      'Send comments regarding this burden estimate or any other aspect of this collection of information to the Office of Management and Budget, Paperwork Reduction Project (0704-0188) Washington DC 20503.';
    expect(read(prose)).toEqual([]);
  });

  it("reads the number after the author's name on a by-label line, spaces as printed", () => {
    expect(read('EFEKTIFITAS INTERPOL DI INDONESIA\noleh: VINSENSIUS RICHARD LIU E 131 09 261')).toEqual([{ value: 'E 131 09 261', score: 0.7 }]);
  });

  it('reads a number set apart after the name on a by-label line by a slash or bar', () => {
    expect(read('Oleh: ANDI PRATAMA / 1706123456')).toEqual([{ value: '1706123456', score: 0.7 }]);
    expect(read('By Andi Pratama | 1706123456')).toEqual([{ value: '1706123456', score: 0.7 }]);
    // Without the by-label the line may be a decree's: "Keputusan Rektor Nomor / 1706123456".
    expect(read('Keputusan Rektor Nomor / 1706123456')).toEqual([]);
  });

  it("weighs a bare number under the author's name above one alone elsewhere", () => {
    expect(read('Oleh:\nDewi Anggraini\n20/462915/PSP/06781')).toEqual([{ value: '20/462915/PSP/06781', score: 0.65 }]);
    expect(read('UNIVERSITAS X\n20/462915/PSP/06781')).toEqual([{ value: '20/462915/PSP/06781', score: 0.35 }]);
  });

  it("gives nothing for a lecturer's staff number", () => {
    expect(read('Dr. Ani, M.Si.\nNIP. 197805122005012001')).toEqual([]);
  });
});
