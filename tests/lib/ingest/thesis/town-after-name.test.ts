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
});
