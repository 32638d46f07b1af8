import { describe, expect, it } from 'vitest';
import {
  findSupervisorLabel,
  parseSupervisors,
  readRoleOnly,
  readRunTogetherRoles,
  roleWithoutPrefix,
  supervisorNameOnly,
} from '../../../../src/lib/ingest/thesis/supervisors.ts';

describe('parseSupervisors', () => {
  it('reads an Indonesian sentence with roles', () => {
    expect(
      parseSupervisors('di bawah bimbingan Dr. A, M.Si. selaku dosen pembimbing I, dan B, S.IP., M.A. selaku dosen pembimbing II pada departemen ilmu politik'),
    ).toEqual([
      { name: 'Dr. A, M.Si.', role: 'pembimbing I' },
      { name: 'B, S.IP., M.A.', role: 'pembimbing II' },
    ]);
  });

  it('reads an English sentence with roles', () => {
    expect(parseSupervisors('under the guidance of Jane Doe, Ph.D. as supervisor I, and John Roe as supervisor II at the department of law')).toEqual([
      { name: 'Jane Doe, Ph.D.', role: 'supervisor I' },
      { name: 'John Roe', role: 'supervisor II' },
    ]);
  });

  it('reads a sentence without roles', () => {
    expect(parseSupervisors('dibimbing oleh Dr. Rudi dan Dr. Sari.')).toEqual([{ name: 'Dr. Rudi' }, { name: 'Dr. Sari' }]);
  });

  it('reads labelled lines, dropping the "Dosen" prefix from the role', () => {
    expect(parseSupervisors('Dosen Pembimbing I: Dr. Budi Santoso, M.A.\nDosen Pembimbing II : Rina Kartika, S.IP., M.Si.')).toEqual([
      { name: 'Dr. Budi Santoso, M.A.', role: 'Pembimbing I' },
      { name: 'Rina Kartika, S.IP., M.Si.', role: 'Pembimbing II' },
    ]);
    expect(parseSupervisors('Dosen Pembimbing Utama : Dr. Budi Santoso, M.A.\nDosen Pembimbing Anggota : Rina Kartika, S.IP., M.Si.')).toEqual([
      { name: 'Dr. Budi Santoso, M.A.', role: 'Pembimbing Utama' },
      { name: 'Rina Kartika, S.IP., M.Si.', role: 'Pembimbing Anggota' },
    ]);
    expect(parseSupervisors('Pembimbing: Dr. Ahmad Yani dan Prof. Rina Sari')).toEqual([
      { name: 'Dr. Ahmad Yani', role: 'Pembimbing' },
      { name: 'Prof. Rina Sari', role: 'Pembimbing' },
    ]);
  });

  it("ends a supervisor's name where another role's label runs on after it", () => {
    expect(parseSupervisors('Thesis Advisor: Maria T. Lopez Second Reader: John K. Smith')).toEqual([{ name: 'Maria T. Lopez', role: 'Thesis Advisor' }]);
    expect(parseSupervisors('Pembimbing: Dr. Sari Dewi, M.Si. Penguji: Budi Santoso')).toEqual([{ name: 'Dr. Sari Dewi, M.Si.', role: 'Pembimbing' }]);
  });

  it('finds no supervisors in ordinary text', () => {
    expect(parseSupervisors('Penelitian ini menggunakan metode kualitatif.')).toEqual([]);
  });
});

describe('parseSupervisors on numbered lists', () => {
  it('splits "(1) X (2) Y" after a plural label', () => {
    expect(parseSupervisors('Supervisors: (1) Dr. Irawati Sembiring, M.Si. (2) Fajar Nugraha, S.IP., M.A.')).toEqual([
      { name: 'Dr. Irawati Sembiring, M.Si.', role: 'Supervisors' },
      { name: 'Fajar Nugraha, S.IP., M.A.', role: 'Supervisors' },
    ]);
  });
});

describe('findSupervisorLabel', () => {
  it('finds where the supervisors start, or -1', () => {
    expect(findSupervisorLabel('Universitas X. Pembimbing: Dr. A')).toBe(15);
    expect(findSupervisorLabel('Universitas X.')).toBe(-1);
  });
});

describe('readRoleOnly', () => {
  it.each([
    ['Pembimbing I', 'Pembimbing I'],
    ['Pembimbing II,', 'Pembimbing II'],
    ['Dosen Pembimbing Utama', 'Pembimbing Utama'],
    ['Supervisor:', 'Supervisor'],
  ])('reads %j as the role %j', (text, role) => {
    expect(readRoleOnly(text)).toBe(role);
  });

  it.each(['Dekan Fakultas Hukum', 'Pembimbing I: Dr. A', 'Ketua Penguji', 'Pembimbingan'])('reads no role from %j', (text) => {
    expect(readRoleOnly(text)).toBeUndefined();
  });
});

describe('parseSupervisors: advisers, committee chairs and approval labels', () => {
  it.each([
    ['Thesis Advisor: Maria T. Lopez', 'Thesis Advisor'],
    ['Committee Chair: Maria T. Lopez', 'Committee Chair'],
    ['Dosen Pembimbing Skripsi: Maria T. Lopez', 'Pembimbing Skripsi'],
    ['Ketua Komisi Pembimbing: Maria T. Lopez', 'Pembimbing'],
  ])('reads the name after %j', (line, role) => {
    expect(parseSupervisors(line)).toEqual([{ name: 'Maria T. Lopez', role }]);
  });

  it('takes no reader or examiner for a supervisor', () => {
    expect(parseSupervisors('Second Reader: John K. Smith')).toEqual([]);
  });
});

describe('roleWithoutPrefix', () => {
  it('drops the approval and "Dosen" before a role', () => {
    expect(roleWithoutPrefix('Telah Disetujui oleh Dosen Pembimbing I')).toBe('Pembimbing I');
    expect(roleWithoutPrefix('Disetujui Pembimbing')).toBe('Pembimbing');
  });
});

describe('readRunTogetherRoles', () => {
  it('reads two roles whose columns were run together', () => {
    expect(readRunTogetherRoles('Pembimbing Utama Pembimbing Pendamping')).toEqual(['Pembimbing Utama', 'Pembimbing Pendamping']);
  });

  it('reads none from a single role or a role beside another word', () => {
    expect(readRunTogetherRoles('Pembimbing Utama')).toBeUndefined();
    expect(readRunTogetherRoles('Pembimbing Utama Dekan')).toBeUndefined();
  });
});

describe('supervisorNameOnly', () => {
  it('drops the brackets a name is signed in, the dotted signing space and a staff number run on after it', () => {
    expect(supervisorNameOnly('( Dr. Budi Santoso, S.H., M.H. )')).toBe('Dr. Budi Santoso, S.H., M.H.');
    expect(supervisorNameOnly('Dr. Budi Santoso, S.H., M.H. (..........................)')).toBe('Dr. Budi Santoso, S.H., M.H.');
    expect(supervisorNameOnly('Siti Rahma, S.H., M.H. NIP. 198001012005012002')).toBe('Siti Rahma, S.H., M.H.');
    expect(supervisorNameOnly('Siti Rahma, S.H., M.H. ……')).toBe('Siti Rahma, S.H., M.H.');
  });

  it('drops the post an English cover prints after the name and a comma', () => {
    expect(supervisorNameOnly('Richard Samuels, Professor of Political Science')).toBe('Richard Samuels');
    expect(supervisorNameOnly('Ann Lee, Senior Lecturer')).toBe('Ann Lee');
    expect(parseSupervisors('Thesis Supervisor: Richard Samuels, Associate Professor of Political Science')).toEqual([{ name: 'Richard Samuels', role: 'Thesis Supervisor' }]);
  });

  it('keeps a name with a bracket of its own, and the closing stop of its degrees', () => {
    expect(supervisorNameOnly('Asep Kamaluddin N. (Ketua)')).toBe('Asep Kamaluddin N. (Ketua)');
    expect(supervisorNameOnly('Rina Kartika, S.IP., M.Si.')).toBe('Rina Kartika, S.IP., M.Si.');
  });

  it('leaves labelled names without their staff numbers and signing space', () => {
    expect(parseSupervisors('Pembimbing I : Dr. Budi Santoso, S.H., M.H. NIP. 196501011990031001')).toEqual([
      { name: 'Dr. Budi Santoso, S.H., M.H.', role: 'Pembimbing I' },
    ]);
    expect(parseSupervisors('Dosen Pembimbing II : Siti Rahma, S.H., M.H. (..............)')).toEqual([{ name: 'Siti Rahma, S.H., M.H.', role: 'Pembimbing II' }]);
  });
});
