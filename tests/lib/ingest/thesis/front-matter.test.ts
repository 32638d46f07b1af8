import { describe, expect, it } from 'vitest';
import {
  dropFrontMatterLines,
  isContentsEntry,
  isFrontMatterHeading,
} from '../../../../src/lib/ingest/thesis/front-matter.ts';

describe('isContentsEntry', () => {
  it.each([
    'BAB I PENDAHULUAN ........................ 1',
    '1.2 Rumusan Masalah ....... 6',
    'ABSTRAK ..................... iii',
    'Kata Pengantar . . . . . . vii',
    'DAFTAR PUSTAKA …… 62',
  ])('reads %j as a contents entry', (line) => {
    expect(isContentsEntry(line)).toBe(true);
  });

  it.each([
    'BAB I PENDAHULUAN',
    'Hasil penelitian menunjukkan bahwa kerja sama berjalan sejak 2019.',
    'Pertumbuhan kasus mencapai 41 ... lalu turun menjadi 12',
    'Catatan.... lihat halaman berikut',
  ])('does not read %j as one', (line) => {
    expect(isContentsEntry(line)).toBe(false);
  });
});

describe('isFrontMatterHeading', () => {
  it.each([
    'HALAMAN PENGESAHAN',
    'Lembar Persetujuan Pembimbing',
    'PERNYATAAN ORISINALITAS SKRIPSI',
    'KATA PENGANTAR',
    '**DAFTAR ISI**',
    'Daftar Tabel',
    'MOTTO DAN PERSEMBAHAN',
    'TABLE OF CONTENTS',
    'Approval Page',
    'ACKNOWLEDGEMENTS',
  ])('reads %j as a front-matter heading', (line) => {
    expect(isFrontMatterHeading(line)).toBe(true);
  });

  it.each(['PENDAHULUAN', 'DAFTAR PUSTAKA', 'KERJA SAMA PENGESAHAN PERJANJIAN EKSTRADISI', 'ABSTRAK'])(
    'does not read %j as one',
    (line) => {
      expect(isFrontMatterHeading(line)).toBe(false);
    },
  );
});

describe('dropFrontMatterLines', () => {
  it('drops the headings and contents lines and keeps every other line, blanks included', () => {
    expect(
      dropFrontMatterLines(['DAFTAR ISI', '', 'HALAMAN JUDUL ....... i', 'BAB I PENDAHULUAN ....... 1', '', 'ABSTRAK', 'Teks.']),
    ).toEqual(['', '', 'ABSTRAK', 'Teks.']);
  });
});
