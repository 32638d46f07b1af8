import { describe, expect, it } from 'vitest';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { readRepositoryCitation } from '../../../../src/lib/ingest/thesis/repository-citation.ts';

const read = (text: string) => readRepositoryCitation(readFrontLines(text));

describe('readRepositoryCitation', () => {
  it("reads the authors as the record spells them, the year and the title of a repository's citation", () => {
    expect(read('Fauzi, Ahmad (2020) Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia. Skripsi thesis, Universitas Airlangga.\nAbstract\nPenelitian ini ...')).toEqual({
      authors: ['Fauzi, Ahmad'],
      year: 2020,
      title: 'Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia',
      institution: 'Universitas Airlangga',
    });
    expect(read('Lee, Ann and Tan, Bo Wei (2019) Border Security in the Straits of Malacca. Masters thesis, University of Malaya.')?.authors).toEqual(['Lee, Ann', 'Tan, Bo Wei']);
  });

  it('reads no reference without a kind of thesis, nor a thesis cited under the abstract heading', () => {
    expect(read('Fauzi, Ahmad (2020) Kerja Sama Indonesia dan Australia. Jurnal Hubungan Internasional, 5(2), 10-20.')).toBeUndefined();
    expect(read('Abstract\nFauzi, Ahmad (2020) Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia. Skripsi thesis, Universitas Airlangga.')).toBeUndefined();
  });
});

describe('readRepositoryCitation: the forms a record page prints in capitals', () => {
  it('reads the name without the student number after it, and a citation the front lines split before its thesis kind', () => {
    const record = 'KERJA SAMA SIBER INDONESIA DAN AUSTRALIA\n\nANI PUTRI LESTARI , 8111416215 (2020) KERJA SAMA SIBER INDONESIA DAN AUSTRALIA. Under Graduates thesis, Universitas Negeri Contoh.\n';
    expect(read(record)).toEqual({ authors: ['ANI PUTRI LESTARI'], year: 2020, title: 'KERJA SAMA SIBER INDONESIA DAN AUSTRALIA', institution: 'Universitas Negeri Contoh', studentNumber: '8111416215' });
  });

  it('reads a kind of thesis named by its degree level ("S1 thesis", "S2 thesis")', () => {
    const record = 'LESTARI, ANI (2025) PERLINDUNGAN HUKUM KORBAN PENIPUAN KERJA PARUH WAKTU (FREELANCE) DI MEDIA SOSIAL. S1 thesis, UNIVERSITAS NEGERI CONTOH.\n';
    expect(read(record)).toEqual({
      authors: ['LESTARI, ANI'],
      year: 2025,
      title: 'PERLINDUNGAN HUKUM KORBAN PENIPUAN KERJA PARUH WAKTU (FREELANCE) DI MEDIA SOSIAL',
      institution: 'UNIVERSITAS NEGERI CONTOH',
    });
  });
});
