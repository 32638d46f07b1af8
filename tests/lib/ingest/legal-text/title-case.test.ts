import { describe, expect, it } from 'vitest';
import { titleCaseHeading } from '../../../../src/lib/ingest/legal-text/title-case.ts';

describe('titleCaseHeading', () => {
  it.each([
    ['BADAN SIBER DAN SANDI NEGARA', 'Badan Siber dan Sandi Negara'],
    ['PERUBAHAN ATAS UNDANG-UNDANG NOMOR 11 TAHUN 2008 TENTANG INFORMASI DAN TRANSAKSI ELEKTRONIK', 'Perubahan atas Undang-Undang Nomor 11 Tahun 2008 tentang Informasi dan Transaksi Elektronik'],
    ['RENCANA STRATEGIS BSSN TAHUN 2020-2024', 'Rencana Strategis BSSN Tahun 2020-2024'],
  ])('%s → %s', (heading, title) => {
    expect(titleCaseHeading(heading)).toBe(title);
  });

  it('keeps a title printed in mixed case as it is', () => {
    expect(titleCaseHeading('Tata Cara Pengundangan')).toBe('Tata Cara Pengundangan');
  });
});
