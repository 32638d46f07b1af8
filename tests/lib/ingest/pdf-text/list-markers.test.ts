import { describe, expect, it } from 'vitest';
import { readListMarker } from '../../../../src/lib/ingest/pdf-text/list-markers.ts';

describe('readListMarker', () => {
  it('reads numbers, decimal section numbers, letters and bullets', () => {
    expect(readListMarker('1. Jenis Penelitian')).toEqual({ kind: 'number', marker: '1.', value: '1', rest: 'Jenis Penelitian' });
    expect(readListMarker('2) Kedua')).toMatchObject({ kind: 'number', value: '2', rest: 'Kedua' });
    expect(readListMarker('1.2 Rumusan Masalah')).toMatchObject({ kind: 'number', value: '1.2', rest: 'Rumusan Masalah' });
    expect(readListMarker('A. Latar Belakang')).toMatchObject({ kind: 'letter', value: 'A', rest: 'Latar Belakang' });
    expect(readListMarker('• butir')).toMatchObject({ kind: 'bullet', rest: 'butir' });
  });

  it('does not read years, initials or degrees as markers', () => {
    expect(readListMarker('2021. Kemudian')).toBeUndefined();
    expect(readListMarker('S. IP, MIRAP selaku dosen')).toBeUndefined();
    expect(readListMarker('Penelitian ini')).toBeUndefined();
  });
});
