import { describe, expect, it } from 'vitest';
import { hasLeadingMarker, parseAuthorList, stripLeadingMarker } from '../../../../src/lib/ingest/thesis/author-list.ts';

describe('parseAuthorList', () => {
  it('reads names with digit, superscript and asterisk markers', () => {
    expect(parseAuthorList('Dimas Prasetyo1*, Nurul Aini Lestari2, Yohanes Bria3', false)).toEqual([
      'Dimas Prasetyo',
      'Nurul Aini Lestari',
      'Yohanes Bria',
    ]);
    expect(parseAuthorList('Sari Dewi¹, Budi²', false)).toEqual(['Sari Dewi', 'Budi']);
    expect(parseAuthorList('Andreas Wibowo1,2 dan Maria Goreti3', false)).toEqual(['Andreas Wibowo', 'Maria Goreti']);
  });

  it('strips the same marks as the other name readers: "#" and the envelope', () => {
    expect(parseAuthorList('Andi Wijaya#, Rina Lestari', false)).toEqual(['Andi Wijaya', 'Rina Lestari']);
    expect(parseAuthorList('Andi Wijaya1✉, Rina Lestari2', false)).toEqual(['Andi Wijaya', 'Rina Lestari']);
  });

  it('reads numbers in brackets standing for lost superscripts', () => {
    expect(parseAuthorList('Ahmad Fauzi 1), Siti Rahma 2)', false)).toEqual(['Ahmad Fauzi', 'Siti Rahma']);
    expect(parseAuthorList('Ahmad Fauzi (1)*, Siti Rahma (2)', false)).toEqual(['Ahmad Fauzi', 'Siti Rahma']);
    expect(parseAuthorList('Ahmad Fauzi [1], Budi Santoso [2]', false)).toEqual(['Ahmad Fauzi', 'Budi Santoso']);
    // Like plain digits, a bracketed number after a one-word "name" is too weak a sign.
    expect(parseAuthorList('Pasal 1), Ayat 2)', false)).toBeUndefined();
  });

  it('reads an unmarked list of full names only where a list is expected', () => {
    expect(parseAuthorList('Rina Wati, Budi Santoso dan Ani Lestari', true)).toEqual(['Rina Wati', 'Budi Santoso', 'Ani Lestari']);
    expect(parseAuthorList('Rina Wati, Budi Santoso dan Ani Lestari', false)).toBeUndefined();
  });

  it('does not read a title or an affiliation as authors', () => {
    expect(parseAuthorList('INDONESIA, MALAYSIA DAN SINGAPURA', true)).toBeUndefined();
    expect(parseAuthorList('Universitas Sriwangi1, Indonesia', false)).toBeUndefined();
    expect(parseAuthorList('Penelitian ini membahas kerja sama2', false)).toBeUndefined();
  });
});

describe('leading markers', () => {
  it('are found and stripped from affiliation lines', () => {
    expect(hasLeadingMarker('1Program Studi Hubungan Internasional')).toBe(true);
    expect(hasLeadingMarker('² Universitas Sriwangi')).toBe(true);
    expect(hasLeadingMarker('Program Studi')).toBe(false);
    expect(stripLeadingMarker('3Fakultas Hukum, Universitas Flores')).toBe('Fakultas Hukum, Universitas Flores');
    // One note for several authors lists their marks: "1,2,4Prodi Hukum".
    expect(stripLeadingMarker('1,2,4Prodi Hukum, Universitas Flores')).toBe('Prodi Hukum, Universitas Flores');
    expect(hasLeadingMarker('1, 3 Fakultas Hukum')).toBe(true);
    expect(stripLeadingMarker('1) Universitas Tanjungpura')).toBe('Universitas Tanjungpura');
    expect(stripLeadingMarker('(2) Fakultas Hukum')).toBe('Fakultas Hukum');
  });

  it('read a letter set apart before a capital as a mark, not a word in lower case', () => {
    expect(stripLeadingMarker('a Jurusan Hubungan Internasional, Universitas Tanjungpura')).toBe('Jurusan Hubungan Internasional, Universitas Tanjungpura');
    expect(hasLeadingMarker('b Faculty of Law, Universitas Indonesia')).toBe(true);
    expect(hasLeadingMarker('a study of the Faculty of Law')).toBe(false);
    expect(hasLeadingMarker('f Fakultas Hukum')).toBe(false);
  });
});
