import { describe, expect, it } from 'vitest';
import { readLabelledField, splitFormFields } from '../../../../src/lib/ingest/thesis/labelled-fields.ts';

describe('readLabelledField', () => {
  it.each([
    ['Nama Mahasiswa : Muhammad Rizky', 'author', 'Nama Mahasiswa', 'Muhammad Rizky'],
    ['Name: Rahmat Hidayatullah', 'author', 'Name', 'Rahmat Hidayatullah'],
    ['Main Author: HIDAYAT, RAHMAT', 'author', 'Main Author', 'HIDAYAT, RAHMAT'],
    ['Pengarang : Rahmat Hidayat', 'author', 'Pengarang', 'Rahmat Hidayat'],
    ['Judul Skripsi : Efektivitas Konvensi', 'title', 'Judul Skripsi', 'Efektivitas Konvensi'],
    ['NIM\u00a0: 16/398214/SP/27351', 'studentNumber', 'NIM', '16/398214/SP/27351'],
    ['Student Number : 123', 'studentNumber', 'Student Number', '123'],
    ['Dosen Pembimbing II : Dr. A', 'supervisor', 'Dosen Pembimbing II', 'Dr. A'],
    ['Pembimbing:', 'supervisor', 'Pembimbing', ''],
    ['Program Studi : Ilmu Politik', 'department', 'Program Studi', 'Ilmu Politik'],
    ['Fakultas : Hukum', 'faculty', 'Fakultas', 'Hukum'],
    ['Oleh: Bagus Siregar', 'author', 'Oleh', 'Bagus Siregar'],
    ['Disusun oleh :', 'author', 'Disusun oleh', ''],
    ['By: Andreas Tobing', 'author', 'By', 'Andreas Tobing'],
    ['Written by: Andreas Tobing', 'author', 'Written by', 'Andreas Tobing'],
  ])('reads %j', (line, kind, label, value) => {
    expect(readLabelledField(line.replace('\u00a0', ' '))).toEqual({ kind, label, value });
  });

  it.each(['Kata Kunci: a, b', 'Penelitian ini: sebuah kajian', 'Olehnya: tidak', 'Diikuti oleh: dua negara', 'Nama-nama korban dirahasiakan.', 'Abstract: text'])(
    'does not read %j',
    (line) => {
      expect(readLabelledField(line)).toBeUndefined();
    },
  );
});

describe('splitFormFields', () => {
  it('splits a form run into one line at each label and its colon', () => {
    expect(splitFormFields('Student : Rina Kartika ID : 2190412 Supervisor : Dr Budi Santoso')).toEqual([
      'Student : Rina Kartika',
      'ID : 2190412',
      'Supervisor : Dr Budi Santoso',
    ]);
    expect(readLabelledField('Student : Rina Kartika')).toEqual({ kind: 'author', label: 'Student', value: 'Rina Kartika' });
  });

  it('splits a form at "Nomor Mahasiswa", the student number\'s label', () => {
    expect(splitFormFields('Nama Mahasiswa : Rina Kartika Nomor Mahasiswa : L1A014027 Program Studi : Hubungan Internasional')).toEqual([
      'Nama Mahasiswa : Rina Kartika',
      'Nomor Mahasiswa : L1A014027',
      'Program Studi : Hubungan Internasional',
    ]);
  });

  it('leaves a single field whole, and a line that is no form', () => {
    expect(splitFormFields('Judul : Kerja Sama Indonesia: Studi Kasus Jurusan Hukum')).toEqual(['Judul : Kerja Sama Indonesia: Studi Kasus Jurusan Hukum']);
    expect(splitFormFields('The department : a study of its faculty : and staff')).toEqual(['The department : a study of its faculty : and staff']);
  });
});
