import { describe, expect, it } from 'vitest';
import { nameWithoutTown } from '../../../../src/lib/ingest/thesis/town-after-name.ts';

describe('nameWithoutTown', () => {
  it('drops the town when the name ends a line elsewhere without it', () => {
    const lines = ['Fakultas Hukum Universitas Sumatera Utara', 'OLEH:', 'UNIVERSITAS SUMATERA UTARA MEDAN', '2018'];
    expect(nameWithoutTown('UNIVERSITAS SUMATERA UTARA MEDAN', lines)).toBe('UNIVERSITAS SUMATERA UTARA');
  });

  it("drops the town when the name runs into the next unit's name elsewhere", () => {
    const lines = ['UNIVERSITAS AL AZHAR INDONESIA JAKARTA 2017', 'UNIVERSITAS AL AZHAR INDONESIA FAKULTAS ILMU SOSIAL DAN ILMU POLITIK'];
    expect(nameWithoutTown('UNIVERSITAS AL AZHAR INDONESIA JAKARTA', lines)).toBe('UNIVERSITAS AL AZHAR INDONESIA');
  });

  it('keeps a town that is part of the name, printed with it every time', () => {
    const lines = ['UNIVERSITAS BUMI MATARAM', 'MATARAM', '2021', 'Skripsi pada Universitas Bumi Mataram.'];
    expect(nameWithoutTown('UNIVERSITAS BUMI MATARAM', lines)).toBeUndefined();
  });

  it('keeps the last word when the shorter mention is the same name broken over two lines', () => {
    const lines = ['UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH', '', 'JAKARTA', 'UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA 2019'];
    expect(nameWithoutTown('UNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA', lines)).toBeUndefined();
  });

  it('keeps a name whose shorter form is always followed by more of it, or too short to drop a word', () => {
    const lines = ['Universitas Komputer Indonesia', 'Universitas Komputer Indonesianya'];
    expect(nameWithoutTown('Universitas Komputer Indonesia', lines)).toBeUndefined();
    expect(nameWithoutTown('Universitas Brawijaya', ['Universitas'])).toBeUndefined();
  });

  it('drops a town after a university named by one proper word, printed once', () => {
    expect(nameWithoutTown('UNIVERSITAS BRAWIJAYA MALANG', ['SKRIPSI', 'UNIVERSITAS BRAWIJAYA MALANG', '2014'])).toBe('UNIVERSITAS BRAWIJAYA');
    expect(nameWithoutTown('Universitas Tanjungpura Pontianak', ['Magister Ilmu Sosial Universitas Tanjungpura Pontianak'])).toBe('Universitas Tanjungpura');
  });

  it('keeps the town after a word that needs one, or a word the text writes in lower case', () => {
    expect(nameWithoutTown('UNIVERSITAS MUHAMMADIAH MALANG', ['UNIVERSITAS MUHAMMADIAH MALANG'])).toBeUndefined();
    expect(nameWithoutTown('Universitas Negeri Semarang', ['Universitas Negeri Semarang'])).toBeUndefined();
    expect(nameWithoutTown('Universitas Terang Jakarta', ['Universitas Terang Jakarta', 'hari yang terang'])).toBeUndefined();
  });

  it('keeps a town that the cover also prints on a line of its own', () => {
    expect(nameWithoutTown('UNIVERSITAS BRAWIJAYA MALANG', ['UNIVERSITAS BRAWIJAYA MALANG', 'MALANG', '2014'])).toBeUndefined();
  });
});
