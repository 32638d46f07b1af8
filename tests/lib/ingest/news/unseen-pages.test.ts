/**
 * parseNews on made-up pages in the forms of outlets the seed corpus does not have (Kompas,
 * detik, The Jakarta Post, a Reuters-style wire, CNN Indonesia, Tempo English, a hard-wrapped
 * regional site, a page with breadcrumbs and captions). Events, people and wording are invented.
 */
import { describe, expect, it } from 'vitest';
import { expectNoneOf, flaggedFields, parseFixture } from './unseen-fixtures.ts';

describe('a Kompas-style page', () => {
  const { data, body, paragraphs, review } = parseFixture('kompas-style.txt');

  it('takes the headline under the section menu, and the credits on one line', () => {
    expect(data).toMatchObject({
      headline: 'Polda Sulsel Ungkap Jaringan Lowongan Kerja Palsu, 43 Warga Nyaris Dikirim ke Kamboja',
      language: 'id',
      outlet: 'KOMPAS.com',
      author: 'Dimas Arya Wicaksono',
      editor: 'Larasati Nugroho',
      published: '2024-03-05',
      dateline: 'MAKASSAR',
      copyright: '© 2008 - 2024 PT. Kompas Cyber Media (Kompas Gramedia Digital Group)',
    });
  });

  it('takes the first dated statement as event date and flags the other date', () => {
    expect(data.eventDate).toBe('2024-03-05');
    expect(review.find((flag) => flag.field === 'eventDate')?.reason).toContain('"Sabtu (2/3/2024)"');
  });

  it('reads speaker, role, quotes and money figures', () => {
    expect(data.people).toEqual([{ name: 'Hendra Siregar', role: 'Kepala Bidang Humas Polda Sulsel Kombes' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Hendra Siregar', 'Hendra Siregar']);
    expect(data.figures?.map((figure) => figure.phrase)).toEqual(['43 warga', 'Rp 15 juta', 'Rp 8 juta', 'Rp 96 juta']);
  });

  it('keeps the eight paragraphs and drops caption, "Baca juga", channel prompt, tags and footer', () => {
    expect(paragraphs).toHaveLength(8);
    expect(paragraphs[0]).toMatch(/^MAKASSAR, KOMPAS\.com - Kepolisian Daerah Sulawesi Selatan/);
    expect(paragraphs.at(-1)).toMatch(/^Kedua tersangka dijerat Pasal 4 .* 15 tahun penjara\.$/);
    expectNoneOf(body, ['Lihat Foto', 'SHUTTERSTOCK', 'Baca juga', 'WhatsApp', 'Tag:', 'lowongan kerja palsu\n', 'Daftarkan', 'Cuaca Ekstrem', 'Copyright']);
  });
});

describe('a detikNews-style page', () => {
  const { data, body, paragraphs, review } = parseFixture('detik-style.txt');

  it('reads the "Name - detikNews" byline as author and outlet', () => {
    expect(data).toMatchObject({
      headline: 'Bareskrim Blokir 1.200 Rekening Penampung Dana Penipuan Investasi Online',
      outlet: 'detikNews',
      author: 'Rizky Pratama',
      published: '2024-03-04',
      eventDate: '2024-03-04',
      dateline: 'Jakarta',
      language: 'id',
    });
    expect(flaggedFields(review)).toEqual(['sourceUrl']);
  });

  it('reads the speaker with rank and unit, and both quotes', () => {
    expect(data.people).toEqual([{ name: 'Yudha Kurniawan', role: 'Direktur Tindak Pidana Siber Bareskrim Polri Brigjen' }]);
    expect(data.quotes).toHaveLength(2);
    expect(data.quotes?.every((quote) => quote.speaker === 'Yudha Kurniawan')).toBe(true);
  });

  it('reads figures with their qualifiers', () => {
    expect(data.figures).toEqual([
      { value: 1200, unit: 'accounts', phrase: '1.200 rekening' },
      { value: 47_300_000_000, unit: 'IDR', phrase: 'Rp 47,3 miliar' },
      { value: 3400, unit: 'reports', phrase: '3.400 laporan', qualifier: 'at-least' },
      { value: 300_000_000_000, unit: 'IDR', phrase: 'Rp 300 miliar', qualifier: 'more-than' },
    ]);
  });

  it('ends the article at the desk initials and drops the caption, video and tags', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs.at(-1)).toBe('"Kami minta masyarakat tidak menjual atau meminjamkan rekeningnya kepada siapa pun," tegas Yudha.');
    expectNoneOf(body, ['Foto:', 'Getty', 'Baca juga', 'Polisi Tangkap Admin', 'Simak Video', 'Gambas', '(rzp/aud)', 'bareskrim\n', 'BAGIKAN']);
  });
});

describe('a Jakarta Post-style page', () => {
  const { data, body, paragraphs } = parseFixture('jakpost-style.txt');

  it('takes the headline above the standfirst and the byline under it', () => {
    expect(data).toMatchObject({
      headline: 'Indonesia, Philippines agree to share intelligence on scam compounds',
      language: 'en',
      outlet: 'The Jakarta Post',
      author: 'Andika Prasetyo',
      published: '2024-03-05',
      eventDate: '2024-03-04',
      dateline: 'JAKARTA',
      copyright: '© 2016-2024. PT. Bina Media Tenggara',
    });
  });

  it('gives the quote told to the paper to the spokesperson, not to the paper', () => {
    expect(data.people).toEqual([{ name: 'Ratna Widjaja' }]);
    expect(data.quotes).toEqual([
      {
        text: 'We keep rescuing the same kind of victims from the same kind of compounds, while the people who send them there walk free',
        speaker: 'Ratna Widjaja',
      },
      { text: 'This is a cross-border business, and only cross-border policing can break it', speaker: 'Ratna Widjaja' },
    ]);
  });

  it('reads "3,100 Indonesians", "US$2.5 million" and "40 percent"', () => {
    expect(data.figures).toEqual([
      { value: 3100, unit: 'persons', phrase: '3,100 Indonesians', qualifier: 'more-than' },
      { value: 2_500_000, unit: 'USD', phrase: 'US$2.5 million', qualifier: 'about' },
      { value: 40, unit: 'percent', phrase: '40 percent', qualifier: 'about' },
    ]);
  });

  it('starts the body at the dateline: the standfirst, byline and stamps stay out', () => {
    expect(paragraphs).toHaveLength(6);
    expect(paragraphs[0]).toMatch(/^JAKARTA \(JP\) — Indonesia and the Philippines agreed on Monday/);
    expectNoneOf(body, ['The two countries will set up', 'Published:', 'Andika', 'Read also', 'Topics', 'Share this article', 'Related Articles', 'Copyright']);
  });
});

describe('a Reuters-style wire', () => {
  const { data, body, paragraphs, review } = parseFixture('reuters-style.txt');

  it('takes the headline, not the skip link or the tagline, and both credits', () => {
    expect(data).toMatchObject({
      headline: 'Indonesia, Malaysia to tighten border checks after trafficking ring bust',
      language: 'en',
      outlet: 'Reuters',
      author: 'Maya Lestari and Hadi Rahman',
      editor: 'Peter Grant',
      published: '2024-03-05',
      dateline: 'JAKARTA',
    });
  });

  it('leaves the event date to a person when the text gives only "on Tuesday"', () => {
    expect(data.eventDate).toBeUndefined();
    expect(review.find((flag) => flag.field === 'eventDate')?.reason).toContain('"on Tuesday"');
  });

  it('reads speakers and quotes in English word order', () => {
    expect(data.people?.map((person) => person.name)).toEqual(['Irwan Saputra', 'Farid Ismail']);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Irwan Saputra', 'Farid Ismail']);
  });

  it('reads job seekers, rupiah and dollars, and nothing from "2,000-km"', () => {
    expect(data.figures).toEqual([
      { value: 150, unit: 'persons', phrase: '150 job seekers', qualifier: 'more-than' },
      { value: 20_000_000, unit: 'IDR', phrase: '20 million rupiah', qualifier: 'about' },
      { value: 1280, unit: 'USD', phrase: '$1,280' },
      { value: 120_000, unit: 'persons', phrase: '120,000 people', qualifier: 'at-least' },
    ]);
  });

  it('ends the body before the credits and the standards notice', () => {
    expect(paragraphs).toHaveLength(6);
    expectNoneOf(body, ['Reporting by', 'Our Standards', 'Licensing', 'Read Next', 'Skip to']);
  });
});

describe('a CNN Indonesia-style page', () => {
  const { data, body, paragraphs, review } = parseFixture('cnnindonesia-style.txt');

  it('joins the dateline set on its own line to the first paragraph', () => {
    expect(data).toMatchObject({
      headline: 'Kemlu Pulangkan 27 WNI Korban Online Scam dari Myawaddy',
      outlet: 'CNN Indonesia',
      dateline: 'Jakarta',
      published: '2024-03-06',
      language: 'id',
    });
    expect(paragraphs[0]).toMatch(/^Jakarta, CNN Indonesia -- Kementerian Luar Negeri \(Kemlu\) memulangkan 27/);
  });

  it('does not date the event from "(5/3)", which lacks a year', () => {
    expect(data.eventDate).toBeUndefined();
    expect(flaggedFields(review)).toContain('eventDate');
  });

  it('reads the speaker with role, and the figures', () => {
    expect(data.people).toEqual([{ name: 'Dimas Prasetyo', role: 'Direktur Pelindungan WNI Kemlu' }]);
    expect(data.quotes?.map((quote) => quote.speaker)).toEqual(['Dimas Prasetyo', 'Dimas Prasetyo']);
    expect(data.figures?.map((figure) => [figure.value, figure.unit])).toEqual([
      [27, 'persons'],
      [35_000_000, 'IDR'],
      [2800, 'cases'],
    ]);
  });

  it('drops the caption, ad markers, video placeholder and closing initials', () => {
    expect(paragraphs).toHaveLength(7);
    expectNoneOf(body, ['Ilustrasi', 'Safir Makki', 'ADVERTISEMENT', 'SCROLL TO CONTINUE', 'Gambas', '(tim/dal)', 'VIDEO:', 'TOPIK']);
  });
});

describe('a hard-wrapped regional page with its URL on top', () => {
  const { data, body, paragraphs } = parseFixture('regional-wrapped.txt');

  it('takes the URL, the headline under the breadcrumbs and the credits', () => {
    expect(data).toMatchObject({
      headline: 'Pengiriman 31 Pekerja Migran Ilegal Digagalkan di Pelabuhan Dumai',
      sourceUrl: 'https://www.example-news.id/2024/03/05/pengiriman-pekerja-migran-ilegal-digagalkan-di-pelabuhan-dumai',
      outlet: 'Warta Pesisir',
      author: 'Fadli Rahman',
      editor: 'Siti Maryam',
      copyright: '© 2024 Warta Pesisir',
      published: '2024-03-05',
      eventDate: '2024-03-04',
      dateline: 'DUMAI',
    });
  });

  it('rejoins each wrapped paragraph into one line', () => {
    expect(paragraphs).toHaveLength(7);
    expect(paragraphs[0]).toBe(
      'DUMAI, Warta Pesisir - Petugas gabungan menggagalkan pengiriman 31 calon pekerja migran Indonesia (PMI) ilegal yang hendak menyeberang ke Malaysia melalui Pelabuhan Dumai, Senin (4/3/2024) malam.',
    );
    expect(paragraphs[5]).toBe(
      'Menurut Rudi, sepanjang 2023 jajarannya mencatat 14 kasus serupa dengan jumlah korban mencapai 212 orang.',
    );
    expect(body).not.toMatch(/[^\n]\n[^\n]/);
  });

  it('reads a quote that was wrapped across lines, with its speaker', () => {
    expect(data.quotes).toEqual([
      {
        text: 'Mereka tidak punya dokumen kerja, hanya paspor. Di sana nanti dijanjikan bekerja di perkebunan sawit',
        speaker: 'Rudi Hartawan',
      },
    ]);
    expect(data.people).toEqual([{ name: 'Rudi Hartawan', role: 'Kepala Kepolisian Resor Dumai AKBP' }]);
    expect(data.figures?.[0]).toEqual({ value: 31, unit: 'persons', phrase: '31 calon pekerja migran Indonesia (PMI)' });
  });

  it('drops share bar, ad, tags, related links, comment form and footer', () => {
    expectNoneOf(body, ['Bagikan', 'ADVERTISEMENT', 'Tags', 'BERITA TERKAIT', 'Nelayan', 'Tulis Komentar', 'Redaksi', 'hak cipta']);
  });
});

describe('a page with breadcrumbs, photo captions and figures in several forms', () => {
  const { data, body, paragraphs } = parseFixture('breadcrumb-caption.txt');

  it('takes the headline after the breadcrumbs, skipping the caption', () => {
    expect(data).toMatchObject({
      headline: 'PPATK Telusuri Aliran Dana Rp 1,2 Miliar dari Sindikat Penipuan Lintas Negara',
      outlet: 'Harian Sentana',
      author: 'Sri Wahyuni',
      published: '2024-03-07',
      eventDate: '2024-03-06',
      dateline: 'Jakarta',
    });
  });

  it('keeps an acronym that follows the role word as part of the role', () => {
    expect(data.people).toEqual([{ name: 'Wahyu Setiabudi', role: 'Kepala PPATK' }]);
  });

  it('reads money, persons and percent in each written form', () => {
    expect(data.figures).toEqual([
      { value: 1_200_000_000, unit: 'IDR', phrase: 'Rp 1,2 miliar' },
      { value: 57, unit: 'accounts', phrase: '57 rekening' },
      { value: 2_500_000, unit: 'USD', phrase: 'US$ 2,5 juta', qualifier: 'about' },
      { value: 1500, unit: 'persons', phrase: '1.500 orang' },
      { value: 500_000, unit: 'IDR', phrase: 'Rp 500 ribu' },
      { value: 3000, unit: 'persons', phrase: '3 ribu korban' },
      { value: 25, unit: 'percent', phrase: '25 persen', qualifier: 'about' },
    ]);
  });

  it('drops the breadcrumbs and both captions, also the one between paragraphs', () => {
    expect(paragraphs).toHaveLength(6);
    expectNoneOf(body, ['Home >', 'Ilustrasi', 'ANTARA/Foto', 'Foto:', 'Dok. PPATK', 'Tag:', 'Bagikan', 'Berita Terkini']);
  });
});

describe('a Tempo English-style page', () => {
  const { data, body, paragraphs, review } = parseFixture('tempo-english-style.txt');

  it('reads an outlet-first dateline ("TEMPO.CO, Jakarta -") as outlet and place', () => {
    expect(data).toMatchObject({
      headline: 'Ministry Warns Job Seekers of Fake Cruise Ship Vacancies',
      language: 'en',
      outlet: 'TEMPO.CO',
      dateline: 'Jakarta',
      translator: 'Nadia Kusuma',
      editor: 'Bram Setiadi',
      published: '2024-03-05',
      eventDate: '2024-03-05',
    });
    expect(data.author).toBeUndefined();
    expect(flaggedFields(review)).toContain('author');
  });

  it('takes a surname that is also a role word ("Hakim") as part of the name', () => {
    expect(data.people).toEqual([{ name: 'Lukman Hakim' }]);
    expect(data.quotes).toEqual([
      { text: 'No legitimate placement agency asks for money before a contract is signed', speaker: 'Lukman Hakim' },
    ]);
  });

  it('drops the related link and the Google News prompt', () => {
    expect(paragraphs).toHaveLength(5);
    expectNoneOf(body, ['Read also', 'Click here', 'Google News']);
  });
});
