/**
 * parseNews on a second round of made-up pages in forms the first round lacks: a Liputan6-style
 * page (byline with time stamp, "Baca Juga" and "Pilihan Editor"), a Tribun-style page split
 * over pages with a republication notice, an English ANTARA item, a BBC-style feature without a
 * dateline, a page with a numeric date and loose figures, and a government press release.
 * Events, people and wording are invented.
 */
import { describe, expect, it } from 'vitest';
import { detectKind } from '../../../../src/lib/ingest/detect-kind.ts';
import { expectNoneOf, flaggedFields, parseFixture, readFixture } from './unseen-fixtures.ts';

describe('a Liputan6-style page', () => {
  const { data, body, paragraphs, review } = parseFixture('r2-liputan6-style.txt');

  it('reads the author from "Oleh X pada <date>" and keeps that line out of the headline', () => {
    expect(data).toMatchObject({
      headline: 'Imigrasi Tunda Keberangkatan 18 Calon Pekerja Migran Nonprosedural di Bandara Kualanamu',
      language: 'id',
      outlet: 'Liputan6.com',
      author: 'Rahmat Fauzi',
      published: '2024-05-12',
      eventDate: '2024-05-11',
      dateline: 'Deli Serdang',
    });
    expect(data.editor).toBeUndefined();
    expect(flaggedFields(review)).toEqual(['sourceUrl']);
  });

  it('separates the office and city of the role from the name', () => {
    expect(data.people).toEqual([{ name: 'Yosua Hutapea', role: 'Kepala Kantor Imigrasi Kelas I Khusus Medan' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Yosua Hutapea', 'Yosua Hutapea']);
  });

  it('reads the figures', () => {
    expect(data.figures?.map((figure) => figure.phrase)).toEqual(['18 calon pekerja migran', 'Rp 12 juta', '96 orang']);
  });

  it('drops ads, the three "Baca Juga" headlines and "Pilihan Editor"', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^Liputan6\.com, Deli Serdang - Petugas Kantor Imigrasi/);
    expect(paragraphs.at(-1)).toMatch(/^"Kami koordinasikan dengan BP3MI/);
    expectNoneOf(body, ['Advertisement', 'Baca Juga', 'Polisi Selidiki Agen', 'Puluhan Korban TPPO', 'Cara Mengecek', 'Pilihan Editor', 'Banjir Bandang', 'Diperbarui', 'Copy Link', 'saluran']);
  });
});

describe('a Tribun-style page split over two pages', () => {
  const { data, body, paragraphs, review } = parseFixture('r2-tribun-multipage.txt');

  it('reads author and editor from one line without a separator, and the republished URL', () => {
    expect(data).toMatchObject({
      headline: 'Polisi Bongkar Sindikat Judi Online Jaringan Internasional, 9 WNA Ditangkap di Batam',
      outlet: 'TRIBUNNEWS.COM',
      author: 'Gita Anggraini',
      editor: 'Hasanudin Aco',
      sourceUrl:
        'https://www.tribunnews.com/nasional/2024/05/13/polisi-bongkar-sindikat-judi-online-jaringan-internasional-9-wna-ditangkap-di-batam',
      published: '2024-05-13',
      eventDate: '2024-05-13',
      dateline: 'JAKARTA',
    });
    expect(review).toEqual([]);
  });

  it('joins both pages and drops the pagination, the notice and the photo credit', () => {
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[3]).toMatch(/^Menurut Antonius, perputaran uang/);
    expectNoneOf(body, ['Halaman', 'Selanjutnya', 'Artikel ini telah tayang', 'Laporan Wartawan', 'Penulis:', 'Berita Populer', 'Tribunnews.com/Gita']);
  });

  it('reads the speaker, his quotes and the figures', () => {
    expect(data.people).toEqual([{ name: 'Antonius Sembiring', role: 'Direktur Reserse Kriminal Khusus Polda Kepri Kombes' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Antonius Sembiring', 'Antonius Sembiring']);
    expect(data.figures?.map((figure) => [figure.value, figure.unit])).toEqual([
      [14, 'websites'],
      [210_000_000_000, 'IDR'],
    ]);
  });
});

describe('an English ANTARA-style item', () => {
  const { data, body, paragraphs, review } = parseFixture('r2-antara-english.txt');

  it('reads the dateline outlet, two reporters, the editor and the copyright', () => {
    expect(data).toMatchObject({
      headline: 'Indonesia, Thailand set up joint hotline for trafficking victims',
      language: 'en',
      outlet: 'ANTARA',
      author: 'Aria Cindyara, Nabil Ihsan',
      editor: 'Rahmad Nasution',
      copyright: '© ANTARA 2024',
      published: '2024-05-13',
      dateline: 'Jakarta',
    });
  });

  it('does not date the event from the planned start date after publication', () => {
    expect(data.eventDate).toBeUndefined();
    const reason = review.find((flag) => flag.field === 'eventDate')?.reason;
    expect(reason).toContain('"on Monday"');
    expect(reason).toContain('"June 1, 2024" is after the publication date');
  });

  it('reads the director without the words of his title, and the quote he "remarked"', () => {
    expect(data.people).toEqual([{ name: 'Surya Wibisana' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Surya Wibisana']);
    expect(flaggedFields(review)).toEqual(['eventDate', 'sourceUrl']);
  });

  it('reads cases, rupiah and dollars', () => {
    expect(data.figures).toEqual([
      { value: 1248, unit: 'cases', phrase: '1,248 cases' },
      { value: 752, unit: 'cases', phrase: '752 cases' },
      { value: 2_500_000_000, unit: 'IDR', phrase: 'Rp2.5 billion' },
      { value: 155_000, unit: 'USD', phrase: 'US$155,000' },
    ]);
  });

  it('drops both "Related news:" lines and the credits', () => {
    expect(paragraphs).toHaveLength(5);
    expectNoneOf(body, ['Related news', 'Reporter:', 'Editor:', 'Copyright']);
  });
});

describe('a BBC-style feature without a dateline', () => {
  const { data, body, paragraphs, review } = parseFixture('r2-bbc-feature.txt');

  it('reads the outlet from the staff line under the byline and leaves the dateline empty', () => {
    expect(data).toMatchObject({
      headline: "'Saya dijual dua kali': Kisah perempuan yang lolos dari kompleks penipuan di perbatasan Myanmar",
      language: 'id',
      outlet: 'BBC News Indonesia',
      author: 'Nadia Permatasari',
      published: '2024-05-14',
    });
    expect(data.dateline).toBeUndefined();
    expect(data.eventDate).toBeUndefined();
    expect(flaggedFields(review)).toEqual(['eventDate', 'sourceUrl', 'dateline']);
  });

  it('keeps a nested quote inside its quote and reads the single-quoted statement', () => {
    expect(data.quotes).toEqual([
      {
        text: 'Waktu saya protes, manajernya bilang, ‘Kamu sudah dibeli, jadi kamu harus kerja sampai utangmu lunas’',
        speaker: 'Rina Marlina',
      },
      { text: 'Korban diperlakukan sebagai aset. Kalau tidak menghasilkan, mereka dijual supaya perusahaan tidak rugi', speaker: 'Bambang Sutrisno' },
      { text: 'Saya tidak mau ada perempuan lain yang mengalami hal yang sama', speaker: 'Rina Marlina' },
    ]);
    expect(data.people?.map((person) => person.name)).toEqual(['Rina Marlina', 'Bambang Sutrisno']);
  });

  it('keeps the subheading between paragraphs and drops the image source and caption', () => {
    expect(paragraphs[0]).toMatch(/^Rina Marlina masih menyimpan tangkapan layar/);
    expect(paragraphs).toContain('Dijual ke perusahaan lain');
    expect(paragraphs).toHaveLength(10);
    expectNoneOf(body, ['Sumber gambar', 'Keterangan gambar', 'Wartawan BBC', 'Topik terkait', 'Berita terkait', 'Ribuan WNI diduga']);
  });
});

describe('a page with a numeric date and loose figures', () => {
  const { data, review } = parseFixture('r2-numeric-date.txt');

  it('reads "Minggu, 12/05/2024 09:15 WIB" as the publication date, and the labelled source', () => {
    expect(data).toMatchObject({
      headline: 'OJK Catat Kerugian Investasi Bodong Capai Rp 3,5 M di Kalimantan Barat',
      outlet: 'Warta Nusantara',
      author: 'Hendro Wibowo',
      editor: 'Maria Ulfa',
      published: '2024-05-12',
      eventDate: '2024-05-11',
      dateline: 'PONTIANAK',
      sourceUrl: 'https://wartanusantara.co.id/ekonomi/2024/05/12/ojk-catat-kerugian-investasi-bodong-capai-rp-3-5-m',
    });
    expect(review).toEqual([]);
  });

  it('separates the province of the role from the name', () => {
    expect(data.people).toEqual([{ name: 'Ahmad Fauzan', role: 'Kepala OJK Kalimantan Barat' }]);
    expect(data.quotes?.[0]?.speaker).toBe('Ahmad Fauzan');
  });

  it('reads "Rp 3,5 M", "US$ 10 ribu", "1,2 juta akun" and "20-an orang", but not "ratusan korban"', () => {
    expect(data.figures).toEqual([
      { value: 3_500_000_000, unit: 'IDR', phrase: 'Rp 3,5 M' },
      { value: 10_000, unit: 'USD', phrase: 'US$ 10 ribu' },
      { value: 1_200_000, unit: 'accounts', phrase: '1,2 juta akun', qualifier: 'more-than' },
      { value: 20, unit: 'persons', phrase: '20-an orang', qualifier: 'at-least' },
    ]);
  });
});

describe('a government press release', () => {
  const text = readFixture('r2-press-release.txt');
  const { data, body, paragraphs, review } = parseFixture('r2-press-release.txt');

  it('is recognised as a news item by its heading', () => {
    expect(detectKind(text, 'r2-press-release.txt')).toEqual({
      confidence: 'strong',
      kind: 'news',
      reasons: ['press release heading "SIARAN PERS"', 'attributed quotation'],
    });
  });

  it('takes the issuer as outlet, the issue line as dateline and date, and credits no author', () => {
    expect(data).toMatchObject({
      headline: 'Kominfo Putus Akses 2.150 Situs dan Akun Lowongan Kerja Palsu ke Luar Negeri',
      language: 'id',
      outlet: 'Kementerian Komunikasi dan Informatika',
      published: '2024-05-12',
      dateline: 'Jakarta',
    });
    expect(data.author).toBeUndefined();
    expect(flaggedFields(review)).toEqual(['eventDate', 'sourceUrl', 'author']);
  });

  it('reads the director general and his quote', () => {
    expect(data.people).toEqual([{ name: 'Budi Santoso', role: 'Direktur Jenderal Aplikasi Informatika Kominfo' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Budi Santoso']);
    expect(data.figures?.map((figure) => figure.phrase)).toEqual(['2.150 situs']);
  });

  it('ends the body before the contact block and the note about the ministry', () => {
    expect(paragraphs).toHaveLength(4);
    expect(paragraphs.at(-1)).toMatch(/^Kominfo bekerja sama dengan Badan Pelindungan/);
    expectNoneOf(body, ['SIARAN PERS', 'Nomor:', 'Narahubung', 'Rina Kusumawati', 'Telp.', 'Tentang', 'bertugas menyelenggarakan']);
  });
});
