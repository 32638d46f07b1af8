/**
 * Generates a news page of a given size, shaped like the pages the ingest reads: headline,
 * dateline, paragraphs with quotes and speech verbs ("kata", "ujar", "said") naming officials,
 * related-story links and credits. Paragraphs are realistic sentences recombined, not random letters.
 */
import { createSeededRandom } from './seeded-random.ts';

const PEOPLE = [
  'Wakil Menteri Luar Negeri Arrmanatha C. Nasir',
  'Kepala Divisi Hubungan Internasional Polri Irjen Krishna Murti',
  'Direktur Pelindungan WNI Judha Nugraha',
  'Menteri Koordinator Bidang Politik dan Keamanan Budi Gunawan',
  'Kepala PPATK Ivan Yustiavandana',
  'Foreign Ministry spokesperson Rolliansyah Soemirat',
];

const SURNAMES = ['Nasir', 'Murti', 'Nugraha', 'Gunawan', 'Yustiavandana', 'Soemirat'];

const PARAGRAPHS: ReadonlyArray<(person: string, surname: string) => string> = [
  (p) => `Indonesia mendorong kerja sama penegakan hukum lintas batas untuk membongkar jaringan penipuan daring di kawasan, kata ${p} di Jakarta, Rabu.`,
  (_p, s) => `“Tidak ada negara yang bisa menghadapi ancaman ini sendirian. Tanggapan kita harus kolektif dan terkoordinasi,” ujar ${s}.`,
  (_p, s) => `${s} mengatakan pemerintah telah memulangkan lebih dari 1.200 warga negara Indonesia yang menjadi korban perdagangan orang sepanjang 2024.`,
  () => `Menurut data Kementerian Luar Negeri, kerugian akibat penipuan investasi daring mencapai Rp 2,5 triliun dalam tiga tahun terakhir.`,
  (p) => `"We will continue to work with ASEAN partners to dismantle the scam compounds operating along the border," said ${p}.`,
  (_p, s) => `${s} said the government had asked the Cambodian and Myanmar authorities to speed up the repatriation of 54 citizens.`,
  () => `“Para korban dijanjikan pekerjaan bergaji tinggi, tetapi dipaksa bekerja sebagai operator penipuan,” katanya.`,
  () => `Konferensi yang diselenggarakan pemerintah Thailand dan Kantor PBB untuk Narkoba dan Kejahatan itu dihadiri perwakilan dari 60 negara.`,
  (_p, s) => `Sementara itu, ${s} menegaskan bahwa Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang tetap menjadi dasar penindakan.`,
  () => `Polri bekerja sama dengan Interpol dan Kepolisian Kerajaan Kamboja untuk melacak aliran dana para pelaku melalui rekening penampung.`,
];

const RELATED = [
  'Berita terkait: Indonesia repatriates 54 citizens rescued from Myanmar scam hub',
  'Baca juga: Polri tangkap 12 tersangka penipuan lowongan kerja di Kamboja',
];

/** Returns a news page of about `bytes` bytes (UTF-8), the same for the same `seed` and `headline`. */
export function generateNewsPage(bytes: number, seed: number, headline = 'Indonesia Peringatkan: Penipuan Daring Ancam Keamanan Regional'): string {
  const random = createSeededRandom(seed);
  const parts = [
    headline,
    'Kamis, 14 Maret 2024 10:15 WIB',
    `Jakarta (ANTARA) – ${PARAGRAPHS[0]!(PEOPLE[0]!, SURNAMES[0]!)}`,
  ];
  let size = parts.join('\n\n').length;
  while (size < bytes) {
    const who = random.between(0, PEOPLE.length - 1);
    const paragraph =
      random.next() < 0.08 ? random.pick(RELATED) : random.pick(PARAGRAPHS)(PEOPLE[who]!, SURNAMES[who]!);
    parts.push(paragraph);
    size += Buffer.byteLength(paragraph) + 2;
  }
  parts.push('Pewarta: Cindy Frishanti Octavia\nEditor: Anton Santoso\nHak Cipta © ANTARA 2024');
  return `${parts.join('\n\n')}\n`;
}
