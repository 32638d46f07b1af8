import { describe, expect, it } from 'vitest';
import { isBlockQuote } from '../../../../src/lib/ingest/thesis/block-quotes.ts';
import { readChapterHeading } from '../../../../src/lib/ingest/thesis/chapters.ts';
import { findNumberedRuns } from '../../../../src/lib/ingest/thesis/numbered-runs.ts';
import { findTableRegions } from '../../../../src/lib/ingest/thesis/tables.ts';

describe('readChapterHeading', () => {
  it('reads chapter labels with or without a title', () => {
    expect(readChapterHeading('BAB I')).toEqual({ label: 'BAB I', title: '' });
    expect(readChapterHeading('BAB 2 TINJAUAN PUSTAKA')).toEqual({ label: 'BAB 2', title: 'TINJAUAN PUSTAKA' });
    expect(readChapterHeading('CHAPTER III: METHODS')).toEqual({ label: 'CHAPTER III', title: 'METHODS' });
  });

  it('ignores contents entries and sentences', () => {
    expect(readChapterHeading('BAB I PENDAHULUAN .............. 1')).toBeUndefined();
    expect(readChapterHeading('bab ini membahas')).toBeUndefined();
  });
});

describe('findTableRegions', () => {
  it('keeps the cells between caption and source line', () => {
    const lines = ['Teks sebelum.', 'Tabel 1 Dimensi keamanan dalam pandangan', 'tradisional', 'Dimensi', 'Ancaman', '', 'Sumber: (Azizah, 2020)', 'Teks sesudah.'];
    expect(findTableRegions(lines)).toEqual([
      { start: 1, caption: 'Tabel 1 Dimensi keamanan dalam pandangan tradisional', cells: ['Dimensi', 'Ancaman'], source: 'Sumber: (Azizah, 2020)', end: 7 },
    ]);
  });

  it('leaves a caption without a source line to the text', () => {
    expect(findTableRegions(['Table 2 Something', 'row'])).toEqual([]);
  });
});

describe('isBlockQuote', () => {
  const english = 'Security is primarily about the fate of human collectivities and about the pursuit of freedom from threat';
  it('takes a paragraph in the other language that ends with a citation', () => {
    expect(isBlockQuote(`${english} (Buzan et al., 1998).`, 'Paragraf sebelumnya.', 'id')).toBe(true);
  });

  it('takes a paragraph in the other language introduced by a colon', () => {
    expect(isBlockQuote(`${english}.`, 'Holsti juga berpendapat bahwa : (Zulkifli, 2012)', 'id')).toBe(true);
  });

  it('takes a paragraph wholly in quotation marks closed by a citation', () => {
    expect(isBlockQuote('“Keamanan adalah kebebasan dari ancaman” (Anggoro, 2003).', 'Ia menulis:', 'id')).toBe(true);
  });

  it('leaves paragraphs in the main language and uncited foreign ones alone', () => {
    expect(isBlockQuote('Penelitian ini menggunakan data yang diambil dari berbagai sumber (Rudy, 2002).', 'Teks:', 'id')).toBe(false);
    expect(isBlockQuote(`${english}.`, 'Paragraf sebelumnya.', 'id')).toBe(false);
  });
});

describe('findNumberedRuns', () => {
  const isReset = (p: string): boolean => p.startsWith('###');
  it('makes short unpunctuated items followed by text headings', () => {
    const paragraphs = ['### D. Metode', '1. Jenis Penelitian', 'Teks.', '2. Teknik Pengumpulan data', 'Teks.'];
    expect(findNumberedRuns(paragraphs, isReset)).toEqual([{ members: [1, 3], role: 'heading' }]);
  });

  it('makes items after an introducing colon, or touching items, a list', () => {
    expect(findNumberedRuns(['Berupa :', '1. Penandatanganan', 'Teks.', '2. Kunjungan', 'Teks.'], isReset)).toEqual([{ members: [1, 3], role: 'item' }]);
    expect(findNumberedRuns(['Teks.', '1. Bagaimana bentuk?', '2. Bagaimana dampak?'], isReset)).toEqual([{ members: [1, 2], role: 'item' }]);
  });

  it('nests a list inside a run of headings', () => {
    const paragraphs = ['1. Konsep Tradisional', 'Teks.', '2. Non-Tradisional', 'yaitu:', '1. Satu.', '2. Dua.', 'Teks.', '### B. Baru', '1. Lagi'];
    expect(findNumberedRuns(paragraphs, isReset)).toEqual([
      { members: [0, 2], role: 'heading' },
      { members: [4, 5], role: 'item' },
      { members: [8], role: 'item' },
    ]);
  });
});
