import { describe, expect, it } from 'vitest';
import { isPageNumberLine } from '../../../../src/lib/ingest/pdf-text/page-numbers.ts';

describe('isPageNumberLine', () => {
  it.each(['30', '30 ', '- 12 -', '[5]', 'Halaman 5', 'Page 3 of 10', 'ii', 'xiv'])('drops %j', (line) => {
    expect(isPageNumberLine(line)).toBe(true);
  });

  it.each(['2023', 'BAB I', 'I', '1. Jenis Penelitian', 'Sumber: (Azizah, 2020)', '', 'civil'])('keeps %j', (line) => {
    expect(isPageNumberLine(line)).toBe(false);
  });
});
