import { describe, expect, it } from 'vitest';
import { separateCoverLines } from '../../../../src/lib/ingest/thesis/cover-lines.ts';

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

  it('reads "YOGYAKARTA 2022" and "Makassar, 2023" as a closing place and year', () => {
    expect(separateCoverLines(['UNIVERSITAS X', 'YOGYAKARTA 2022'])).toEqual(['UNIVERSITAS X', '', 'YOGYAKARTA 2022', '']);
    expect(separateCoverLines(['Teks.', 'Makassar, 2023'])).toEqual(['Teks.', '', 'Makassar, 2023', '']);
  });
});
