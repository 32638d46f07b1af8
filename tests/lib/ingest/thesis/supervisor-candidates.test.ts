import { describe, expect, it } from 'vitest';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { supervisorCandidates } from '../../../../src/lib/ingest/thesis/supervisor-candidates.ts';

const read = (text: string) =>
  supervisorCandidates(readFrontLines(text), text.split('\n')).map(({ value, score }) => ({ value, score }));

describe('supervisorCandidates', () => {
  it('reads names after their roles, on the same line or the next', () => {
    const text = 'Dosen Pembimbing Utama : I Gede Widhiana Suarda, S.H., M.Hum., Ph.D.\nDosen Pembimbing Anggota :\n\nSamuel Saut Martua Samosir, S.H., M.H.\n\nNIP: 198002162008121002';
    expect(read(text)).toContainEqual(
      {
        value: [
          { name: 'I Gede Widhiana Suarda, S.H., M.Hum., Ph.D.', role: 'Pembimbing Utama' },
          { name: 'Samuel Saut Martua Samosir, S.H., M.H.', role: 'Pembimbing Anggota' },
        ],
        score: 0.85,
      },
    );
  });

  it('reads every name listed under a role printed alone', () => {
    expect(read('Pembimbing:\nDr. Ani Lestari, M.Si.\nBudi Santoso, M.A.\nUNIVERSITAS GADJAH MADA')).toContainEqual({
      value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing' }, { name: 'Budi Santoso, M.A.', role: 'Pembimbing' }],
      score: 0.85,
    });
  });

  it.each(['1. ', '2) ', '(1) ', 'II. '])('reads names numbered "%s" under a committee label, without their numbers', (mark) => {
    expect(read(`Komisi Pembimbing:\n${mark}Dr. Ani Lestari, M.Si.\n${mark}Budi Santoso, M.A.\nUNIVERSITAS GADJAH MADA`)).toContainEqual({
      value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing' }, { name: 'Budi Santoso, M.A.', role: 'Pembimbing' }],
      score: 0.85,
    });
  });

  it('reads a numbered list under a role printed alone, or opening on its label\'s line', () => {
    const listed = [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing' }, { name: 'Budi Santoso, M.A.', role: 'Pembimbing' }];
    expect(read('Dosen Pembimbing\n1. Dr. Ani Lestari, M.Si.\n2. Budi Santoso, M.A.\nUNIVERSITAS GADJAH MADA')).toContainEqual({ value: listed, score: 0.85 });
    expect(read('Pembimbing : 1. Dr. Ani Lestari, M.Si.\n2. Budi Santoso, M.A.\nUNIVERSITAS GADJAH MADA')).toContainEqual({ value: listed, score: 0.85 });
  });

  it('reads no list under a role printed alone over unnumbered text', () => {
    expect(read('Dosen Pembimbing\nUNIVERSITAS GADJAH MADA\n1. Pendahuluan')).toEqual([]);
  });

  it('reads the members a committee heading lists by their positions, without the positions', () => {
    const text = 'Komisi Pembimbing\nKetua: Prof. Dr. Ani Lestari, S.H., M.H.\nAnggota : Budi Santoso, M.A.\nUNIVERSITAS ANDALAS';
    expect(read(text)).toEqual([
      {
        value: [
          { name: 'Prof. Dr. Ani Lestari, S.H., M.H.', role: 'Pembimbing' },
          { name: 'Budi Santoso, M.A.', role: 'Pembimbing' },
        ],
        score: 0.85,
      },
    ]);
  });

  it('takes no committee position under a heading that names no supervising role', () => {
    expect(read('Panitia Ujian\nKetua: Prof. Dr. Ani Lestari, S.H., M.H.\nAnggota: Budi Santoso, M.A.')).toEqual([]);
  });

  it('reads the names after a "supervised by" label, on its line or below it, with no role', () => {
    expect(read('Supervised by:\nDr. Ani Lestari\nBudi Santoso, M.A.\nDepartment of International Relations')).toEqual([
      { value: [{ name: 'Dr. Ani Lestari' }, { name: 'Budi Santoso, M.A.' }], score: 0.85 },
    ]);
    expect(read('Di bawah bimbingan: Dr. Ani Lestari, M.Si.')).toEqual([{ value: [{ name: 'Dr. Ani Lestari, M.Si.' }], score: 0.85 }]);
    expect(read('Dibimbing oleh : Dr. Ani Lestari, M.Si. dan Budi Santoso, M.A.')).toEqual([
      { value: [{ name: 'Dr. Ani Lestari, M.Si.' }, { name: 'Budi Santoso, M.A.' }], score: 0.85 },
    ]);
  });

  it('takes no name from a "supervised by" sentence that goes on past the names', () => {
    expect(read('Supervised by the Ministry of Foreign Affairs of Indonesia')).toEqual([]);
  });

  it('reads a name set apart from its role by a comma, dots, or a space before a lecturer\'s title', () => {
    const expected = [{ value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing I' }, { name: 'Budi Santoso, M.A.', role: 'Pembimbing II' }], score: 0.85 }];
    expect(read('Pembimbing I, Dr. Ani Lestari, M.Si.\nPembimbing II, Budi Santoso, M.A.')).toEqual(expected);
    expect(read('Pembimbing I ........ Dr. Ani Lestari, M.Si.\nPembimbing II …… Budi Santoso, M.A.')).toEqual(expected);
    expect(read('Pembimbing I Dr. Ani Lestari, M.Si.')).toEqual([{ value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing I' }], score: 0.85 }]);
  });

  it('takes no name from a role followed by other words', () => {
    expect(read('Pembimbing Lapangan Kerja')).toEqual([]);
    expect(read('Pembimbing I, Pembimbing II,')).toEqual([]);
  });

  it('stops the numbered list at a line that is no name', () => {
    expect(read('Komisi Pembimbing:\n1. Dr. Ani Lestari, M.Si.\n2. Analisis kebijakan luar negeri\n3. Budi Santoso, M.A.')).toContainEqual({
      value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing' }],
      score: 0.85,
    });
  });

  it('stops the list under a role at the unit printed in capitals under the name', () => {
    const found = read('PEMBIMBING :\nDR. H. ANI LESTARI, S.Ag, M.Ag\nPRODI HUKUM TATA NEGARA (SIYASAH)\nFAKULTAS SYARIAH DAN HUKUM');
    expect(found).toContainEqual({ value: [{ name: 'DR. H. ANI LESTARI, S.Ag, M.Ag', role: 'PEMBIMBING' }], score: 0.85 });
    expect(found.flatMap(({ value }) => value.map(({ name }) => name)).filter((name) => name.startsWith('PRODI'))).toEqual([]);
  });

  it('gives nothing for a label whose name is cut at the line end', () => {
    expect(read('Supervisors: Dr.\nJane Roe')).toEqual([]);
  });

  it('leaves a sentence naming the supervisors to the reflowed block', () => {
    expect(read('Skripsi ini disusun di bawah bimbingan Dr. Ani Lestari, M.Si. selaku pembimbing I dan Budi Santoso, M.A. selaku pembimbing II.')).toEqual([]);
  });

  it('reads the names under the roles of a signature block', () => {
    const text = 'HALAMAN PENGESAHAN\nPembimbing I                     Pembimbing II\n\nDr. Ani Lestari, M.Si.           Budi Santoso, M.A.';
    expect(read(text)).toContainEqual({
      value: [{ name: 'Dr. Ani Lestari, M.Si.', role: 'Pembimbing I' }, { name: 'Budi Santoso, M.A.', role: 'Pembimbing II' }],
      score: 0.7,
    });
  });

  it('takes no name where no supervising role is printed', () => {
    expect(read('[Thesis]\nGordyn, Carly\nGlanville, Luke\nThe Australian National University')).toEqual([]);
  });
});

describe('supervisorCandidates: an approval label over the name', () => {
  it('reads the name under "Disetujui Pembimbing :", up to its staff number', () => {
    expect(read('Disetujui Pembimbing :\n\nDr. Ani Lestari, S.H., M.H.\n\nNIP. 19880413201931008')).toContainEqual({
      value: [{ name: 'Dr. Ani Lestari, S.H., M.H.', role: 'Pembimbing' }],
      score: 0.85,
    });
  });
});

describe('supervisorCandidates: the acknowledgements', () => {
  it('reads the supervisor an acknowledgement names after "my supervisor,"', () => {
    const text = 'Acknowledgements\nI would like to thank the following persons: To my esteemed supervisor, Professor Emeritus Ani Walker, for her trust in me.';
    expect(read(text)).toEqual([{ value: [{ name: 'Professor Emeritus Ani Walker', role: 'supervisor' }], score: 0.6 }]);
  });

  it('reads none where the words after the role are no name, or the supervisor is not the author\'s', () => {
    expect(read('Acknowledgements\nTo my supervisor, who read every draft, and to my family.')).toEqual([]);
    expect(read('Acknowledgements\nI thank the supervisor, Professor Ani Walker, of another thesis.')).toEqual([]);
  });
});
