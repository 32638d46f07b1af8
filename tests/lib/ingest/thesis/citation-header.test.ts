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
