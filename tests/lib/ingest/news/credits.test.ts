import { describe, expect, it } from 'vitest';
import {
  collectCredits,
  copyrightHolder,
  readBylineLine,
  readCopyrightLine,
  readCreditLine,
  readCreditOutlet,
  readFiledFor,
  readFiledFrom,
  readStaffOutlet,
} from '../../../../src/lib/ingest/news/credits.ts';

describe('readCreditLine', () => {
  it.each([
    ['Penerjemah: Cindy Frishanti Octavia', { translator: 'Cindy Frishanti Octavia' }],
    ['Editor: Anton Santoso', { editor: 'Anton Santoso' }],
    ['Pewarta: Yashinta Difa', { author: 'Yashinta Difa' }],
    ['Reporter : Ahmad Fauzi', { author: 'Ahmad Fauzi' }],
    ['Penulis: Budi Santoso | Editor: Rina Wulandari', { author: 'Budi Santoso', editor: 'Rina Wulandari' }],
    ['Redaktur: Sri Lestari', { editor: 'Sri Lestari' }],
    ['Rep: Mutia Ramadhani/ Red: Andi Nur Aminah', { author: 'Mutia Ramadhani', editor: 'Andi Nur Aminah' }],
    ['Translator: Resinta Sulistiyandari', { translator: 'Resinta Sulistiyandari' }],
    ['By Stanley Widianto', { author: 'Stanley Widianto' }],
    ['(Reporting by Stanley Widianto; Editing by Kate Mayberry)', { author: 'Stanley Widianto', editor: 'Kate Mayberry' }],
    [
      '(Reporting by Maya Lestari in Jakarta and Hadi Rahman in Kuala Lumpur; Editing by Peter Grant)',
      { author: 'Maya Lestari and Hadi Rahman', editor: 'Peter Grant' },
    ],
  ])('reads %j', (line, credits) => {
    expect(readCreditLine(line)).toEqual(credits);
  });

  it.each([
    ['Oleh karena itu, pemerintah mendorong kerja sama.'],
    ['By 2030, the region aims to end trafficking.'],
    ['Editor: ini adalah kalimat biasa'],
    ['Konferensi yang diselenggarakan pemerintah Thailand.'],
    ['Red: merah, Blue: biru'],
  ])('does not read %j as credits', (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });

  it('collects the first value of each field over several lines', () => {
    expect(collectCredits(['Penerjemah: A Satu', 'Editor: B Dua', 'Editor: C Tiga', 'teks biasa'])).toEqual({
      translator: 'A Satu',
      editor: 'B Dua',
    });
  });

  it('reads a role printed alone over the name on the next line, not over a lower-case line', () => {
    expect(collectCredits(['Translator', 'Antara', 'Editor', 'Petir Garda Bhwana', 'Rabu, 4 November 2020 05:44 WIB'])).toEqual({
      editor: 'Petir Garda Bhwana',
    });
    expect(collectCredits(['Editor', 'pilihan minggu ini'])).toEqual({});
  });

  it('gives the name under two joined roles to both, and reads no sentence or unknown role there', () => {
    expect(readCreditLine('Redaktur & Reporter : Arry Saputra')).toEqual({ editor: 'Arry Saputra', author: 'Arry Saputra' });
    expect(readCreditLine('Penulis dan Editor: Budi Santoso')).toEqual({ author: 'Budi Santoso', editor: 'Budi Santoso' });
    expect(readCreditLine('Editor & Reporter: ini kalimat biasa')).toBeUndefined();
    expect(readCreditLine('Red & Blue: Budi Santoso')).toBeUndefined();
  });

  it('reads a line of roles before their names without colons, two of them at least', () => {
    expect(collectCredits(['Penulis Irfan Kamil | Editor Sabrina Asril'])).toEqual({ author: 'Irfan Kamil', editor: 'Sabrina Asril' });
    expect(collectCredits(['Editor Sabrina Asril'])).toEqual({});
    expect(collectCredits(["Editor Pilihan Minggu | Berita Terkini Hari Ini"])).toEqual({});
  });
});

describe('readCopyrightLine and copyrightHolder', () => {
  it.each([
    ['Hak Cipta © ANTARA 2025', '© ANTARA 2025', 'ANTARA'],
    ['Copyright © 2025 Reuters. All rights reserved.', '© 2025 Reuters', 'Reuters'],
    ['© 2025 Kompas.com', '© 2025 Kompas.com', 'Kompas.com'],
    ['Copyright (c) 2020-2025 Tempo Media', '© 2020-2025 Tempo Media', 'Tempo Media'],
    [
      'Copyright 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group). All Rights Reserved.',
      '© 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group)',
      'PT. Kompas Cyber Media (Kompas Gramedia Digital Group)',
    ],
    ['(c) 2024 Warta Pesisir. Seluruh hak cipta dilindungi.', '© 2024 Warta Pesisir', 'Warta Pesisir'],
    ['Copyright © 2016-2024. PT. Bina Media Tenggara', '© 2016-2024. PT. Bina Media Tenggara', 'PT. Bina Media Tenggara'],
  ])('reads %j', (line, notice, holder) => {
    expect(readCopyrightLine(line)).toBe(notice);
    expect(copyrightHolder(notice)).toBe(holder);
  });

  it('ignores a sentence about copyright', () => {
    expect(readCopyrightLine('Hak cipta atas karya jurnalistik dilindungi oleh undang-undang yang berlaku di Indonesia.')).toBeUndefined();
  });
});

describe('readBylineLine', () => {
  it.each([
    ['Rizky Pratama - detikNews', { author: 'Rizky Pratama', outlet: 'detikNews' }],
    ['Andika Prasetyo (The Jakarta Post)', { author: 'Andika Prasetyo', outlet: 'The Jakarta Post' }],
    ['Siti Nur Aisyah | Harian Sentana', { author: 'Siti Nur Aisyah', outlet: 'Harian Sentana' }],
  ])('reads %j', (line, byline) => {
    expect(readBylineLine(line)).toEqual(byline);
  });

  it.each([
    ['Kompas.com - 05/03/2024, 14:30 WIB'],
    ['Jakarta (ANTARA)'],
    ['Polisi menangkap tiga tersangka - kata polisi'],
    ['Senin, 04 Mar 2024 10:15 WIB'],
    // A role before the name makes a credit line: the role is no part of the name, the editor no outlet.
    ['Penulis Irfan Kamil | Editor Sabrina Asril'],
    // A photo's credit in brackets: the caption under a portrait of the person quoted.
    ['Suhardi Alius (ist)'],
    ['Retno Marsudi (Dok. Kemlu)'],
  ])('does not read %j as a byline', (line) => {
    expect(readBylineLine(line)).toBeUndefined();
  });
});

describe('readBylineLine with the date stamp after it', () => {
  it.each([
    ['Andi Saputra, Jurnalis · Senin 12 Juni 2023 10:15 WIB', { author: 'Andi Saputra' }],
    ['Andi Saputra | Kompas.com - 12/03/2023, 10:15 WIB', { author: 'Andi Saputra', outlet: 'Kompas.com' }],
    ['Andi Saputra , Jurnalis-Senin, 12 Juni 2023 |10:15 WIB', { author: 'Andi Saputra' }],
  ])('reads %j', (line, byline) => {
    expect(readBylineLine(line)).toEqual(byline);
  });

  it('reads none where the part after the separator is no date stamp, or what stands before it no byline', () => {
    expect(readBylineLine('Andi Saputra, Jurnalis · 12 orang ditangkap')).toBeUndefined();
    expect(readBylineLine('Andi Saputra, Jurnalis-12 orang ditangkap')).toBeUndefined();
    expect(readBylineLine('Polisi tangkap 12 orang - 12/03/2023, 10:15 WIB')).toBeUndefined();
  });
});

describe('readCreditLine on bylines with a time stamp, run-on labels and wire reports', () => {
  it.each([
    ['Oleh Rahmat Fauzi pada 12 Mei 2024, 09:15 WIB', { author: 'Rahmat Fauzi' }],
    ['By Jane Doe on May 12, 2024', { author: 'Jane Doe' }],
    ['Oleh: Sri Wahyuni, Senin, 13 Mei 2024 08:00 WIB', { author: 'Sri Wahyuni' }],
    ['Penulis: Gita Anggraini Editor: Hasanudin Aco', { author: 'Gita Anggraini', editor: 'Hasanudin Aco' }],
    ['Reporter: Dewi Lestari Redaktur: Agus Salim', { author: 'Dewi Lestari', editor: 'Agus Salim' }],
    ['Laporan Wartawan Tribunnews.com, Gita Anggraini', { author: 'Gita Anggraini' }],
    ['Laporan Reporter Tribun Jateng, Budi Hartono', { author: 'Budi Hartono' }],
    ['Kontributor Pekanbaru, Andi Saputra', { author: 'Andi Saputra' }],
    ['Koresponden Kompas TV Medan, Budi Hartono', { author: 'Budi Hartono' }],
    ['Penulis : Kontributor Pekanbaru, Andi Saputra', { author: 'Andi Saputra' }],
    ['oleh Hanz Jimenez Salim diperbarui 08 Nov 2016, 18:45 WIB', { author: 'Hanz Jimenez Salim' }],
    ['By Jane Doe, updated on May 12, 2024', { author: 'Jane Doe' }],
  ])('reads %j', (line, credits) => {
    expect(readCreditLine(line)).toEqual(credits);
  });

  it.each([['Wartawan BBC News Indonesia'], ['Reporter Nadia Permatasari'], ['Wartawan Tewas Ditembak di Papua, Polisi Buru Pelaku'], ['Laporan wartawan, menurut polisi, tidak benar dan harus dikoreksi oleh redaksi.']])(
    'does not take %j, whose label has no colon, for a credit',
    (line) => {
      expect(readCreditLine(line)).toBeUndefined();
    },
  );
});

describe('readStaffOutlet', () => {
  it('reads the desk named under a byline', () => {
    expect(readStaffOutlet(['Oleh Nadia Permatasari', 'Wartawan BBC News Indonesia', '14 Mei 2024'])).toBe('BBC News Indonesia');
    expect(readStaffOutlet(['By Jane Doe', 'Correspondent The Straits Times'])).toBe('The Straits Times');
  });

  it('reads nothing when the staff line does not stand under a credited author', () => {
    expect(readStaffOutlet(['Wartawan BBC News Indonesia', 'Oleh Nadia Permatasari'])).toBeUndefined();
    expect(readStaffOutlet(['Kemlu Pulangkan 27 WNI', 'Wartawan BBC News Indonesia'])).toBeUndefined();
  });
});

describe('credits with the outlet and place of the writer', () => {
  const line = 'By Aditya Surya for Khabar Southeast Asia in Jakarta';

  it('keeps only the name as the author', () => {
    expect(readCreditLine(line)).toEqual({ author: 'Aditya Surya' });
  });

  it('reads the outlet the writer files for, and where from', () => {
    expect(readFiledFor(line)).toBe('Khabar Southeast Asia');
    expect(readFiledFrom(line)).toBe('Jakarta');
  });

  it('reads neither from a sentence that is not a credit', () => {
    const sentence = 'The ministry asked for help in Jakarta and for Indonesia.';
    expect(readFiledFor(sentence)).toBeUndefined();
    expect(readFiledFrom(sentence)).toBeUndefined();
  });
});

describe('a credit sharing its line with the time stamp', () => {
  it('reads "LAPORAN:" after the date and time', () => {
    // RMOL item of the dev corpus.
    expect(readCreditLine('SELASA, 10 AGUSTUS 2021 | 14:28 WIB | LAPORAN: IDHAM ANHARI')).toEqual({ author: 'IDHAM ANHARI' });
  });

  it('is no credit line when the other part is neither a credit nor a stamp', () => {
    expect(readCreditLine('SELASA, 10 AGUSTUS 2021 | Nasional | LAPORAN: IDHAM ANHARI')).toBeUndefined();
  });
});

describe('bylines with a role, a desk or a time stamp after the name', () => {
  it.each([
    ['Rina Kartika Sari | Jurnalis', { author: 'Rina Kartika Sari' }],
    ['Rina Kartika Sari - Reporter', { author: 'Rina Kartika Sari' }],
    ['Rina Kartika Sari - Senin, 12 Juni 2023 10:15 WIB', { author: 'Rina Kartika Sari' }],
    ['Willy Haryono • 24 December 2024 19:25', { author: 'Willy Haryono' }],
  ])('reads "%s" as the name alone, with no outlet', (line, byline) => {
    expect(readBylineLine(line)).toEqual(byline);
  });

  it.each(['Rina Kartika Sari, Jakarta Selatan', 'Rina Kartika Sari - Pasal 12 Ayat 3', 'Berita Terkini • 3 Kasus Baru'])('reads no byline from "%s"', (line) => {
    expect(readBylineLine(line)).toBeUndefined();
  });

  it('cuts the desk after a credited name and a comma, and keeps a second name', () => {
    expect(readCreditLine('By Rina Kartika Sari, Reuters')).toEqual({ author: 'Rina Kartika Sari' });
    expect(readCreditLine('By Rina Kartika Sari, Staff Writer')).toEqual({ author: 'Rina Kartika Sari' });
    expect(readCreditLine('Reporter: Rina Kartika Sari, Budi Santoso')).toEqual({ author: 'Rina Kartika Sari, Budi Santoso' });
  });
});

describe('credits beside a stamp and desks inside a role', () => {
  it('reads a credit whose time stamp, introduced by "on", shares the line after a bar', () => {
    expect(readCreditLine('By : Harian Kota | on 4:30 AM April 30, 2013')).toEqual({ author: 'Harian Kota' });
    expect(readCreditLine('Oleh: Rina Sari | pada 12 Mei 2024')).toEqual({ author: 'Rina Sari' });
  });

  it('still refuses a line whose other part is neither credit nor stamp', () => {
    expect(readCreditLine('By : Harian Kota | on the ground in Bali')).toBeUndefined();
  });

  it("reads an outlet's short name opening the role after a byline's comma", () => {
    expect(readBylineLine('Dewi Lestari, ABC Senior Political Writer')).toEqual({ author: 'Dewi Lestari', outlet: 'ABC' });
    expect(readBylineLine('Paul Hartono, AAP Senior Political Writer')).toEqual({ author: 'Paul Hartono', outlet: 'AAP' });
    expect(readBylineLine('Dewi Lestari, Senior Political Writer')).toEqual({ author: 'Dewi Lestari' });
  });
});

describe('readCreditOutlet', () => {
  it('reads the outlet after the credited name and a dash, leaving the name alone', () => {
    expect(readCreditOutlet('By ANA PUTRI – Associated Press')).toBe('Associated Press');
    expect(readCreditLine('By ANA PUTRI – Associated Press')).toEqual({ author: 'ANA PUTRI' });
  });

  it('reads no outlet from a known place or a stamp after the dash, or from a line that is no credit', () => {
    expect(readCreditOutlet('By Ana Putri - Jakarta')).toBeUndefined();
    expect(readCreditOutlet('Penulis: Ana Putri - Senin, 12 Mei 2024')).toBeUndefined();
    expect(readCreditOutlet('Polisi menangkap - Kompas')).toBeUndefined();
  });
});
