import { describe, expect, it } from 'vitest';
import { isOpeningSectionHeading, isReferenceListHeading, readArticleSectionHeading } from '../../../../src/lib/ingest/thesis/chapters.ts';

describe('readArticleSectionHeading', () => {
  it.each(['PENDAHULUAN', 'Hasil dan Pembahasan', '2. METODE PENELITIAN', 'IV. KESIMPULAN', 'DAFTAR PUSTAKA', 'References'])(
    'reads %j',
    (line) => {
      expect(readArticleSectionHeading(line)).toBe(line);
    },
  );

  it.each(['pendahuluan', 'Pendahuluan penelitian ini', 'Hasil dan pembahasan', 'A. Kesimpulan'])('does not read %j', (line) => {
    expect(readArticleSectionHeading(line)).toBeUndefined();
  });
});

describe('isOpeningSectionHeading', () => {
  it('is true for the introduction only', () => {
    expect(isOpeningSectionHeading('1. Introduction')).toBe(true);
    expect(isOpeningSectionHeading('PENDAHULUAN')).toBe(true);
    expect(isOpeningSectionHeading('KESIMPULAN')).toBe(false);
  });
});

describe('isReferenceListHeading', () => {
  it('reads a reference list\'s heading, numbered or not, and no other section or sentence', () => {
    expect(['DAFTAR PUSTAKA', 'Daftar Pustaka', '5. References', 'Bibliography', 'Referensi'].map(isReferenceListHeading)).toEqual([true, true, true, true, true]);
    expect(['Pendahuluan', 'Kesimpulan', 'Daftar pustaka memuat sumber yang dikutip.'].map(isReferenceListHeading)).toEqual([false, false, false]);
  });
});
