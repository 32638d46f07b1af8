import { describe, expect, it } from 'vitest';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { markedSupervisors } from '../../../../src/lib/ingest/thesis/marked-supervisors.ts';

const read = (text: string) => markedSupervisors(readFrontLines(text));

describe('markedSupervisors', () => {
  it('reads the names whose asterisk notes name a supervising role, with the role', () => {
    const front = [
      'Kerja Sama Kepolisian di Perbatasan Kalimantan',
      'Andi Pratama*, Budi Santoso**, Citra Lestari***',
      '*Mahasiswa Fakultas Hukum Universitas Tanjungpura',
      '**Dosen Pembimbing I, Fakultas Hukum Universitas Tanjungpura',
      '*** Pembimbing II',
    ].join('\n');
    expect(read(front)).toEqual([
      { name: 'Budi Santoso', role: 'Pembimbing I' },
      { name: 'Citra Lestari', role: 'Pembimbing II' },
    ]);
  });

  it('reads names printed one a line with digit marks', () => {
    const front = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\nAndi Pratama1\nBudi Santoso2\n1Mahasiswa Program Studi Ilmu Hukum\n2Supervisor, Faculty of Law';
    expect(read(front)).toEqual([{ name: 'Budi Santoso', role: 'Supervisor' }]);
  });

  it('takes nobody where the notes name no supervising role', () => {
    const front = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\nAndi Pratama*, Budi Santoso**\n*Mahasiswa Fakultas Hukum\n**Dosen Fakultas Hukum Universitas Tanjungpura';
    expect(read(front)).toEqual([]);
  });

  it('takes no mark from a role word inside another word', () => {
    expect(read('Judul Penelitian\nAndi Pratama*, Budi Santoso**\n*Mahasiswa\n**Dosen Pembimbingan Akademik')).toEqual([]);
  });
});
