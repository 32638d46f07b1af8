import { describe, expect, it } from 'vitest';
import { PLACE_AND_YEAR, readClosingYear, readPlaceAndYear, separateCoverLines } from '../../../../src/lib/ingest/thesis/cover-lines.ts';

describe('separateCoverLines', () => {
  it('sets each unit name apart, so the city under the university is not read as part of its name', () => {
    expect(
      separateCoverLines(['International Relations Study Program', 'Faculty of Humanities', 'Universitas Pelita', 'Cikarang', '2024']),
    ).toEqual(['International Relations Study Program', '', 'Faculty of Humanities', '', 'Universitas Pelita', '', 'Cikarang', '2024']);
  });

  it('puts a blank line before each form line but lets its value wrap', () => {
    expect(separateCoverLines(['Judul : Satu Dua', 'Tiga Empat', 'Nama : Budi Santoso'])).toEqual([
      'Judul : Satu Dua',
      'Tiga Empat',
      '',
      'Nama : Budi Santoso',
    ]);
  });

  it('leaves a university named inside a running sentence alone', () => {
    const lines = ['penelitian ini dilakukan bersama', 'Universitas Hasanuddin dan mitra', 'di kawasan.'];
    expect(separateCoverLines(lines)).toEqual(lines);
    const sentence = ['Kalimat selesai.', 'Universitas Hasanuddin merupakan kampus tertua.'];
    expect(separateCoverLines(sentence)).toEqual(sentence);
  });

  it('sets marked names, a unit opened by its mark and an e-mail line apart from the title over them', () => {
    // An OJS first page: a mixed-case title whose last line ends on no stop, then the header lines.
    const header = [
      'Kerja Sama Indonesia dan Malaysia dalam Penanggulangan',
      'Perdagangan Orang di Perbatasan Kalimantan',
      'Ahmad Fauzi Rahman1*, Siti Nurhaliza2 dan Budi Santoso1',
      '1Universitas Tanjungpura',
      '2Department of International Relations, Universitas Indonesia',
      '*Email: ahmad.fauzi@untan.ac.id',
    ];
    expect(separateCoverLines(header)).toEqual([
      'Kerja Sama Indonesia dan Malaysia dalam Penanggulangan',
      'Perdagangan Orang di Perbatasan Kalimantan',
      '',
      'Ahmad Fauzi Rahman1*, Siti Nurhaliza2 dan Budi Santoso1',
      '',
      '1Universitas Tanjungpura',
      '',
      '2Department of International Relations, Universitas Indonesia',
      '',
      '*Email: ahmad.fauzi@untan.ac.id',
      '',
    ]);
    // Without marks a line of names may be a title's last words, and is left to the reflow.
    expect(separateCoverLines(['Kerja Sama Indonesia dan Malaysia', 'Ahmad Fauzi Rahman'])).toEqual(['Kerja Sama Indonesia dan Malaysia', 'Ahmad Fauzi Rahman']);
  });

  it('reads "YOGYAKARTA 2022" and "Makassar, 2023" as a closing place and year', () => {
    expect(separateCoverLines(['UNIVERSITAS X', 'YOGYAKARTA 2022'])).toEqual(['UNIVERSITAS X', '', 'YOGYAKARTA 2022', '']);
    expect(separateCoverLines(['Teks.', 'Makassar, 2023'])).toEqual(['Teks.', '', 'Makassar, 2023', '']);
  });
});

describe('PLACE_AND_YEAR', () => {
  it.each([
    ['2022', '2022'],
    ['Makassar, 2023', '2023'],
    ['1445 H / 2024 M', '2024'],
    ['1445 H/2024 M', '2024'],
    ['2024 M / 1445 H', '2024'],
    ['SURABAYA 1445 H / 2024 M', '2024'],
    ['YOGYAKARTA 2022', '2022'],
    ['Bandar Lampung, 2021', '2021'],
    ['Fort Leavenworth, Kansas 2006', '2006'],
  ])('reads %j as the year %s', (line, year) => {
    expect(PLACE_AND_YEAR.exec(line)?.[1]).toBe(year);
  });

  it.each(['1445 H', 'Tahun 2024 dan 2025', '2024 M / 2025', 'HUMAN TRAFFICKING INVOLVING INDONESIAN CITIZENS IN CAMBODIA DURING 2021'])('does not read %j', (line) => {
    expect(PLACE_AND_YEAR.test(line)).toBe(false);
  });
});

describe('the year of a cover, never a year a title names', () => {
  it.each([
    ['2022', 2022],
    ['YOGYAKARTA 2022', 2022],
    ['Makassar, 2023', 2023],
    ['BANDAR LAMPUNG 2019', 2019],
  ])('reads "%s" as a place and year', (line, year) => {
    expect(Number(PLACE_AND_YEAR.exec(line)?.[1])).toBe(year);
  });

  it.each(['KEAMANAN SIBER TAHUN 2018', 'Tahun 2018', 'PERIODE 2019', 'Pasca Pemilu 2019', 'STRATEGI INDONESIA MENANGANI KEJAHATAN SIBER 2018'])(
    'does not read the title line "%s" as a place and year',
    (line) => {
      expect(PLACE_AND_YEAR.test(line)).toBe(false);
    },
  );

  it('reads a year closing a cover line, but not one after a period word', () => {
    expect(readClosingYear('Universitas Hasanuddin, 2023')).toBe(2023);
    expect(readClosingYear('Universitas Hasanuddin tahun 2023')).toBeUndefined();
    expect(readClosingYear('Universitas Hasanuddin')).toBeUndefined();
  });

  it('reads a year glued to the name in capitals before it, but not to a period word', () => {
    expect(readClosingYear('UNIVERSITAS BRAWIJAYA2015')).toBe(2015);
    expect(readClosingYear('UNIVERSITAS BRAWIJAYA TAHUN2015')).toBeUndefined();
  });

  it('reads no lone year under a line closing on a year: the span of years a title names goes on', () => {
    expect(readPlaceAndYear('2013', 'Periode Tahun 2003')).toBeUndefined();
    expect(readPlaceAndYear('2013', 'Periode Tahun 2003 –')).toBeUndefined();
    expect(readPlaceAndYear('2013', 'UNIVERSITAS BRAWIJAYA')).toBe(2013);
    expect(readPlaceAndYear('Malang, 2013', 'Periode Tahun 2003')).toBe(2013);
  });
});
