import { describe, expect, it } from 'vitest';
import { looksLikePersonName } from '../../../../src/lib/ingest/thesis/person-name.ts';
import { cleanTitle, parseTitleBlock } from '../../../../src/lib/ingest/thesis/title-block.ts';

describe('cleanTitle', () => {
  it('removes bold and italic wrappers and joins lines', () => {
    expect(cleanTitle('***COOPERATION BETWEEN\nINDONESIA AND CAMBODIA***')).toBe('COOPERATION BETWEEN INDONESIA AND CAMBODIA');
  });
});

describe('looksLikePersonName', () => {
  it.each(['Tarisya Alifia', 'Muh. Faiq Qushayyi', 'Dr. Siti Aminah, M.Si.', 'Ahmad bin Abdullah'])('accepts %j', (name) => {
    expect(looksLikePersonName(name)).toBe(true);
  });
  it.each(['Universitas Hasanuddin', 'Penelitian ini membahas kerja sama', 'SKRIPSI', 'Makassar 2023'])('rejects %j', (text) => {
    expect(looksLikePersonName(text)).toBe(false);
  });
});

describe('parseTitleBlock', () => {
  it('reads a title and the author under it', () => {
    expect(parseTitleBlock(['**JUDUL PENELITIAN TENTANG KEAMANAN SIBER**', 'Tarisya Alifia'])).toEqual({
      supervisors: [],
      title: 'JUDUL PENELITIAN TENTANG KEAMANAN SIBER',
      authors: ['Tarisya Alifia'],
    });
  });

  it('reads a cover page', () => {
    expect(
      parseTitleBlock([
        'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING',
        'SKRIPSI',
        'Oleh:',
        'Siti Rahmawati',
        'NIM: 17/412345/SP/27890',
        'Pembimbing: Dr. Budi Santoso',
        'Program Studi Hubungan Internasional, Universitas Gadjah Mada',
        '2023',
      ]),
    ).toEqual({
      supervisors: [{ name: 'Dr. Budi Santoso', role: 'Pembimbing' }],
      studyType: 'SKRIPSI',
      title: 'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING',
      authors: ['Siti Rahmawati'],
      studentNumber: '17/412345/SP/27890',
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Gadjah Mada',
      year: 2023,
    });
  });

  it('reads no title from paragraphs printed after an abstract', () => {
    expect(parseTitleBlock(['Catatan penutup'], false)).toEqual({ authors: [], supervisors: [] });
  });
});

describe('parseTitleBlock on other cover and article forms', () => {
  it('reads form lines: title, author, number, units and a supervisor', () => {
    expect(
      parseTitleBlock([
        'Judul Skripsi : Efektivitas Konvensi ASEAN di Riau',
        'Nama Mahasiswa : Muhammad Rizky Ananda',
        'NIM : B1A117042',
        'Program Studi : Ilmu Hubungan Internasional',
        'Dosen Pembimbing : Dr. Yuliana Sitorus, M.Si.',
      ]),
    ).toEqual({
      title: 'Efektivitas Konvensi ASEAN di Riau',
      authors: ['Muhammad Rizky Ananda'],
      studentNumber: 'B1A117042',
      department: 'Program Studi Ilmu Hubungan Internasional',
      supervisors: [{ name: 'Dr. Yuliana Sitorus, M.Si.', role: 'Pembimbing' }],
    });
  });

  it('reads supervisors under a bare label, an unlabelled number and "KOTA 2022"', () => {
    expect(
      parseTitleBlock([
        'JUDUL TESIS',
        'Oleh:',
        'LARASATI AYUNINGTYAS',
        '20/462915/PSP/06781',
        'Pembimbing:',
        'Prof. Dr. Bambang Sutejo, M.A.',
        'Dr. Anindita Paramastri, S.IP., M.Int.St.',
        'UNIVERSITAS BUMI MATARAM',
        'YOGYAKARTA 2022',
      ]),
    ).toEqual({
      title: 'JUDUL TESIS',
      authors: ['LARASATI AYUNINGTYAS'],
      studentNumber: '20/462915/PSP/06781',
      supervisors: [
        { name: 'Prof. Dr. Bambang Sutejo, M.A.', role: 'Pembimbing' },
        { name: 'Dr. Anindita Paramastri, S.IP., M.Int.St.', role: 'Pembimbing' },
      ],
      institution: 'UNIVERSITAS BUMI MATARAM',
      year: 2022,
    });
  });

  it('reads an article head: skips the publication lines, reads the authors and the first affiliation only', () => {
    expect(
      parseTitleBlock([
        'Jurnal Contoh Vol. 3 No. 1 (2020)',
        'DOI: 10.1234/jc.v3i1.5',
        'JUDUL ARTIKEL TENTANG KERJA SAMA',
        'Sari Dewi1, Budi Hartono2',
        '1Program Studi Hubungan Internasional, Universitas Satu, Indonesia',
        '2Fakultas Hukum, Universitas Dua, Indonesia',
        '*Email: sari@satu.ac.id',
        'Diterima: 1 Maret 2020; Disetujui: 1 Juni 2020',
      ]),
    ).toEqual({
      title: 'JUDUL ARTIKEL TENTANG KERJA SAMA',
      authors: ['Sari Dewi', 'Budi Hartono'],
      supervisors: [],
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Satu',
    });
  });
});
