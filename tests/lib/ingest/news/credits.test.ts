import { describe, expect, it } from 'vitest';
import { collectCredits, copyrightHolder, readCopyrightLine, readCreditLine } from '../../../../src/lib/ingest/news/credits.ts';

describe('readCreditLine', () => {
  it.each([
    ['Penerjemah: Cindy Frishanti Octavia', { translator: 'Cindy Frishanti Octavia' }],
    ['Editor: Anton Santoso', { editor: 'Anton Santoso' }],
    ['Pewarta: Yashinta Difa', { author: 'Yashinta Difa' }],
    ['Reporter : Ahmad Fauzi', { author: 'Ahmad Fauzi' }],
    ['Penulis: Budi Santoso | Editor: Rina Wulandari', { author: 'Budi Santoso', editor: 'Rina Wulandari' }],
    ['Redaktur: Sri Lestari', { editor: 'Sri Lestari' }],
    ['Translator: Resinta Sulistiyandari', { translator: 'Resinta Sulistiyandari' }],
    ['By Stanley Widianto', { author: 'Stanley Widianto' }],
    ['(Reporting by Stanley Widianto; Editing by Kate Mayberry)', { author: 'Stanley Widianto', editor: 'Kate Mayberry' }],
  ])('reads %j', (line, credits) => {
    expect(readCreditLine(line)).toEqual(credits);
  });

  it.each([
    ['Oleh karena itu, pemerintah mendorong kerja sama.'],
    ['By 2030, the region aims to end trafficking.'],
    ['Editor: ini adalah kalimat biasa'],
    ['Konferensi yang diselenggarakan pemerintah Thailand.'],
  ])('does not read %j as credits', (line) => {
    expect(readCreditLine(line)).toBeUndefined();
  });

  it('collects the first value of each field over several lines', () => {
    expect(collectCredits(['Penerjemah: A Satu', 'Editor: B Dua', 'Editor: C Tiga', 'teks biasa'])).toEqual({
      translator: 'A Satu',
      editor: 'B Dua',
    });
  });
});

describe('readCopyrightLine and copyrightHolder', () => {
  it.each([
    ['Hak Cipta © ANTARA 2025', '© ANTARA 2025', 'ANTARA'],
    ['Copyright © 2025 Reuters. All rights reserved.', '© 2025 Reuters', 'Reuters'],
    ['© 2025 Kompas.com', '© 2025 Kompas.com', 'Kompas.com'],
    ['Copyright (c) 2020-2025 Tempo Media', '© 2020-2025 Tempo Media', 'Tempo Media'],
  ])('reads %j', (line, notice, holder) => {
    expect(readCopyrightLine(line)).toBe(notice);
    expect(copyrightHolder(notice)).toBe(holder);
  });

  it('ignores a sentence about copyright', () => {
    expect(readCopyrightLine('Hak cipta atas karya jurnalistik dilindungi oleh undang-undang yang berlaku di Indonesia.')).toBeUndefined();
  });
});
