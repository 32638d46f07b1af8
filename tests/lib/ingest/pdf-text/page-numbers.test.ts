import { describe, expect, it } from 'vitest';
import { isPageNumberAt, isPageNumberLine } from '../../../../src/lib/ingest/pdf-text/page-numbers.ts';

describe('isPageNumberLine', () => {
  it.each(['30', '30 ', '- 12 -', '[5]', 'Halaman 5', 'Page 3 of 10', 'ii', 'xiv'])('drops %j', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  it.each(['2023', 'BAB I', 'I', '1. Jenis Penelitian', 'Sumber: (Azizah, 2020)', '', 'civil'])('keeps %j', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});

describe('isPageNumberAt', () => {
  it('drops a number between blank lines or beside running text', () => {
    expect(isPageNumberAt(['kalimat terakhir halaman ini.', '', '14', '', 'Baris'], 2)).toBe(true);
    expect(isPageNumberAt(['kalimat terakhir halaman ini.', '14', 'kalimat pertama halaman berikut'], 1)).toBe(true);
  });

  it('keeps a number in a column of a flattened table', () => {
    expect(isPageNumberAt(['2020', '14', '2021'], 1)).toBe(false);
    expect(isPageNumberAt(['Kamboja', '96', 'Myanmar'], 1)).toBe(false);
  });

  it('still drops a roman numeral or "Halaman 3" whatever surrounds it', () => {
    expect(isPageNumberAt(['2020', 'iv', '2021'], 1)).toBe(true);
    expect(isPageNumberAt(['Kamboja', 'Halaman 3', 'Myanmar'], 1)).toBe(true);
  });
});

describe('isPageNumberAt on one-letter roman numerals', () => {
  it('keeps a line of "x" in a column of ticks or letters: it is not a roman page number', () => {
    expect(isPageNumberAt(['x', 'x', 'x'], 1)).toBe(false);
    expect(isPageNumberAt(['Kamboja', 'x', 'Myanmar'], 1)).toBe(false);
    expect(isPageNumberAt(['i', 'v', 'x'], 1)).toBe(false);
  });

  it('drops "v" or "x" standing alone between blank lines, as a front-matter page number', () => {
    expect(isPageNumberAt(['Kata Kunci: ransomware, BSSN', '', 'v', ''], 2)).toBe(true);
    expect(isPageNumberAt(['', 'x'], 1)).toBe(true);
  });
});
