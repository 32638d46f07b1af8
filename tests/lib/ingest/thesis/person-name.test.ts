import { describe, expect, it } from 'vitest';
import { isNameWithDegrees, looksLikeNameWithDegrees, looksLikePersonName } from '../../../../src/lib/ingest/thesis/person-name.ts';

describe('looksLikeNameWithDegrees', () => {
  it.each(['Dr. Hendra Kusuma Wardhana, M.Si.', 'Ratna Puspitasari, S.IP., M.A.', 'Dr. Hj. Siti Nurjanah, M.Ag.'])(
    'accepts %j',
    (name) => {
      expect(looksLikeNameWithDegrees(name)).toBe(true);
    },
  );

  it('does not count the degrees after the comma towards the length of a name', () => {
    const signed = 'Prof. Dr. Hendra Kusuma Wardhana, S.IP., M.Si., M.A.';
    expect(looksLikePersonName(signed)).toBe(false);
    expect(looksLikeNameWithDegrees(signed)).toBe(true);
  });

  it.each(['Fakultas Ilmu Sosial, Universitas X', 'NIP. 197805122005011003', 'telah disetujui, M.Si.'])('rejects %j', (text) => {
    expect(looksLikeNameWithDegrees(text)).toBe(false);
  });
});

describe('looksLikePersonName, short lines that are no name', () => {
  it.each([
    ['UNDERSTANDING MIGRANT SMUGGLERS IN MALAYSIA'],
    ['PERDAGANGAN ORANG SEBAGAI KEJAHATAN'],
    ['KEAMANAN SIBER NASIONAL'],
    ['Journal of Maritime Affairs'],
    ['Southeast Asian Affairs'],
    ['Published'],
    ['Penulis'],
    ['Their Local'],
    ['Jakarta, Indonesia'],
    ['By'],
    ['By SITI RAHMAWATI'],
  ])('rejects %j: a title in capitals, a journal, a label or a place', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });

  it.each([['ANDI SETIAWAN PUTRA'], ['A. Rahman Hakim'], ['Dewa Gede Sudika Mangku'], ['Ketut Sedana Arta']])('still accepts %j', (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });
});

describe('looksLikePersonName, page headings and series names', () => {
  it.each(['HALAMAN KELAYAKAN PUBLIKASI', 'INDO-PACIFIC STRATEGIC PAPERS', 'Slide Content'])('rejects %j', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });
});

describe('looksLikePersonName, chapter headings', () => {
  it.each(['BAB IV', 'CHAPTER II', 'BAB 3'])('rejects %j, a chapter heading as short as a name', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });

  it('still accepts a name with a Roman numeral after it', () => {
    expect(looksLikePersonName('Hamengku Buwono IX')).toBe(true);
  });
});

describe('isNameWithDegrees', () => {
  it('takes a name closing on its degrees after a comma, in capitals or not', () => {
    expect(isNameWithDegrees('N I S YA, S.H., M.H.')).toBe(true);
    expect(isNameWithDegrees('Ratna Puspitasari, S.IP., M.A.')).toBe(true);
  });

  it('refuses a name without degrees and a title in capitals', () => {
    expect(isNameWithDegrees('Ratna Puspitasari')).toBe(false);
    expect(isNameWithDegrees('KEJAHATAN LINTAS NEGARA')).toBe(false);
  });
});
