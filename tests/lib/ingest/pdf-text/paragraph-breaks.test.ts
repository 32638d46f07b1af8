import { describe, expect, it } from 'vitest';
import { endsSentence, isCapitalsHeading, isParagraphBreak } from '../../../../src/lib/ingest/pdf-text/paragraph-breaks.ts';

const FULL = 'perubahan besar dalam kehidupan manusia. Adanya internet menjadikan hubungan';

describe('endsSentence', () => {
  it('accepts full stops, question marks, colons and closing citations', () => {
    expect(endsSentence('di Indonesia.')).toBe(true);
    expect(endsSentence('keamanan Indonesia dan Belanda?')).toBe(true);
    expect(endsSentence('sebagai berikut :')).toBe(true);
    expect(endsSentence('penelitian (McNabb, 2015)')).toBe(true);
    expect(endsSentence('kejahatan dunia maya')).toBe(false);
  });
});

describe('isCapitalsHeading', () => {
  it('accepts short lines in capitals only', () => {
    expect(isCapitalsHeading('BAB I')).toBe(true);
    expect(isCapitalsHeading('**KERJASAMA NATIONAL CENTRAL BUREAU (NCB) INTERPOL')).toBe(true);
    expect(isCapitalsHeading('A. Latar Belakang')).toBe(false);
  });
});

describe('isParagraphBreak', () => {
  it('breaks after a short line that ends a sentence', () => {
    const lines = [FULL, 'sejak tahun 2006 (Our World In Data, 2022).', 'Namun, keberadaan internet atau cyberspace ini juga memunculkan'];
    expect(isParagraphBreak(lines, 1, FULL)).toBe(true);
  });

  it('does not break after a full line even when it ends a sentence', () => {
    const lines = [FULL, 'ancaman utama dari kesejahteraan masyarakat di seluruh dunia (Rosy, 2020).', 'Negara-negara saat ini juga telah banyak'];
    expect(isParagraphBreak(lines, 1, FULL)).toBe(false);
  });

  it('does not break inside a sentence', () => {
    const lines = [FULL, 'atau juga disebut sebagai kejahatan siber atau kejahatan dunia maya', '(cybercrime). Cyber Crime merupakan'];
    expect(isParagraphBreak(lines, 1, FULL)).toBe(false);
  });

  it('breaks before a list item and after a line introducing it', () => {
    const lines = [FULL, 'masalah sebagai berikut, yakni :', '1. Bagaimana bentuk kerja sama keamanan Indonesia dan Belanda?'];
    expect(isParagraphBreak(lines, 1, FULL)).toBe(true);
  });

  it('ends a one-line heading and an unpunctuated list item, but not a short line of prose', () => {
    expect(isParagraphBreak([FULL, '1. Keamanan Nasional', 'Keamanan secara etimologis'], 1, '1. Keamanan Nasional')).toBe(true);
    const item = ['2. Mengetahui dampak kerja sama keamanan antara Indonesia-Belanda', 'terhadap peningkatan keamanan siber Indonesia', 'Adapun kegunaan atau manfaat dari penelitian ini yaitu :', FULL];
    expect(isParagraphBreak(item, 1, item[0]!)).toBe(true);
    const prose = [FULL, 'di Indonesia", di bawah bimbingan Muhammad Nasir', 'Badu, S.Sos.,M.Hum.,Ph.D. selaku dosen pembimbing I, dan Agussalim'];
    expect(isParagraphBreak(prose, 1, FULL)).toBe(false);
  });

  it('breaks around capitals headings but keeps a multi-line capitals title together', () => {
    expect(isParagraphBreak(['BAB I', 'PENDAHULUAN', 'A. Latar Belakang'], 1, 'BAB I')).toBe(true);
    expect(isParagraphBreak(['**KERJASAMA NCB INTERPOL', 'INDONESIA DENGAN KAMBOJA**'], 0, '**KERJASAMA NCB INTERPOL')).toBe(false);
  });
});
