import { describe, expect, it } from 'vitest';
import { readLegalClosing } from '../../../../src/lib/ingest/legal-text/closing.ts';
import { legalFixture } from './fixture.ts';

describe('readLegalClosing', () => {
  it('reads the enactment and promulgation formulas and the gazette printed below them', () => {
    expect(readLegalClosing(legalFixture('legal/perpres-53-2017.txt'))).toEqual({
      enacted: { place: 'Jakarta', date: '2017-05-19' },
      promulgated: { place: 'Jakarta', date: '2017-05-23' },
      gazette: {
        name: 'LEMBARAN NEGARA REPUBLIK INDONESIA',
        year: 2017,
        number: '100',
        printed: 'LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2017 NOMOR 100',
      },
    });
  });

  it('reads an Inpres closing ("Dikeluarkan di Jakarta, pada tanggal ...")', () => {
    const closing = readLegalClosing(legalFixture('real/dev/legal/inpres-3-1985-pameran-kedirgantaraan-hukumonline-studylibid.txt'));
    expect(closing.enacted).toEqual({ place: 'Jakarta', date: '1985-01-23' });
  });

  it('reads the gazette header and the supplement of a gazette copy, not the gazettes the legal basis cites', () => {
    const closing = readLegalClosing(legalFixture('real/dev/legal/uu-1-2001-pengesahan-surrender-hongkong-docplayer.txt'));
    expect(closing.gazette?.printed).toBe('LEMBARAN NEGARA REPUBLIK INDONESIA No. 43, 2001');
    expect(closing.gazetteSupplement).toBe('Tambahan Lembaran Negara Republik Indonesia Nomor 4091');
  });

  it("reads a database copy's header lines (date and place, LN and TLN)", () => {
    const closing = readLegalClosing(legalFixture('real/dev/legal/uu-1-1979-ekstradisi-slideshare.txt'));
    expect(closing.enacted).toEqual({ place: 'JAKARTA', date: '1979-01-18' });
    expect(closing.gazette?.printed).toBe('LN 1979/2');
    expect(closing.gazetteSupplement).toBe('TLN NO. 3130');
  });

  it('reads nothing from a copy without its closing', () => {
    expect(readLegalClosing(legalFixture('legal/perban-bssn-5-2020.txt'))).toEqual({});
  });
});
