import { describe, expect, it } from 'vitest';
import { isClutterLine } from '../../../../src/lib/ingest/news/page-furniture.ts';
import { stripClutter } from '../../../../src/lib/ingest/news/strip-clutter.ts';

const P1 = 'Jakarta, DETIK – Polisi menangkap tiga tersangka penipuan daring yang beroperasi dari Batam.';
const P2 = 'Para tersangka menipu korban dengan modus investasi palsu sejak awal tahun ini.';
const P3 = 'Kasus ini masih terus dikembangkan oleh penyidik untuk mencari pelaku lainnya.';

describe('stripClutter', () => {
  it('separates headline, header, paragraphs and removed lines', () => {
    const parts = stripClutter(['Polisi Tangkap Tiga Penipu', 'detik.com', '2 jam lalu', P1, P2, 'Tinggalkan komentar']);
    expect(parts).toEqual({
      headline: 'Polisi Tangkap Tiga Penipu',
      header: ['detik.com', '2 jam lalu'],
      paragraphs: [P1, P2],
      removed: ['Tinggalkan komentar'],
    });
  });

  it('drops a "Baca juga" lead and the headlines under it, up to the next paragraph', () => {
    const parts = stripClutter([
      'Judul',
      P1,
      'Baca Juga :',
      'Kronologi 2 WNI di Rumania Terkena Kusta, Bagaimana Kondisinya?',
      'Dua WNI di Rumania Terkena Kusta, Jadi Kasus Pertama Setelah 44 Tahun',
      P2,
    ]);
    expect(parts?.paragraphs).toEqual([P1, P2]);
  });

  it.each([
    ['Baca juga: Polisi Ringkus Bandar Judi Online di Medan'],
    ['BACA JUGA: Polisi Ringkus Bandar Judi Online'],
    ['MEMBACA Kecanduan Bahan Bakar Fosil Dunia Ancam Miliaran Nyawa'],
    ['Berita terkait: Indonesia repatriates 54 citizens rescued from Myanmar scam hub'],
    ['Read also: Thailand hosts regional scam summit'],
    ['Related: Cambodia deports 100 scam workers'],
    ['Simak Video "Polisi Gerebek Markas Scam di Batam"'],
    ['Simak berita lainnya di Google News.'],
    ['Dapatkan update berita pilihan setiap hari dari Kompas.com di Google News'],
    ['Ikuti kami di Instagram dan TikTok'],
    ['ADVERTISEMENT'],
    ['Scroll to continue with content'],
    ['Artikel Asli'],
    ['Berhasil disimpan.'],
    ['Cover Berita'],
    ['(Reporting by Stanley Widianto; Editing by Kate Mayberry)'],
    ['Hak Cipta © ANTARA 2025'],
    ['Please Update your browser'],
    ['Your browser is out of date, and may not be compatible with our website.'],
    ["View all search resultsCan't find what you're looking for?"],
    ['span class="caption">Chinese cyber crime suspects in Jakarta sit inside a vehicle.'],
    ['Headline'],
  ])('drops the mid-article widget line %j', (widget) => {
    expect(stripClutter(['Judul', P1, widget, P2])?.paragraphs).toEqual([P1, P2]);
  });

  it('drops tiles and every headline-like line after the last paragraph', () => {
    const parts = stripClutter([
      'Judul',
      P1,
      P2,
      'Lanjut baca:',
      'thumb',
      '5 Manfaat Buah Duku untuk Kesehatan',
      '• 17 jam lalubeautynesia.id',
      'Waspada Efek Samping Pemangkasan Suku Bunga BI terhadap Pasar Saham dan IHSG',
      'Komentar',
    ]);
    expect(parts?.paragraphs).toEqual([P1, P2]);
    expect(parts?.removed).toContain('5 Manfaat Buah Duku untuk Kesehatan');
  });

  it('keeps a short subheading between two paragraphs, and a quote paragraph without final period', () => {
    const quote = '"Kami akan terus memburu para pelaku penipuan ini," ujarnya';
    expect(stripClutter(['Judul', P1, 'Modus Operandi', quote, P3])?.paragraphs).toEqual([P1, 'Modus Operandi', quote, P3]);
  });

  it('skips site furniture above the headline', () => {
    expect(stripClutter(['kompas.com', 'ADVERTISEMENT', 'Polisi Tangkap Tiga Penipu', P1])).toMatchObject({
      headline: 'Polisi Tangkap Tiga Penipu',
      header: ['kompas.com', 'ADVERTISEMENT'],
    });
  });

  it('returns undefined without a headline or a paragraph', () => {
    expect(stripClutter([])).toBeUndefined();
    expect(stripClutter(['Judul', 'viva.co.id', 'Baca juga:', 'Judul Lain'])).toBeUndefined();
  });
});

describe('isClutterLine', () => {
  it('does not take a long article sentence that starts like a widget for clutter', () => {
    expect(isClutterLine(`Simak ${'kata demi kata '.repeat(20)}yang disampaikan menteri.`)).toBe(false);
    expect(isClutterLine(P1)).toBe(false);
  });
});

describe('stripClutter: where the article starts and ends', () => {
  it('opens the article at a dateline whose sentence runs on past its line, under a caption with its document credit', () => {
    const lead = 'DIALEKSIS.COM | Banda Aceh - Di tengah gencarnya upaya pemberantasan narkoba, wilayah Aceh kerap disebut sebagai jalur penyelundupan internasional';
    const parts = stripClutter([
      'Bea Cukai Awasi Modus Ship to Ship di Perairan Aceh',
      'Reporter : Naufal Habibi',
      'Kepala Bidang Fasilitas Kepabeanan dan Cukai Kanwil DJBC Aceh, Leni Rahmasari. Dokumen untuk dialeksis.com.',
      lead,
      P2,
    ]);
    expect(parts?.paragraphs).toEqual([lead, P2]);
    // A headline after a place, in title case, is no lead.
    expect(stripClutter(['Jakarta - Polisi Tangkap Tiga Penipu Daring Yang Beroperasi Dari Batam Sejak Awal Tahun Ini', P1])?.paragraphs).toEqual([P1]);
  });

  const standfirst = 'The two countries will set up a joint task force to trace recruiters across the region.';
  const lead = 'JAKARTA (JP) — Indonesia and the Philippines agreed on Monday to exchange intelligence on scam compounds.';
  const second = 'The agreement was signed in Manila by police officials of both countries on the same day.';

  it('starts at the dateline paragraph and leaves the standfirst and stamps in the header', () => {
    const parts = stripClutter(['Indonesia, Philippines agree to share intelligence', standfirst, 'Published: March 5, 2024', lead, second]);
    expect(parts?.headline).toBe('Indonesia, Philippines agree to share intelligence');
    expect(parts?.header).toEqual([standfirst, 'Published: March 5, 2024']);
    expect(parts?.paragraphs).toEqual([lead, second]);
  });

  it('starts at the first paragraph when no early paragraph has a dateline', () => {
    expect(stripClutter(['Judul Berita Panjang Sekali', P2, P3])?.paragraphs).toEqual([P2, P3]);
  });

  it('does not count a title-cased notice under the credits as a paragraph', () => {
    const parts = stripClutter(['Judul', P1, P2, '(Reporting by Maya Lestari; Editing by Peter Grant)', 'Our Standards: The Thomson Reuters Trust Principles.']);
    expect(parts?.paragraphs).toEqual([P1, P2]);
    expect(parts?.removed).toContain('Our Standards: The Thomson Reuters Trust Principles.');
  });

  it('takes the headline under a breadcrumb trail and a section menu, not the menu', () => {
    const parts = stripClutter(['Home > Nasional > Hukum', 'Nasional', 'Polisi Tangkap Tiga Penipu Daring di Batam', 'Ilustrasi. (ANTARA/Foto Budi)', 'Kamis, 7 Maret 2024 13:05 WIB', P1]);
    expect(parts?.headline).toBe('Polisi Tangkap Tiga Penipu Daring di Batam');
    expect(parts?.header).toContain('Ilustrasi. (ANTARA/Foto Budi)');
  });

  it('drops a photo caption that stands between two paragraphs', () => {
    expect(stripClutter(['Judul', P1, 'Foto: Tersangka saat dihadirkan di Mapolresta. (Dok. Polresta)', P2])?.paragraphs).toEqual([P1, P2]);
  });
});

describe('stripClutter at an end marker', () => {
  it('keeps no sentence below a contact block or an issuer note', () => {
    const parts = stripClutter([
      'Kominfo Putus Akses Ribuan Situs Lowongan Palsu',
      P1,
      P2,
      'Narahubung:',
      'Rina Kusumawati',
      'Tentang Kementerian Komunikasi dan Informatika',
      'Kementerian Komunikasi dan Informatika bertugas menyelenggarakan urusan pemerintahan di bidang komunikasi.',
    ]);
    expect(parts?.paragraphs).toEqual([P1, P2]);
    expect(parts?.removed.at(-1)).toMatch(/^Kementerian Komunikasi dan Informatika bertugas/);
  });

  it('keeps no paragraph below a republication notice', () => {
    const parts = stripClutter([
      'Polisi Tangkap Tiga Tersangka Penipuan Daring',
      P1,
      'Artikel ini telah tayang di Tribunnews.com dengan judul Polisi Tangkap Tiga Tersangka.',
      P3,
    ]);
    expect(parts?.paragraphs).toEqual([P1]);
  });

  it('drops the pagination line between the pages of an article', () => {
    const parts = stripClutter(['Polisi Tangkap Tiga Tersangka Penipuan Daring', P1, 'Halaman 1 2 Selanjutnya', P2]);
    expect(parts?.paragraphs).toEqual([P1, P2]);
  });

  it('gives no headline when the text starts with the dateline paragraph', () => {
    // A stored copy cut at the top, as the Gatra item in the dev corpus.
    const lead = 'Jakarta, Gatra.com - Kepolisian Negara Republik Indonesia (Polri) menangkap satu orang tersangka terkait tindak pidana penipuan online.';
    const parts = stripClutter([lead, P2]);
    expect(parts?.headline).toBeUndefined();
    expect(parts?.paragraphs).toEqual([lead, P2]);
  });

  it('gives no headline when the first line holds several sentences', () => {
    const lead = 'Gelombang warga negara Indonesia di Kamboja kini berdatangan ke KBRI Phnom Penh. Mereka melapor, meminta difasilitasi untuk dideportasi.';
    expect(stripClutter([lead, P2])?.headline).toBeUndefined();
  });

  it('reads a one-sentence first line as the lead, not as a headline, when nothing else says it is one', () => {
    // Jakarta Post copy that starts at the article.
    const lead = 'Police have arrested nine Chinese nationals and three Indonesians for their alleged involvement in online fraud.';
    const parts = stripClutter([lead, P2, P3]);
    expect(parts?.headline).toBeUndefined();
    expect(parts?.paragraphs).toEqual([lead, P2, P3]);
  });

  it('keeps a date stamp above the text as header matter, not as the headline', () => {
    const parts = stripClutter(['date 2023-10-05', 'Kemlu Pulangkan 28 WNI Korban Online Scam dari Kamboja ke Tanah Air', P1, P2]);
    expect(parts?.headline).toBe('Kemlu Pulangkan 28 WNI Korban Online Scam dari Kamboja ke Tanah Air');
    expect(parts?.header).toEqual(['date 2023-10-05']);
  });

  it('keeps a caption printed twice side by side out of the article', () => {
    // Khabar Southeast Asia item: alt text and caption of the photo above the article.
    const caption = 'In this July 18th handout photo, the Malaysian Maritime Enforcement Agency assists passengers rescued from an overturned boat.';
    const parts = stripClutter(['Greater co-operation helps tame border threats', 'September 25, 2013', caption, caption, P1, P2]);
    expect(parts?.paragraphs).toEqual([P1, P2]);
  });

  it('does not start the article at a headline the page prints again', () => {
    const headline = 'Malaysian and Indonesian police hold talks on cross-border crime.';
    const parts = stripClutter(['Indonesian Political, Business & Finance News', headline, '| Source: AP', headline, P1, P2]);
    expect(parts?.headline).toBe(headline);
    expect(parts?.paragraphs).toEqual([P1, P2]);
  });
});

describe('stripClutter: a dateline closed by a colon', () => {
  it('opens the article at it, leaving the standfirst above it in the header', () => {
    const standfirst = 'Authorities rescue 40 women from a trafficking syndicate in raids, arresting four suspects.';
    const lead = 'KUALA LUMPUR: The Immigration Department rescued 40 women believed to be victims of a syndicate.';
    const parts = stripClutter(['Forty women rescued', standfirst, lead, P2]);
    expect(parts?.paragraphs[0]).toBe(lead);
    expect(parts?.header).toContain(standfirst);
  });
});

describe('stripClutter: a standfirst over the lead', () => {
  const lead = 'The ministry said on Monday it would bring home 67 citizens rescued from scam compounds abroad.';

  it('leaves a standfirst opening with the same words as the lead in the header', () => {
    const standfirst = 'The ministry said on Monday it would bring home 67 citizens.';
    const parts = stripClutter(['Citizens to come home', standfirst, lead, P2]);
    expect(parts?.paragraphs[0]).toBe(lead);
  });

  it('leaves a standfirst with a time stamp under it in the header', () => {
    const standfirst = 'Kemlu memastikan pemulangan gelombang pertama segera dilakukan setelah kerusuhan pekan lalu.';
    const parts = stripClutter(['Pemerintah pulangkan 67 WNI', standfirst, '21 jam yang lalu', lead, P2]);
    expect(parts?.paragraphs[0]).toBe(lead);
    expect(parts?.header).toContain(standfirst);
  });

  it('keeps the first paragraph as the lead when nothing sets it apart', () => {
    const parts = stripClutter(['Pemerintah pulangkan 67 WNI', P2, lead]);
    expect(parts?.paragraphs[0]).toBe(P2);
  });
});

describe('stripClutter: a page that lost its headline', () => {
  it.each([['Breaking News'], ['Loading...'], ['New Straits Times']])('gives no headline when the only line above the article is %j', (line) => {
    // A page whose headline was lost: a widget, a section name or the masthead is no stand-in for it.
    const parts = stripClutter([line, P1, P2]);
    expect(parts?.headline).toBeUndefined();
    expect(parts?.header).toEqual([line]);
  });

  it('still takes a short headline of three words that is the only line above the article', () => {
    expect(stripClutter(['Lobster Seeds Smuggling', P1, P2])?.headline).toBe('Lobster Seeds Smuggling');
  });
});
