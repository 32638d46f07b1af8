import { describe, expect, it } from 'vitest';
import { citedInstrument, readConsiderations, readLegalBasis } from '../../../../src/lib/ingest/legal-text/preamble-items.ts';
import { legalFixture } from './fixture.ts';

describe('readConsiderations', () => {
  it('reads lettered considerations across line and page breaks', () => {
    const items = readConsiderations(legalFixture('legal/permen-atr-10-2020.txt'));
    expect(items).toHaveLength(3);
    expect(items[0]).toMatch(/^bahwa sebagai pedoman dalam pembentukan dan evaluasi/);
    // The page number "-2-" between items a and b is furniture, not text.
    expect(items.join(' ')).not.toContain('-2-');
    expect(items[2]).toMatch(/Ruang\/Badan Pertanahan Nasional$/);
  });

  it('reads unlettered considerations, one per "bahwa"', () => {
    expect(readConsiderations(legalFixture('legal/uu-7-2001.txt'))).toHaveLength(3);
  });

  it('reads considerations ending in full stops (an Inpres)', () => {
    const text = legalFixture('real/dev/legal/inpres-3-1985-pameran-kedirgantaraan-hukumonline-studylibid.txt');
    expect(readConsiderations(text)).toHaveLength(3);
  });

  it('does not split at the semicolon of a broken HTML entity ("quot;")', () => {
    expect(readConsiderations(legalFixture('real/dev/legal/uu-1-1979-ekstradisi-slideshare.txt'))).toHaveLength(2);
  });

  it('reads none from a copy that breaks off before "Mengingat"', () => {
    expect(readConsiderations('Menimbang : a. bahwa regulasi merupakan salah satu instrumen kebijakan; b. bahwa untuk')).toEqual([]);
  });
});

describe('readLegalBasis', () => {
  it('reads dashed items with their gazette numbers, and drops a "SALINAN" stamp', () => {
    const items = readLegalBasis(legalFixture('legal/permenkominfo-1-2023.txt'));
    expect(items).toHaveLength(6);
    expect(items[0]).toBe('Pasal 17 ayat 3 Undang-Undang Dasar Negara Republik Indonesia Tahun 1945');
    expect(items[1]).toBe(
      'Undang-Undang Nomor 39 Tahun 2008 tentang Kementerian Negara (Lembaran Negara Republik Indonesia Tahun 2008 Nomor 166, Tambahan Lembaran Negara Republik Indonesia Nomor 4916)',
    );
    expect(items[5]).toMatch(/^Peraturan Menteri Komunikasi dan Informatika Nomor 12 Tahun 2021/);
  });

  it('reads numbered items printed on one line', () => {
    const items = readLegalBasis(legalFixture('legal/perban-bssn-5-2020.txt'));
    expect(items.map(citedInstrument)).toEqual([
      'Undang-Undang Nomor 25 Tahun 2004 tentang Sistem Perencanaan Pembangunan Nasional',
      'Peraturan Pemerintah Nomor 40 Tahun 2006 tentang Tata Cara Penyusunan Pembangunan Nasional',
    ]);
  });

  it('ends at "Dengan Persetujuan Bersama" in a law and at "MENGINSTRUKSIKAN" in an Inpres', () => {
    const law = readLegalBasis(legalFixture('real/dev/legal/uu-1-1979-ekstradisi-slideshare.txt'));
    expect(law.some((item) => /persetujuan/i.test(item))).toBe(false);
    const instruction = readLegalBasis(legalFixture('real/dev/legal/inpres-3-1985-pameran-kedirgantaraan-hukumonline-studylibid.txt'));
    expect(instruction).toEqual(['Pasal 4 ayat (1) Undang-Undang Dasar 1945']);
  });
});

describe('citedInstrument', () => {
  it('keeps the instrument, without the articles, the gazette and what amended it', () => {
    expect(citedInstrument('Pasal 17 ayat (3) Undang-Undang Dasar Negara Republik Indonesia Tahun 1945')).toBe(
      'Undang-Undang Dasar Negara Republik Indonesia Tahun 1945',
    );
    expect(
      citedInstrument(
        'Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara (Lembaran Negara Republik Indonesia Tahun 2017 Nomor 100), sebagaimana telah diubah dengan Peraturan Presiden Nomor 133 Tahun 2017',
      ),
    ).toBe('Peraturan Presiden Nomor 53 Tahun 2017 tentang Badan Siber dan Sandi Negara');
  });
});
