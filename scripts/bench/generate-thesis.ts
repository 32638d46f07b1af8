/**
 * Generates a full thesis of a given size as PDF extraction gives it: cover lines, the two
 * abstracts with keywords, then chapters of hard-wrapped lines with a running header on each
 * page, page numbers, section headings and flattened tables. Sentences are realistic ones
 * recombined, not random letters.
 */
import { createSeededRandom } from './seeded-random.ts';

const COVER = `KERJA SAMA INDONESIA DAN KAMBOJA DALAM PENANGANAN
PERDAGANGAN ORANG PADA INDUSTRI PENIPUAN DARING
TAHUN 2020-2023

SKRIPSI

Diajukan untuk memenuhi sebagian syarat memperoleh gelar Sarjana Hubungan Internasional

Oleh:
Rina Kartika Sari
NIM 1810412033

Dosen Pembimbing:
Dr. Ahmad Fauzi, M.Si.
Siti Rahmawati, S.IP., M.A.

PROGRAM STUDI HUBUNGAN INTERNASIONAL
FAKULTAS ILMU SOSIAL DAN ILMU POLITIK
UNIVERSITAS SRIWANGI
2024

ABSTRAK

Penelitian ini bertujuan untuk menjelaskan kerja sama Indonesia dan Kamboja dalam
penanganan perdagangan orang pada industri penipuan daring tahun 2020-2023. Penelitian
ini menggunakan metode kualitatif dengan teknik studi pustaka dan wawancara. Hasil
penelitian menunjukkan bahwa kerja sama kedua negara berjalan melalui pertukaran
informasi, pemulangan korban dan pelatihan aparat penegak hukum.

Kata Kunci: perdagangan orang, penipuan daring, kerja sama bilateral, Kamboja

ABSTRACT

This research aims to explain the cooperation between Indonesia and Cambodia in handling
human trafficking in the online scam industry in 2020-2023. It uses a qualitative method
with library research and interviews. The results show that the cooperation runs through
information exchange, repatriation of victims and training of law enforcement officers.

Keywords: human trafficking, online scams, bilateral cooperation, Cambodia
`;

const RUNNING_HEADER = 'Universitas Sriwangi';

const CHAPTERS = ['PENDAHULUAN', 'TINJAUAN PUSTAKA', 'METODE PENELITIAN', 'HASIL DAN PEMBAHASAN', 'PENUTUP'];
const ROMAN = ['I', 'II', 'III', 'IV', 'V'];

const SENTENCES = [
  'Perdagangan orang merupakan kejahatan transnasional terorganisir yang melibatkan perekrutan, pengangkutan dan eksploitasi korban lintas batas negara.',
  'Sejak 2020 banyak warga negara Indonesia direkrut melalui media sosial dengan janji pekerjaan bergaji tinggi di Kamboja (Kementerian Luar Negeri, 2022).',
  'Para korban kemudian dipaksa bekerja sebagai operator penipuan daring di kompleks yang dijaga ketat.',
  'Kerja sama bilateral antara kedua negara diatur dalam nota kesepahaman tentang pencegahan dan pemberantasan kejahatan transnasional.',
  'Menurut Konvensi PBB Melawan Kejahatan Transnasional Terorganisir, negara pihak wajib saling memberikan bantuan hukum timbal balik.',
  'Undang-Undang Nomor 21 Tahun 2007 tentang Pemberantasan Tindak Pidana Perdagangan Orang menjadi dasar penindakan di Indonesia.',
  'Penelitian ini menggunakan teori kerja sama internasional untuk menjelaskan mengapa kedua negara memilih bekerja sama (Keohane, 1984).',
  'Data dikumpulkan melalui studi pustaka dan wawancara dengan pejabat Direktorat Pelindungan Warga Negara Indonesia.',
  'Hasil penelitian menunjukkan bahwa pertukaran informasi melalui ASEANAPOL mempercepat penyelamatan korban.',
  'Namun perbedaan sistem hukum kedua negara memperlambat penuntutan para pelaku di pengadilan.',
];

const SUBHEADINGS = ['1.1 Latar Belakang', '1.2 Rumusan Masalah', '2.1 Kerangka Teori', '3.1 Jenis Penelitian', '4.1 Temuan'];

const TABLE = [
  'Tabel 4.1 Jumlah Korban yang Dipulangkan',
  'Tahun',
  'Jumlah Korban',
  'Negara Tujuan',
  '2020',
  '119',
  'Kamboja',
  '2021',
  '245',
  'Myanmar',
  'Sumber: Kementerian Luar Negeri (2023)',
];

/** Hard-wraps a paragraph at about 88 characters, as a PDF page's lines are. */
function wrap(paragraph: string): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line !== '' && line.length + 1 + word.length > 88) {
      lines.push(line);
      line = word;
    } else line = line === '' ? word : `${line} ${word}`;
  }
  if (line !== '') lines.push(line);
  return lines;
}

/** The title lines of the cover, which a batch of generated theses varies so that they get different ids. */
const COVER_TITLE = /^[^\n]*\n[^\n]*\n/;

/**
 * Returns a full thesis text of about `bytes` bytes (UTF-8), the same for the same `seed`; `title`
 * (one line) replaces the title on the cover.
 */
export function generateThesis(bytes: number, seed: number, title?: string): string {
  const random = createSeededRandom(seed);
  const cover = title === undefined ? COVER : COVER.replace(COVER_TITLE, `${title.toUpperCase()}\n`);
  const out: string[] = [cover];
  let size = Buffer.byteLength(cover);
  const bodyBytes = bytes - size;
  let page = 1;
  let pageLines: string[] = [];
  const emit = (line: string): void => {
    pageLines.push(line);
    if (pageLines.length < 38) return;
    const text = `${RUNNING_HEADER}\n\n${pageLines.join('\n')}\n\n${page}\n`;
    out.push(text);
    size += Buffer.byteLength(text);
    pageLines = [];
    page++;
  };
  let chapter = -1;
  while (size < bytes) {
    const due = Math.min(CHAPTERS.length - 1, Math.floor(((size - (bytes - bodyBytes)) / bodyBytes) * CHAPTERS.length));
    if (due > chapter) {
      chapter = due;
      for (const line of ['', `BAB ${ROMAN[chapter]}`, CHAPTERS[chapter]!, '']) emit(line);
    }
    const roll = random.next();
    if (roll < 0.05) for (const line of [random.pick(SUBHEADINGS), '']) emit(line);
    else if (roll < 0.08) for (const line of [...TABLE, '']) emit(line);
    else {
      const count = random.between(3, 6);
      const sentences = Array.from({ length: count }, () => random.pick(SENTENCES));
      for (const line of [...wrap(sentences.join(' ')), '']) emit(line);
    }
  }
  out.push(`${pageLines.join('\n')}\n\nDAFTAR PUSTAKA\n\nKeohane, R. O. (1984). After Hegemony. Princeton University Press.\n`);
  return out.join('\n');
}
