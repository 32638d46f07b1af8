import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cleanPdfLines, reflowLines, reflowPdfText } from '../../../../src/lib/ingest/pdf-text/reflow.ts';

const seed004 = readFileSync(new URL('../../../fixtures/seeds/004_283af9bc0a07874b.txt', import.meta.url), 'utf8');

describe('cleanPdfLines', () => {
  it('drops page numbers, undoes double spacing and trims page-start spaces', () => {
    const lines = cleanPdfLines('Baris satu \n\n30 \n\n (lanjutan) baris dua\n\nkalimat.\n \n\nParagraf baru\n\nakhir\n');
    expect(lines).toEqual(['Baris satu', '(lanjutan) baris dua', 'kalimat.', '', 'Paragraf baru', 'akhir']);
  });
});

describe('reflowLines', () => {
  it('joins lines of a paragraph and mends hyphenated line ends', () => {
    const lines = [
      'merupakan metode penelitian dimana prosedur statistik dan bentuk-',
      'bentuk hitungan lainnya tidak digunakan dalam menemukan hasil',
      'penelitian.',
      '',
      'Konsep keamanan non-',
      'tradisional tidak hanya berfokus pada negara.',
    ];
    expect(reflowLines(lines)).toEqual([
      'merupakan metode penelitian dimana prosedur statistik dan bentuk-bentuk hitungan lainnya tidak digunakan dalam menemukan hasil penelitian.',
      'Konsep keamanan non-tradisional tidak hanya berfokus pada negara.',
    ]);
  });

  it('keeps blank-line paragraphs of text that is not hard-wrapped', () => {
    expect(reflowLines(['Paragraf pertama yang panjang.', '', 'Paragraf kedua.'])).toEqual(['Paragraf pertama yang panjang.', 'Paragraf kedua.']);
  });
});

describe('reflowPdfText on seed 004', () => {
  const paragraphs = reflowPdfText(seed004);

  it('keeps a sentence that spans a page break in one paragraph', () => {
    expect(paragraphs.some((p) => p.includes('kejahatan siber atau kejahatan dunia maya (cybercrime). Cyber Crime merupakan'))).toBe(true);
    expect(paragraphs.some((p) => p.includes('keamanan siber oleh pemerintah sebagai bagian dari penjagaan keamanan nasional'))).toBe(true);
  });

  it('rejoins words hyphenated across lines and keeps real hyphens', () => {
    const text = paragraphs.join('\n');
    expect(text).toContain('statistik dan bentuk-bentuk hitungan');
    expect(text).toContain('dari aspek-aspek lainnya');
    expect(text).toContain('konsep keamanan non-tradisional itu sendiri');
    expect(text).toContain('mengkoneksikan data-data');
  });

  it('drops the page number', () => {
    expect(paragraphs).not.toContain('30');
  });

  it('separates headings, list items and paragraphs', () => {
    expect(paragraphs).toContain('A. Latar Belakang');
    expect(paragraphs).toContain('1. Bagaimana bentuk kerja sama keamanan Indonesia dan Belanda?');
    expect(paragraphs).toContain('Kata Kunci : Keamanan Siber, Kerja sama bilateral, Aktor Negara, Kerja sama Keamanan');
  });
});

describe('cleanPdfLines on form-feed pages', () => {
  it('drops the running header and joins a sentence cut by the page break', () => {
    const text = 'KAMPUS X\n\nBaris pertama yang\n\nii\n\fKAMPUS X\n\nberlanjut di sini.\n\fKAMPUS X\n\nAkhir.\n';
    expect(cleanPdfLines(text)).toEqual(['', 'Baris pertama yang', 'berlanjut di sini.', '', 'Akhir.', '']);
  });

  it('keeps the bare numbers of a flattened table', () => {
    expect(cleanPdfLines('Tahun\nJumlah\n2021\n96\n2022\n341\n')).toEqual(['Tahun', 'Jumlah', '2021', '96', '2022', '341', '']);
  });
});
