import { describe, expect, it } from 'vitest';
import { readSignatureSupervisors, splitRunTogetherNames } from '../../../../src/lib/ingest/thesis/signature-block.ts';

describe('readSignatureSupervisors', () => {
  it('reads a block run into one line: the roles, the names with their degrees, then the staff numbers', () => {
    expect(readSignatureSupervisors(['  Pembimbing I Pembimbing II Rina Sulastri, S.IP,. MA Budi Hartono, S.IP., M.A. NIP.198503202014042001 NIP.'])).toEqual([
      { name: 'Rina Sulastri, S.IP,. MA', role: 'Pembimbing I' },
      { name: 'Budi Hartono, S.IP., M.A.', role: 'Pembimbing II' },
    ]);
    // Names that do not split one to each role give none.
    expect(readSignatureSupervisors(['Pembimbing I Pembimbing II Rina Sulastri Budi Hartono'])).toEqual([]);
  });

  it('pairs two columns of roles with the two names signed under them', () => {
    expect(
      readSignatureSupervisors([
        'Menyetujui,',
        'Pembimbing I                      Pembimbing II',
        '',
        '',
        'Dr. Rina Sulastri, M.Si.          Budi Hartono, S.IP., M.A.',
        'NIP. 197805122005011003           NIP. 198611032015042001',
      ]),
    ).toEqual([
      { name: 'Dr. Rina Sulastri, M.Si.', role: 'Pembimbing I' },
      { name: 'Budi Hartono, S.IP., M.A.', role: 'Pembimbing II' },
    ]);
  });

  it('reads a single column with "Dosen" and a comma after the role', () => {
    expect(readSignatureSupervisors(['Dosen Pembimbing Utama,', '', '', 'Prof. Dr. Agus Salim, M.Hum.'])).toEqual([
      { name: 'Prof. Dr. Agus Salim, M.Hum.', role: 'Pembimbing Utama' },
    ]);
  });

  it('does not take the dean or an examiner signing beside a supervisor', () => {
    expect(
      readSignatureSupervisors(['Pembimbing                 Dekan', '', 'Dr. A. Rahman, M.Si.        Prof. Dr. Siti Aminah']),
    ).toEqual([]);
    expect(readSignatureSupervisors(['Mengetahui,', 'Dekan Fakultas Hukum', '', 'Prof. Dr. Siti Aminah'])).toEqual([]);
  });

  it('takes nothing when the names do not match the roles in number or are not names', () => {
    expect(readSignatureSupervisors(['Pembimbing I           Pembimbing II', '', 'Dr. Rina Sulastri, M.Si.'])).toEqual([]);
    expect(readSignatureSupervisors(['Pembimbing I', '', 'telah disetujui untuk diujikan pada tanggal 2 Mei 2023'])).toEqual([]);
  });

  it('reads each role printed under the name and staff number it belongs to', () => {
    const page = ['Dr. Rina Sulastri, M.Si.', 'NIP. 197805122005011003', 'Pembimbing I', '', 'Budi Hartono, S.IP., M.A.', 'NIDN. 0012038601', 'Pembimbing II'];
    expect(readSignatureSupervisors(page)).toEqual([
      { name: 'Dr. Rina Sulastri, M.Si.', role: 'Pembimbing I' },
      { name: 'Budi Hartono, S.IP., M.A.', role: 'Pembimbing II' },
    ]);
    // Names under their roles, each with its staff number below, keep the roles over them.
    const stacked = ['Pembimbing I', '', 'Dr. Rina Sulastri, M.Si.', 'NIP. 197805122005011003', 'Pembimbing II', '', 'Budi Hartono, S.IP., M.A.'];
    expect(readSignatureSupervisors(stacked)).toEqual([
      { name: 'Dr. Rina Sulastri, M.Si.', role: 'Pembimbing I' },
      { name: 'Budi Hartono, S.IP., M.A.', role: 'Pembimbing II' },
    ]);
  });

  it('takes no signature from a member listed under a committee heading with a position label', () => {
    expect(readSignatureSupervisors(['Komisi Pembimbing', 'Ketua: Prof. Dr. Ani Lestari, S.H., M.H.', 'Anggota: Budi Santoso, M.A.'])).toEqual([]);
  });
});

describe('readSignatureSupervisors: names signed in brackets', () => {
  it('takes each name under its role without the brackets it is signed in', () => {
    expect(
      readSignatureSupervisors(['Menyetujui:', 'Pembimbing I,', '( Dr. Budi Santoso, S.H., M.H. )', 'NIP. 196501011990031001', 'Pembimbing II,', '(Siti Rahma, S.H., M.H.)']),
    ).toEqual([
      { name: 'Dr. Budi Santoso, S.H., M.H.', role: 'Pembimbing I' },
      { name: 'Siti Rahma, S.H., M.H.', role: 'Pembimbing II' },
    ]);
  });
});

describe('readSignatureSupervisors: each role printed right under the name it belongs to', () => {
  it('takes the lecturer named right over each role, not the next one under it', () => {
    expect(readSignatureSupervisors(['Menyetujui,', 'Dr. Budi Santoso, S.H., M.H.', 'Pembimbing I', 'Siti Rahma, S.H., M.H.', 'Pembimbing II'])).toEqual([
      { name: 'Dr. Budi Santoso, S.H., M.H.', role: 'Pembimbing I' },
      { name: 'Siti Rahma, S.H., M.H.', role: 'Pembimbing II' },
    ]);
    expect(readSignatureSupervisors(['Recommended and Acknowledged by,', 'Isyana Adriani, BA.,M.Si', 'Thesis Adviser'])).toEqual([
      { name: 'Isyana Adriani, BA.,M.Si', role: 'Thesis Adviser' },
    ]);
  });

  it('reads a name without a title or degrees over the first role as no signature: it may be the author on the cover', () => {
    expect(readSignatureSupervisors(['ANDI WIJAYA', 'Pembimbing I', 'Dr. Budi Santoso, S.H., M.H.'])).toEqual([
      { name: 'Dr. Budi Santoso, S.H., M.H.', role: 'Pembimbing I' },
    ]);
  });
});

describe('readSignatureSupervisors: columns run together', () => {
  it('splits the names under run-together roles where the first one\'s degrees end', () => {
    expect(readSignatureSupervisors(['Pembimbing Utama Pembimbing Pendamping', '', 'Rina Lestari, S.IP., M.IP M. Riza Halim, S.IP., MIA', 'NIK. 1 NIK. 2'])).toEqual([
      { name: 'Rina Lestari, S.IP., M.IP', role: 'Pembimbing Utama' },
      { name: 'M. Riza Halim, S.IP., MIA', role: 'Pembimbing Pendamping' },
    ]);
  });
});

describe('splitRunTogetherNames', () => {
  it('takes no split where a name has no degrees after it to end it', () => {
    expect(splitRunTogetherNames('Dr. Rina Lestari Prof. Dr. Riza Halim', 2)).toBeUndefined();
    expect(splitRunTogetherNames('Rina Lestari, S.IP., M.IP', 2)).toBeUndefined();
  });
});
