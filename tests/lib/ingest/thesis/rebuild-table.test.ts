import { describe, expect, it } from 'vitest';
import { rebuildTable } from '../../../../src/lib/ingest/thesis/rebuild-table.ts';

describe('rebuildTable', () => {
  it('reads a header and rows when one column count fits', () => {
    const cells = ['Tahun', 'Korban', 'Kerugian (%)', '2021', '1.200', '12,5', '2022', '3.400', '20 %'];
    expect(rebuildTable(cells)).toEqual([
      ['Tahun', 'Korban', 'Kerugian (%)'],
      ['2021', '1.200', '12,5'],
      ['2022', '3.400', '20 %'],
    ]);
  });

  it('reads text columns beside a numeric one', () => {
    const cells = ['Negara', 'Jumlah', 'Kamboja', '341', 'Myanmar', '54', 'Filipina', '12'];
    expect(rebuildTable(cells)?.[2]).toEqual(['Myanmar', '54']);
  });

  it('gives up when a column mixes kinds (cells broken across lines)', () => {
    const cells = ['Dimensi', 'Tradisional', 'Asal ancaman', 'Dari luar', 'negeri', '12', 'Sifat', 'Militer'];
    expect(rebuildTable(cells)).toBeUndefined();
  });

  it('gives up on text-only cells, whose shape cannot be checked', () => {
    expect(rebuildTable(['A', 'B', 'satu', 'dua', 'tiga', 'empat'])).toBeUndefined();
  });

  it('gives up when the header would be a number, or too few rows', () => {
    expect(rebuildTable(['2020', '14', '2021', '96', '2022', '341'])).toBeUndefined();
    expect(rebuildTable(['Tahun', 'Korban', '2021', '96'])).toBeUndefined();
  });

  it('finds the column count from where the numbers start', () => {
    const cells = ['Nama', 'Nilai', 'Skor', 'Bobot', 'a', '1', '2', '3', 'b', '4', '5', '6'];
    expect(rebuildTable(cells)).toEqual([
      ['Nama', 'Nilai', 'Skor', 'Bobot'],
      ['a', '1', '2', '3'],
      ['b', '4', '5', '6'],
    ]);
  });
});
