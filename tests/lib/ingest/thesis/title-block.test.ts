import { describe, expect, it } from 'vitest';
import { cleanTitle, looksLikePersonName, parseTitleBlock } from '../../../../src/lib/ingest/thesis/title-block.ts';

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
      author: 'Tarisya Alifia',
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
      author: 'Siti Rahmawati',
      studentNumber: '17/412345/SP/27890',
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Gadjah Mada',
      year: 2023,
    });
  });

  it('reads no title from paragraphs printed after an abstract', () => {
    expect(parseTitleBlock(['Catatan penutup'], false)).toEqual({ supervisors: [] });
  });
});
