import { describe, expect, it } from 'vitest';
import { findWrapWidth, joinWrappedLines } from '../../../../src/lib/ingest/news/unwrap-lines.ts';

// A paragraph wrapped at 60 columns, as a copy tool would.
const WRAPPED = [
  'Petugas gabungan menggagalkan pengiriman 31 calon pekerja',
  'migran yang hendak menyeberang ke Malaysia melalui pelabuhan',
  'pada Senin malam setelah menerima laporan dari warga sekitar.',
  '',
  'Para calon pekerja itu berasal dari Nusa Tenggara Barat dan',
  'Jawa Timur dan ditampung di sebuah rumah kontrakan sebelum',
  'dijadwalkan naik kapal cepat menuju pelabuhan di seberang.',
];

describe('findWrapWidth', () => {
  it('finds the column a text was wrapped at', () => {
    expect(findWrapWidth(WRAPPED)).toBe(61);
  });

  it('finds none when lines are whole paragraphs or too few to tell', () => {
    const long = 'Kondisi tersebut mendorong pemerintah Indonesia menegaskan bahwa penipuan daring telah berkembang menjadi krisis.';
    expect(findWrapWidth([long, long, long, long, long])).toBeUndefined();
    expect(findWrapWidth(WRAPPED.slice(0, 2))).toBeUndefined();
  });

  it('measures a text of more lines than a call can take arguments', () => {
    const lines = Array.from({ length: 300_000 }, () => 'Pemerintah terus memantau perkembangan kasus ini di');
    expect(findWrapWidth(lines)).toBe(51);
  });

  it('does not measure a URL line', () => {
    const url = `https://www.example-news.id/${'a'.repeat(90)}`;
    expect(findWrapWidth([url, ...WRAPPED])).toBe(61);
  });
});

describe('joinWrappedLines', () => {
  it('joins each wrapped paragraph and keeps the blank line between them', () => {
    expect(joinWrappedLines(WRAPPED)).toEqual([
      'Petugas gabungan menggagalkan pengiriman 31 calon pekerja migran yang hendak menyeberang ke Malaysia melalui pelabuhan pada Senin malam setelah menerima laporan dari warga sekitar.',
      '',
      'Para calon pekerja itu berasal dari Nusa Tenggara Barat dan Jawa Timur dan ditampung di sebuah rumah kontrakan sebelum dijadwalkan naik kapal cepat menuju pelabuhan di seberang.',
    ]);
  });

  it('leaves a text that was not wrapped as it is', () => {
    const lines = ['Judul Berita', 'Paragraf satu.', 'Paragraf dua.'];
    expect(joinWrappedLines(lines)).toEqual(lines);
  });

  it('does not join a headline to the date under it, nor a line the caller keeps apart', () => {
    const lines = [
      'Pengiriman Pekerja Migran Ilegal Digagalkan di Pelabuhan Kota',
      'Selasa, 5 Maret 2024 | 09:47 WIB',
      '',
      ...WRAPPED.slice(0, 2),
      'Baca juga: Judul Berita Lain',
    ];
    const joined = joinWrappedLines(lines, (line) => line.startsWith('Baca juga'));
    expect(joined.slice(0, 2)).toEqual(lines.slice(0, 2));
    expect(joined.at(-1)).toBe('Baca juga: Judul Berita Lain');
  });

  it('joins a hyphen-broken word without a space', () => {
    const lines = [...WRAPPED.slice(0, 1), '', 'Kerja sama penegakan hukum lintas batas antara kedua negara-', 'negara itu terus diperkuat melalui pertukaran data dan operasi.', ...WRAPPED.slice(3)];
    expect(joinWrappedLines(lines)).toContain(
      'Kerja sama penegakan hukum lintas batas antara kedua negara-negara itu terus diperkuat melalui pertukaran data dan operasi.',
    );
  });

  it('keeps a sentence end before a capital as a paragraph break when the text has no blank lines', () => {
    const lines = WRAPPED.filter((line) => line !== '');
    const joined = joinWrappedLines(lines);
    expect(joined).toHaveLength(2);
    expect(joined[1]).toMatch(/^Para calon pekerja/);
  });
});
