import { describe, expect, it } from 'vitest';
import { parseCitationHeader } from '../../../../src/lib/ingest/thesis/citation-header.ts';

describe('parseCitationHeader', () => {
  it('reads name, number, title, supervisors and units', () => {
    expect(
      parseCitationHeader(
        'Rina Wati (B012191001), “Diplomasi Siber Indonesia”, di bawah bimbingan Dr. Andi selaku pembimbing utama dan Budi, M.A. selaku pembimbing pendamping pada Program Studi Ilmu Politik, Fakultas Hukum, Universitas Brawijaya.',
      ),
    ).toEqual({
      author: 'Rina Wati',
      studentNumber: 'B012191001',
      title: 'Diplomasi Siber Indonesia',
      supervisors: [
        { name: 'Dr. Andi', role: 'pembimbing utama' },
        { name: 'Budi, M.A.', role: 'pembimbing pendamping' },
      ],
      department: 'Program Studi Ilmu Politik',
      faculty: 'Fakultas Hukum',
      institution: 'Universitas Brawijaya',
    });
  });

  it('reads a year in brackets and works without a student number', () => {
    expect(parseCitationHeader('Rina Wati (2022), "Judul", dibimbing oleh Dr. Andi.')).toMatchObject({ author: 'Rina Wati', year: 2022, title: 'Judul' });
  });

  it('rejects an ordinary paragraph', () => {
    expect(parseCitationHeader('Penelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan.')).toBeUndefined();
  });
});

describe('parseCitationHeader in the reference-list form', () => {
  it('reads name, year, title, type, units and numbered supervisors', () => {
    expect(
      parseCitationHeader(
        'Putri Maharani. 2023. Peran IOM dalam Pemulangan Korban, 2019–2022. Skripsi. Program Studi Hubungan Internasional, Fakultas Ilmu Sosial, Universitas Nusa Indah. Pembimbing: (1) Dr. Hendra Gunawan, M.Si. (2) Ratna Sari, S.IP., M.A.',
      ),
    ).toEqual({
      author: 'Putri Maharani',
      title: 'Peran IOM dalam Pemulangan Korban, 2019–2022',
      studyType: 'Skripsi',
      year: 2023,
      supervisors: [
        { name: 'Dr. Hendra Gunawan, M.Si.', role: 'Pembimbing' },
        { name: 'Ratna Sari, S.IP., M.A.', role: 'Pembimbing' },
      ],
      department: 'Program Studi Hubungan Internasional',
      faculty: 'Fakultas Ilmu Sosial',
      institution: 'Universitas Nusa Indah',
    });
  });

  it('reads a student number after the name and an English type', () => {
    expect(parseCitationHeader('Muh. Rahman. E061181339. 2022. Cyber Diplomacy. Undergraduate Thesis. Hasanuddin University.')).toMatchObject({
      author: 'Muh. Rahman',
      studentNumber: 'E061181339',
      title: 'Cyber Diplomacy',
      studyType: 'Undergraduate Thesis',
      institution: 'Hasanuddin University',
    });
  });

  it('needs the type: a sentence with a year is not a header', () => {
    expect(parseCitationHeader('Sejak 2020. Ratusan warga ditahan di Kamboja. Kondisi ini memburuk.')).toBeUndefined();
  });
});

describe('parseCitationHeader in the reference-list form without a study type', () => {
  it('ends the title where a sentence opens with a unit name', () => {
    expect(
      parseCitationHeader(
        'Muhammad Faiz Al-Ghifari, 2024. Diplomasi Indonesia dalam Pemulangan Pekerja Migran. Program Studi Hubungan Internasional, Fakultas Ushuluddin dan Filsafat, UIN Sunan Giri Surabaya.',
      ),
    ).toEqual({
      author: 'Muhammad Faiz Al-Ghifari',
      title: 'Diplomasi Indonesia dalam Pemulangan Pekerja Migran',
      supervisors: [],
      department: 'Program Studi Hubungan Internasional',
      faculty: 'Fakultas Ushuluddin dan Filsafat',
      institution: 'UIN Sunan Giri Surabaya',
      year: 2024,
    });
  });

  it('keeps a title sentence that only mentions a university inside it', () => {
    expect(
      parseCitationHeader('Rina Wati. 2023. Kerja Sama. Studi Kasus Universitas Hasanuddin. Fakultas Hukum, Universitas Brawijaya.')?.title,
    ).toBe('Kerja Sama. Studi Kasus Universitas Hasanuddin');
  });

  it('reads no header from an abstract sentence with a year but no unit after it', () => {
    expect(parseCitationHeader('Indonesia, 2020. Penelitian ini membahas kerja sama. Hasilnya menunjukkan peningkatan.')).toBeUndefined();
  });
});
