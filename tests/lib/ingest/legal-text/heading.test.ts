import { describe, expect, it } from 'vitest';
import { readLegalHeading } from '../../../../src/lib/ingest/legal-text/heading.ts';
import { legalFixture } from './fixture.ts';

describe('readLegalHeading', () => {
  it('reads a ministerial regulation heading broken over lines', () => {
    expect(readLegalHeading(legalFixture('legal/permenkominfo-1-2023.txt'))).toEqual({
      form: 'permen',
      formAsPrinted: 'PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA REPUBLIK INDONESIA',
      number: '1',
      year: 2023,
      title: 'INTEROPERABILITAS DATA DALAM PENYELENGGARAAN SISTEM PEMERINTAHAN BERBASIS ELEKTRONIK DAN SATU DATA INDONESIA',
      issuer: 'MENTERI KOMUNIKASI DAN INFORMATIKA REPUBLIK INDONESIA',
    });
  });

  it('reads an agency regulation (Peraturan BSSN) and its head of agency', () => {
    const heading = readLegalHeading(legalFixture('legal/perban-bssn-5-2020.txt'));
    expect(heading).toMatchObject({ form: 'perban', number: '5', year: 2020, issuer: 'KEPALA BADAN SIBER DAN SANDI NEGARA' });
    expect(heading.title).toBe('RENCANA STRATEGIS BADAN SIBER DAN SANDI NEGARA TAHUN 2020-2024');
  });

  it('takes the text heading after a repeated letterhead, on one line', () => {
    expect(readLegalHeading(legalFixture('legal/uu-7-2001.txt'))).toMatchObject({
      form: 'uu',
      formAsPrinted: 'UNDANG-UNDANG REPUBLIK INDONESIA',
      number: '7',
      year: 2001,
      title: 'PEMBENTUKAN KOTA LUBUK LINGGAU',
    });
  });

  it('keeps a number with letters as printed, and does not take "PERUNDANG-UNDANGAN" for a law', () => {
    const heading = readLegalHeading(legalFixture('real/dev/legal/permenkumham-m01-hu0302-2007-pengundangan-scribd.txt'));
    expect(heading).toMatchObject({ form: 'permen', number: 'M.01-HU.03.02', year: 2007 });
  });

  it('reads the amending regulation, not the one its title names', () => {
    const heading = readLegalHeading(legalFixture('real/dev/legal/permenkominfo-14-2017-perubahan-registrasi-pelanggan-slideshare.txt'));
    expect(heading).toMatchObject({ number: '14', year: 2017 });
    expect(heading.title).toMatch(/^PERUBAHAN ATAS PERATURAN MENTERI KOMUNIKASI DAN INFORMATIKA NOMOR 12 TAHUN 2016/);
  });

  it('leaves a number the copy left blank unread', () => {
    const heading = readLegalHeading(legalFixture('real/dev/legal/perpres-53-2017-bssn-unnumbered-dokumentips.txt'));
    expect(heading).toMatchObject({ form: 'perpres', formAsPrinted: 'PERATURAN PRESIDEN REPUBLIK INDONESIA', title: 'BADAN SIBER DAN SANDI NEGARA' });
    expect(heading.number).toBeUndefined();
    expect(heading.year).toBeUndefined();
  });

  it('reads the issuer of a heading without the invocation (an Inpres)', () => {
    const heading = readLegalHeading(legalFixture('real/dev/legal/inpres-3-1985-pameran-kedirgantaraan-hukumonline-studylibid.txt'));
    expect(heading).toMatchObject({ form: 'inpres', number: '3', year: 1985, title: 'PAMERAN KEDIRGANTARAAN INDONESIA 1986', issuer: 'PRESIDEN REPUBLIK INDONESIA' });
  });

  it('reads nothing from a text without a regulation heading', () => {
    expect(readLegalHeading('Menurut Pasal 27 UU ITE, penyebaran konten yang melanggar kesusilaan dapat dipidana.')).toEqual({});
  });
});
