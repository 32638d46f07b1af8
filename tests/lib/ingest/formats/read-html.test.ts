import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../../src/lib/ingest/formats/read-html.ts';
import { writeEprintsPage, writeNewsPage } from '../../../fixtures/formats/write-item-pages.ts';

const paragraphs = [
  'JAKARTA, suaramerdeka.com - Markas pusat Interpol di Lyon, Prancis menerbitkan red notice untuk mencari keberadaan Harun Masiku.',
  'Sehingga negara-negara anggota Interpol dipastikan dapat langsung menangkap buron kasus dugaan korupsi penetapan pergantian antar waktu (PAW) anggota DPR RI 2019-2024, Harun Masiku jika terdeteksi melintas.',
  'Sekretaris NCB Interpol Indonesia, Brigjen Amur Chandra Juli Buana menjelaskan Red notice merupakan mekanisme notifikasi permintaan dari satu negara anggota interpol ke anggota lainnya untuk ikut mencari dan menangkap buronan kasus pidana.',
];

describe('readHtml', () => {
  const page = writeNewsPage({
    headline: 'Red Notice Interpol, Polri: Negara Lain Bisa Langsung Tangkap Harun Masiku',
    outlet: 'suaramerdeka.com',
    published: '2021-08-13T12:53:00+07:00',
    language: 'id',
    url: 'https://www.suaramerdeka.com/nasional/pr-04885224/red-notice',
    paragraphs,
    hostile: true,
  });

  it('gives the headline, then the article paragraphs, without menus, sidebars or footers', () => {
    const { text } = readHtml(page);
    expect(text.startsWith('Red Notice Interpol, Polri: Negara Lain Bisa Langsung Tangkap Harun Masiku\n\nJAKARTA, suaramerdeka.com - Markas')).toBe(true);
    for (const paragraph of paragraphs) expect(text).toContain(paragraph);
    for (const chrome of ['Olahraga', 'Terpopuler', 'Artikel populer', 'powered by']) expect(text).not.toContain(chrome);
  });

  it('carries nothing of the page markup or scripts into the text', () => {
    const { text } = readHtml(page);
    for (const markup of ['<', 'onerror', 'alert(', 'document.cookie', 'hacked', 'display: none', 'dataLayer']) {
      expect(text).not.toContain(markup);
    }
  });

  it('reads the page metadata before the text', () => {
    const { metadata } = readHtml(page);
    expect(metadata.kind?.value).toBe('news');
    expect(metadata.url?.value).toBe('https://www.suaramerdeka.com/nasional/pr-04885224/red-notice');
  });

  it('keeps the abstract heading of a repository page as a line of its own', () => {
    const { text } = readHtml(
      writeEprintsPage({ title: 'Judul Skripsi', authors: ['Budi Santoso'], language: 'id', url: 'https://repo.example.ac.id/id/eprint/1/', paragraphs: ['ABSTRAK', 'Penelitian ini bertujuan untuk mengetahui dampak kerja sama.'] }),
    );
    expect(text).toMatch(/^Judul Skripsi$/m);
    expect(text).toMatch(/^ABSTRAK$/m);
  });
});
