/**
 * Raw documents built around given text, in the shapes the ingest recognises (a news page, a
 * thesis abstract page, a thesis with a chapter), for tests that check what becomes of text put
 * in each place. Each place is a full sentence of prose, so the parsers keep it as a paragraph.
 */

/** A paragraph of news prose with `text` inside it. */
export const newsSentence = (text: string): string => `Polisi menyebut pelaku menulis ${text} dalam pesan kepada para korban penipuan itu.`;

/** A news page: site line, date, headline, byline, dateline paragraph, then the given paragraphs. */
export function newsPage(headline: string, paragraphs: readonly string[]): string {
  return [
    'wartanusantara.co.id',
    'Minggu, 12/05/2024 09:15 WIB',
    headline,
    'Penulis : Hendro Wibowo',
    'PONTIANAK, Warta Nusantara - Kepolisian Daerah Kalimantan Barat menangkap tiga tersangka penipuan daring pada pekan lalu.',
    ...paragraphs,
    'Kasus ini masih terus dikembangkan oleh penyidik Direktorat Reserse Kriminal Khusus.',
  ].join('\n');
}

/** A thesis abstract page with the given title line, abstract paragraph and keywords. */
export function thesisAbstractPage(title: string, abstract: string, keywords: readonly string[]): string {
  return [
    title,
    '',
    'Oleh :',
    'Putri Maharani',
    'NPM : 1806123456',
    '',
    'ABSTRAK',
    '',
    `Penelitian ini bertujuan untuk menganalisis kerja sama Indonesia dan Australia. ${abstract} Metode penelitian yang digunakan adalah kualitatif deskriptif.`,
    '',
    `Kata Kunci : ${keywords.join(', ')}`,
    '',
    'UNIVERSITAS NUSA INDAH',
    '2023',
  ].join('\n');
}

/** A thesis with its abstract and a first chapter holding the given paragraphs. */
export function thesisWithChapter(paragraphs: readonly string[]): string {
  return [
    thesisAbstractPage('KERJA SAMA INDONESIA DAN AUSTRALIA DALAM MEMBERANTAS KEJAHATAN DARING', 'Hasilnya menunjukkan kerja sama berjalan baik.', ['kerja sama', 'kejahatan daring']),
    '',
    'BAB I',
    'PENDAHULUAN',
    '',
    'A. Latar Belakang',
    '',
    ...paragraphs.flatMap((paragraph) => [paragraph, '']),
    'B. Rumusan Masalah',
    '',
    'Bagaimana kerja sama kedua negara dalam memberantas kejahatan daring?',
  ].join('\n');
}
