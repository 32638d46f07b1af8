import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../../../src/lib/ingest/thesis/parse-thesis.ts';
import type { ParsedStudy } from '../../../../src/lib/ingest/types.ts';

function seed(name: string): string {
  return readFileSync(new URL(`../../../fixtures/seeds/${name}`, import.meta.url), 'utf8');
}

const firstWords = (text: string | undefined, n: number): string => (text ?? '').split(/\s+/).slice(0, n).join(' ');
const lastWords = (text: string | undefined, n: number): string => (text ?? '').split(/\s+/).slice(-n).join(' ');
const flagged = (result: ParsedStudy): string[] => result.review.map((flag) => flag.field);

describe('parseThesis on seed 000 (abstracts only, no title or author)', () => {
  const result = parseThesis(seed('000_cd80f2ce729e3ac9.txt'));

  it('reads both abstracts with their Markdown emphasis', () => {
    expect(result.kind).toBe('thesis-abstract');
    expect(result.body).toBe('');
    expect(result.data.languages).toEqual(['id', 'en']);
    expect(firstWords(result.data.abstract?.id, 4)).toBe('Kasus *cybercrime* yang terjadi');
    expect(lastWords(result.data.abstract?.id, 4)).toBe('oleh kedua belah pihak.');
    expect(firstWords(result.data.abstract?.en, 4)).toBe('The cybercrime case that');
    expect(lastWords(result.data.abstract?.en, 3)).toBe('by both parties.');
    expect(result.data.abstract?.id).not.toContain('Keywords');
  });

  it('reads the keywords of each abstract as written, without emphasis', () => {
    expect(result.data.keywords).toEqual({
      id: ['Cybercrime', 'Bilateral Cooperation', 'NCB-Interpol Indonesia', 'NCB-Interpol Tiongkok', 'Transnational crime'],
      en: ['Cybercrime', 'bilateral cooperation', 'NCB-Interpol Indonesia', 'NCB-Interpol Tiongkok', 'Transnational Crime'],
    });
  });

  it('derives candidate titles from the stated aim and flags them', () => {
    expect(result.data.title).toEqual({
      id: 'Kerjasama National Central Bureau (NCB)-Interpol Indonesia dan NCB-Interpol Tiongkok dalam menangatasi ancaman cybercrime di Indonesia tahun 2021-2023',
      en: 'The National Central Bureau (NCB)-Interpol Indonesia and NCB-Interpol China collaborate in overcoming the threat of cybercrime in Indonesia in 2021-2023',
    });
    expect(result.review.find((flag) => flag.field === 'title.id')?.reason).toMatch(/derived from the stated aim/);
    expect(result.review.find((flag) => flag.field === 'title.en')?.reason).toMatch(/derived from the stated aim/);
  });

  it('leaves author, year and affiliation empty and flags them', () => {
    expect(result.data.authors).toEqual([]);
    expect(result.data.year).toBeUndefined();
    expect(result.data.institution).toBeUndefined();
    expect(flagged(result)).toEqual(expect.arrayContaining(['authors', 'year', 'institution', 'supervisors', 'studentNumber']));
  });

  it('reads the period and the method', () => {
    expect(result.data.period).toEqual({ from: 2021, to: 2023 });
    expect(result.data.method).toBe('kualitatif secara dekriptif');
  });
});

describe('parseThesis on seed 001 (bold titles, "Kata Kerja", inline "Key terms")', () => {
  const result = parseThesis(seed('001_8723b701c64fe734.txt'));

  it('reads both titles without the bold and italic markers, and the author', () => {
    expect(result.data.title).toEqual({
      id: 'KERJASAMA NATIONAL CENTRAL BUREAU (NCB) INTERPOL INDONESIA DENGAN PEMERINTAH KAMBOJA DALAM MENANGANI KASUS PERDAGANGAN MANUSIA YANG MENIMPA WARGA NEGARA INDONESIA DI KAMBOJA TAHUN 2021 – 2022',
      en: 'COOPERATION BETWEEN THE NATIONAL CENTRAL BUREAU (NCB) INTERPOL INDONESIA AND THE GOVERNMENT OF CAMBODIA IN DEALING WITH CASES OF HUMAN TRAFFICKING INVOLVING INDONESIAN CITIZENS IN CAMBODIA DURING 2021 UNTIL 2022',
    });
    expect(result.data.authors).toEqual(['Tarisya Alifia']);
  });

  it('reads both abstracts and splits the inline English keywords off', () => {
    expect(firstWords(result.data.abstract?.id, 3)).toBe('Perdagangan manusia masih');
    expect(lastWords(result.data.abstract?.id, 3)).toBe('lebih luas lagi.');
    expect(firstWords(result.data.abstract?.en, 3)).toBe('Human trafficking remains');
    expect(lastWords(result.data.abstract?.en, 3)).toBe('a broader scale.');
    expect(result.data.keywords).toEqual({
      id: ['Perdagangan Manusia', 'Kerjasama Bilateral', 'Organisasi Internasional'],
      en: ['Human Trafficking', 'Bilateral Cooperation', 'International Organizations'],
    });
  });

  it('flags the unusual keyword label and the missing institution and year', () => {
    expect(result.review.find((flag) => flag.field === 'keywords.id')?.reason).toContain('Kata Kerja');
    expect(flagged(result)).toEqual(expect.arrayContaining(['institution', 'year']));
    expect(flagged(result)).not.toContain('authors');
    expect(flagged(result)).not.toContain('title.id');
  });

  it('reads the period from the title', () => {
    expect(result.data.period).toEqual({ from: 2021, to: 2022 });
  });
});

describe('parseThesis on seed 004 (PDF text with chapters)', () => {
  const result = parseThesis(seed('004_283af9bc0a07874b.txt'));
  const body = result.body.split('\n\n');

  it('reads the citation-style header', () => {
    expect(result.kind).toBe('thesis-full');
    expect(result.data.fullText).toBe(true);
    expect(result.data.authors).toEqual(['Muh. Faiq Qushayyi']);
    expect(result.data.studentNumber).toBe('E061181339');
    expect(result.data.supervisors).toEqual([
      { name: 'Muhammad Nasir Badu, S.Sos.,M.Hum.,Ph.D.', role: 'pembimbing I' },
      { name: 'Agussalim Burhanuddin S. IP, MIRAP', role: 'pembimbing II' },
    ]);
    expect(result.data.institution).toBe('Universitas Hasanuddin');
    expect(result.data.faculty).toBe('Fakultas Ilmu Sosial dan Ilmu Politik');
    expect(result.data.department).toBe('departemen ilmu hubungan internasional');
    expect(result.data.title).toEqual({
      id: 'Dampak Kerja sama Keamanan Siber antara Indonesia dan Belanda terhadap Peningkatan Keamanan Siber di Indonesia',
      en: 'The Impact of Cyber Security Cooperation between Indonesia and the Netherlands on Increasing Cyber Security in Indonesia',
    });
  });

  it('reads the reflowed abstracts without the header and the wrapped keywords', () => {
    expect(firstWords(result.data.abstract?.id, 4)).toBe('Penelitian ini bertujuan untuk');
    expect(lastWords(result.data.abstract?.id, 4)).toBe('melalui program pelatihan siber.');
    expect(result.data.abstract?.id).not.toContain('\n');
    expect(firstWords(result.data.abstract?.en, 3)).toBe('This research aims');
    expect(lastWords(result.data.abstract?.en, 3)).toBe('cyber training programs.');
    expect(result.data.keywords).toEqual({
      id: ['Keamanan Siber', 'Kerja sama bilateral', 'Aktor Negara', 'Kerja sama Keamanan'],
      en: ['Cyber Security', 'Bilateral Cooperation', 'State Actors', 'Security Cooperation'],
    });
    expect(result.data.method).toBe('kualitatif');
  });

  it('flags what the text does not give', () => {
    expect(flagged(result)).toEqual(expect.arrayContaining(['year', 'studyType', 'period']));
    expect(flagged(result)).not.toContain('institution');
  });

  it('writes the chapter and section headings', () => {
    expect(body.filter((block) => block.startsWith('#'))).toEqual([
      '## BAB I PENDAHULUAN',
      '### A. Latar Belakang',
      '### B. Batasan dan rumusan Masalah',
      '### C. Tujuan dan Kegunaan Penelitian',
      '### D. Metode Penelitian',
      '#### 1. Jenis Penelitian',
      '#### 2. Teknik Pengumpulan data',
      '#### 3. Jenis Data',
      '#### 4. Teknik analisis Data',
      '#### 5. Metode Penulisan',
      '### E. Kerangka Konseptual',
      '#### 1. Keamanan Nasional',
      '#### 2. Kerja sama Bilateral',
      '## BAB II TINJAUAN PUSTAKA',
      '### A. Keamanan Nasional',
      '#### 1. Konsep Keamanan Tradisional',
      '#### 2. Keamanan Non-Tradisional',
      '### B. Kerja sama Bilateral',
    ]);
  });

  it('does not repeat the abstracts in the body', () => {
    expect(result.body).not.toContain('ABSTRAK');
    expect(result.body).not.toContain('Kata Kunci');
  });

  it('writes the research questions as a list', () => {
    expect(body).toContain('1. Bagaimana bentuk kerja sama keamanan Indonesia dan Belanda?');
    expect(body).toContain('2. Bagaimana dampak kerja sama keamanan antara Indonesia-Belanda terhadap peningkatan keamanan siber Indonesia?');
  });

  it('writes the English passages as block quotes', () => {
    const quotes = body.filter((block) => block.startsWith('> '));
    expect(quotes).toHaveLength(2);
    expect(quotes[0]).toMatch(/^> Security is primarily about the fate of human collectivities.* \(Buzan et al., 1998\)\.$/);
    expect(quotes[1]).toMatch(/^> International relations may refer to all forms of interaction .* international values and ethics\.$/);
  });

  it('joins a sentence across a page break and mends hyphenated words', () => {
    expect(body.some((block) => block.includes('kejahatan siber atau kejahatan dunia maya (cybercrime). Cyber Crime merupakan aktivitas'))).toBe(true);
    expect(result.body).toContain('prosedur statistik dan bentuk-bentuk hitungan lainnya');
    expect(result.body).toContain('konsep keamanan non-tradisional itu sendiri');
  });

  it('drops the page number and keeps in-text citations', () => {
    expect(body).not.toContain('30');
    expect(result.body).toContain('(Our World In Data, 2022)');
  });

  it('keeps the flattened table in a block and flags it', () => {
    expect(result.body).toContain('Tabel 1 Dimensi keamanan dalam pandangan tradisional dan non tradisional\n\n```text\nDimensi Keamanan Keamanan tradisional\n');
    expect(result.body).toContain('```\n\nSumber: (Azizah, 2020)');
    expect(result.review).toContainEqual({ field: 'body', reason: expect.stringContaining('Tabel 1 Dimensi keamanan') });
  });
});

describe('parseThesis on made-up variants', () => {
  it('reads authors marked with letters and their lettered units, the next letter no part of a name', () => {
    const text = [
      'KERJA SAMA INDONESIA DAN MALAYSIA DALAM PENANGGULANGAN',
      'PERDAGANGAN ORANG DI PERBATASAN KALIMANTAN',
      'Ahmad Fauzi Rahman a,*, Siti Nurhaliza b',
      'a Jurusan Hubungan Internasional, Universitas Tanjungpura',
      'b Fakultas Hukum, Universitas Indonesia',
      '*Corresponding author: ahmad.fauzi@untan.ac.id',
      '',
      'Abstrak',
      'Penelitian ini membahas kerja sama kedua negara dalam menanggulangi perdagangan orang di perbatasan.',
    ].join('\n');
    const result = parseThesis(text, { article: true });
    expect(result.data.authors).toEqual(['Ahmad Fauzi Rahman', 'Siti Nurhaliza']);
    expect(result.data.institution).toBe('Universitas Tanjungpura');
    expect(result.data.department).toBe('Jurusan Hubungan Internasional');
  });

  it("stops an article's mixed-case title where its marked author line begins", () => {
    // An OJS first page whose lines carry no blank lines between title, authors and affiliations.
    const text = [
      'Kerja Sama Indonesia dan Malaysia dalam Penanggulangan',
      'Perdagangan Orang di Perbatasan Kalimantan',
      'Ahmad Fauzi Rahman1, Siti Nurhaliza2 dan Budi Santoso3',
      '1Universitas Tanjungpura',
      '2Universitas Indonesia',
      '3Universitas Padjadjaran',
      'ahmad.fauzi@untan.ac.id',
      '',
      'Abstrak',
      'Penelitian ini membahas kerja sama kedua negara dalam menanggulangi perdagangan orang di perbatasan.',
      'Kata kunci: perdagangan orang, perbatasan, kerja sama',
    ].join('\n');
    const result = parseThesis(text, { article: true });
    expect(result.data.title).toEqual({ id: 'Kerja Sama Indonesia dan Malaysia dalam Penanggulangan Perdagangan Orang di Perbatasan Kalimantan' });
    expect(result.data.authors).toEqual(['Ahmad Fauzi Rahman', 'Siti Nurhaliza', 'Budi Santoso']);
    expect(result.data.institution).toBe('Universitas Tanjungpura');
  });

  it('reads a cover page with labelled fields, spaced heading and keywords on the next line', () => {
    const text = [
      'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING',
      'DI ASIA TENGGARA TAHUN 2019-2022',
      '',
      'SKRIPSI',
      '',
      'Oleh:',
      'Siti Rahmawati',
      'NIM: 17/412345/SP/27890',
      '',
      'Dosen Pembimbing I: Dr. Budi Santoso, M.A.',
      'Dosen Pembimbing II: Rina Kartika, S.IP., M.Si.',
      '',
      'Program Studi Hubungan Internasional, Universitas Gadjah Mada',
      '',
      '2023',
      '',
      'A B S T R A K',
      '',
      'Skripsi ini membahas peran ASEAN. Penelitian ini menggunakan metode penelitian kualitatif deskriptif.',
      '',
      'Kata kunci:',
      'ASEAN; penipuan daring; kerja sama regional',
      '',
      'ABSTRACT',
      '',
      'This thesis discusses the role of ASEAN.',
      '',
      'Keywords— ASEAN, online scams, regional cooperation.',
    ].join('\r\n');
    const result = parseThesis(text);
    expect(result.data).toMatchObject({
      title: { id: 'PERAN ASEAN DALAM MENANGANI PENIPUAN DARING DI ASIA TENGGARA TAHUN 2019-2022' },
      authors: ['Siti Rahmawati'],
      studentNumber: '17/412345/SP/27890',
      supervisors: [
        { name: 'Dr. Budi Santoso, M.A.', role: 'Pembimbing I' },
        { name: 'Rina Kartika, S.IP., M.Si.', role: 'Pembimbing II' },
      ],
      department: 'Program Studi Hubungan Internasional',
      institution: 'Universitas Gadjah Mada',
      studyType: 'SKRIPSI',
      year: 2023,
      period: { from: 2019, to: 2022 },
      method: 'kualitatif deskriptif',
      keywords: { id: ['ASEAN', 'penipuan daring', 'kerja sama regional'], en: ['ASEAN', 'online scams', 'regional cooperation'] },
    });
    expect(result.data.title?.en).toBeUndefined();
    expect(flagged(result)).toEqual(['title.en', 'faculty']);
  });

  it('reads an abstract with the text on the heading line, "Key words:" and supervisors below', () => {
    const text = 'Abstrak: Penelitian ini bertujuan untuk menganalisis kerja sama Indonesia dan Malaysia.\nKey words: perdagangan orang, kerja sama bilateral\n\nPembimbing: Dr. Ahmad Yani dan Prof. Rina Sari\n';
    const result = parseThesis(text);
    expect(result.data.abstract).toEqual({ id: 'Penelitian ini bertujuan untuk menganalisis kerja sama Indonesia dan Malaysia.' });
    expect(result.data.keywords).toEqual({ id: ['perdagangan orang', 'kerja sama bilateral'], en: [] });
    expect(result.data.supervisors).toEqual([
      { name: 'Dr. Ahmad Yani', role: 'Pembimbing' },
      { name: 'Prof. Rina Sari', role: 'Pembimbing' },
    ]);
    expect(result.data.languages).toEqual(['id']);
    expect(flagged(result)).toContain('abstract.en');
  });

  it('reads a text with no abstract from its cover, keeps its prose as the body and flags the abstract', () => {
    const prose =
      'Penelitian ini membahas kerja sama kepolisian Indonesia dan Australia dalam menangani kejahatan siber lintas negara, ' +
      'termasuk pertukaran informasi, pelatihan bersama, dan penyidikan gabungan atas jaringan penipuan daring.';
    const text = `KERJA SAMA KEPOLISIAN INDONESIA DAN AUSTRALIA\n\nSKRIPSI\n\nOleh\nBudi Santoso\nNIM: E061181339\n\nFAKULTAS HUKUM\nUNIVERSITAS JEMBER\n2021\n\n${prose}\n`;
    const result = parseThesis(text);
    expect(result.kind).toBe('thesis-abstract');
    expect(result.data.title).toEqual({ id: 'KERJA SAMA KEPOLISIAN INDONESIA DAN AUSTRALIA' });
    expect(result.data.authors).toEqual(['Budi Santoso']);
    expect(result.data.year).toBe(2021);
    expect(result.data.abstract).toEqual({});
    expect(result.data.languages).toEqual(['id']);
    expect(result.data.fullText).toBe(true);
    expect(result.body).toContain('Penelitian ini membahas kerja sama kepolisian');
    expect(result.review.find((flag) => flag.field === 'abstract')?.reason).toMatch(/No abstract was found/);
  });

  it('takes the year from the cover, never from a year the title or abstract names', () => {
    const abstract = 'Penelitian ini membahas kerja sama Indonesia dan Australia pada periode 2015-2018 setelah serangan tahun 2013.';
    const title = 'KERJA SAMA INDONESIA DAN AUSTRALIA DALAM KEAMANAN SIBER TAHUN 2018';
    const undated = parseThesis(`${title}\n\nOleh\nBudi Santoso\n\nABSTRAK\n\n${abstract}\n`);
    expect(undated.data.title.id).toBe(title);
    expect(undated.data.year).toBeUndefined();
    expect(flagged(undated)).toContain('year');
    const dated = parseThesis(`${title}\n\nOleh\nBudi Santoso\n\nUNIVERSITAS JEMBER\n2021\n\nABSTRAK\n\n${abstract}\n`);
    expect(dated.data.year).toBe(2021);
  });

  it('reads a text as a journal article when told to, flagging the journal it does not name', () => {
    const result = parseThesis(`ABSTRAK\n\nPenelitian ini membahas kerja sama kedua negara.\n`, { article: true });
    expect(result.kind).toBe('article');
    expect(flagged(result)).toContain('publication.journal');
  });
});

describe('parseThesis on headings with no abstract under them', () => {
  it.each([
    ['a note and a bare heading', 'Catatan\nAbstrak\n'],
    ['a heading alone', 'ABSTRAK\n'],
    ['two headings and no text', 'ABSTRAK\n\nABSTRACT\n'],
  ])('does not refuse %s: the abstract is flagged', (_, text) => {
    const result = parseThesis(text);
    expect(result.data.abstract).toEqual({});
    expect(result.data.languages).toHaveLength(1);
    expect(flagged(result)).toContain('abstract');
  });

  it('drops an empty abstract and keeps the title printed over it for the next one', () => {
    const text = [
      '**KERJA SAMA INDONESIA DAN MALAYSIA MELAWAN PERDAGANGAN ORANG**',
      '',
      'ABSTRAK',
      '',
      'ABSTRACT',
      '',
      'This study examines how Indonesia and Malaysia work together against human trafficking.',
      '',
      'Keywords: trafficking, cooperation',
      '',
    ].join('\n');
    const result = parseThesis(text);
    expect(result.data.languages).toEqual(['en']);
    expect(result.data.abstract).toEqual({ en: 'This study examines how Indonesia and Malaysia work together against human trafficking.' });
    expect(Object.values(result.data.title ?? {})).toEqual(['KERJA SAMA INDONESIA DAN MALAYSIA MELAWAN PERDAGANGAN ORANG']);
    expect(flagged(result)).toContain('abstract.id');
  });
});

describe('parseThesis on a second abstract in a language already taken', () => {
  const text = [
    'ABSTRAK',
    '',
    'Penelitian ini membahas kerja sama Indonesia dan Thailand dalam memberantas penipuan daring lintas negara.',
    '',
    'Kata kunci: penipuan daring, kerja sama',
    '',
    'ABSTRAK',
    '',
    'Skripsi ini mengkaji peran kepolisian dalam menangani perdagangan orang di daerah perbatasan.',
    '',
    'Kata kunci: perdagangan orang',
    '',
  ].join('\n');
  const result = parseThesis(text);

  it('keeps the first and flags the one left out, quoting its heading and first words', () => {
    expect(result.data.abstract).toEqual({
      id: 'Penelitian ini membahas kerja sama Indonesia dan Thailand dalam memberantas penipuan daring lintas negara.',
    });
    const dropped = result.review.filter((flag) => flag.field === 'abstract');
    expect(dropped).toHaveLength(1);
    expect(dropped[0]?.reason).toContain('"ABSTRAK"');
    expect(dropped[0]?.reason).toContain('Skripsi ini mengkaji peran kepolisian dalam menangani perdagangan');
    expect(dropped[0]?.reason).toContain('Indonesian is taken');
  });
});

describe('parseThesis: abstracts and keywords from the evidence of the front', () => {
  it('gives Indonesian text under an "Abstract:" heading to Indonesian', () => {
    const text = 'Abstract:\nPenelitian ini membahas mengenai alasan Australia dalam memberikan bantuan luar negeri terhadap Indonesia pada bidang kontra-terorisme.\n';
    const result = parseThesis(text);
    expect(Object.keys(result.data.abstract)).toEqual(['id']);
    expect(result.data.languages).toEqual(['id']);
  });

  it('takes the prose before "Kata kunci:" on a page without headings as the abstract, its keywords too, and flags it', () => {
    const text = [
      'Handling of Human Trafficking in the Modern Era in Indonesia',
      'Received 06 December 2022',
      'Artikel ini bertujuan untuk menganalisa yaitu dengan menggambarkan dan ikut bagaimana cara penanganan human trafficking di era modern yang terjadi saat ini.',
      'Kata kunci: perdagangan manusia, kesadaran, kerjasama',
    ].join('\n\n');
    const result = parseThesis(text, { article: true });
    expect(firstWords(result.data.abstract.id, 4)).toBe('Artikel ini bertujuan untuk');
    expect(result.data.keywords?.id).toEqual(['perdagangan manusia', 'kesadaran', 'kerjasama']);
    expect(result.review.find((flag) => flag.field === 'abstract.id')?.reason).toContain('prose before a keyword line');
  });
});

describe('parseThesis: the journal printed apart from its issue line', () => {
  it('takes the journal named a few lines over a bare volume line, and pages printed on the next line', () => {
    const article = [
      'Journal of Law, Policy and Globalization www.iiste.org',
      'Vol.42, 2015',
      'Trafficking Legislation Development in Indonesia',
      'Abstract',
      'Trafficking in persons has become a global phenomenon that affects many countries in the world today.',
    ].join('\n\n');
    expect(parseThesis(article, { article: true }).data.publication).toEqual({ journal: 'Journal of Law, Policy and Globalization', volume: '42' });
    const header = 'Journal of International Relations, Volume 2, Nomor 1, Tahun 2016\nJournal of International Relations, Volume 2, Nomor 1, Tahun 2016, hal.\n189-196\nABSTRACT\nMalaysia is one of major destination countries for Indonesian migrant workers in the region.\n';
    expect(parseThesis(header, { article: true }).data.publication?.pages).toBe('189-196');
  });
});

describe('parseThesis: a bare issue line, and the running header naming the journal under it', () => {
  const page = (header: string) =>
    [
      'Vol. 5, No. 7, July 2024',
      'E-ISSN: 2723-6692',
      header,
      'Abstract',
      'Migration, or the movement of people from their country of origin to another country, is not a new phenomenon.',
    ].join('\n');

  it('takes the journal from the running header of the same volume and number', () => {
    expect(parseThesis(page('Jurnal Kajian Migrasi, Vol. 5, No. 7, July 2024 1820'), { article: true }).data.publication).toEqual({
      journal: 'Jurnal Kajian Migrasi',
      volume: '5',
      issue: '7',
    });
  });

  it('takes no journal from an issue line of another number', () => {
    expect(parseThesis(page('Jurnal Kajian Migrasi, Vol. 5, No. 2, July 2024 1820'), { article: true }).data.publication?.journal).toBeUndefined();
  });
});

describe("parseThesis: a sharing site's title repeating the issue line cut short", () => {
  it('takes the issue line beside the ISSN, the masthead, over a shorter copy of it above', () => {
    const page = [
      'JHK Vol 3 no 4 Desember 2024 hal 310 318',
      'Jurnal Hukum Kita Vol.3, No.4 Desember 2024 e-ISSN: 2963-0000; p-ISSN: 2963-0001, Hal 310-318',
      'Kebijakan Hukum Pidana mengenai Judi Online',
      'Abstract. The development of information technology has made it easier for people to gamble online.',
    ].join('\n\n');
    expect(parseThesis(page, { article: true }).data.publication).toMatchObject({ journal: 'Jurnal Hukum Kita', pages: '310-318' });
  });
});

describe('parseThesis: publication details with no issue line before the abstract', () => {
  it('takes the journal named over its ISSN and a page range printed alone under a label', () => {
    const page = [
      'Lembaga Kajian Perbatasan, Jurnal Publikasi, Jurnal Akademik',
      'Jurnal Kajian Perbatasan Nusantara',
      'ISSN 2615-0000 (Online)',
      'Kerja Sama Patroli Laut Indonesia dan Filipina',
      'Rina Wulandari',
      'Halaman: 45-60',
      'Keywords: border, patrol, Sulu Sea',
      'Kerja sama patroli terkoordinasi di Laut Sulu dibentuk untuk menekan penculikan dan penyelundupan lintas batas.',
    ].join('\n');
    expect(parseThesis(page, { article: true }).data.publication).toEqual({ journal: 'Jurnal Kajian Perbatasan Nusantara', pages: '45-60' });
  });

  it('reads the issue line of a first page printed under a repository record\'s abstract, up to the article\'s own abstract', () => {
    const record = [
      'Patroli Laut Terkoordinasi di Selat Malaka',
      'Abstract',
      'This study examines coordinated sea patrols in the Malacca Strait and the obstacles the three states face in sharing data.',
      'Jurnal Keamanan Maritim',
      'Volume. 3, No. 1, Maret 2023',
      'e-ISSN : 2900-0000; Hal. 10-21',
      'Patroli Laut Terkoordinasi di Selat Malaka',
      'Abstract This study examines coordinated sea patrols in the Malacca Strait and the obstacles the three states face.',
      'Keywords: patrol, Malacca Strait',
      'REFERENCES',
      'Jurnal Lain, Vol. 9 No. 4, 2019, pp. 1-9',
    ].join('\n');
    expect(parseThesis(record, { article: true }).data.publication).toEqual({ journal: 'Jurnal Keamanan Maritim', volume: '3', issue: '1', pages: '10-21' });
  });

  it('reads no issue line after the abstract when nothing closes it', () => {
    const record = [
      'Patroli Laut Terkoordinasi di Selat Malaka',
      'Abstract',
      'This study examines coordinated sea patrols in the Malacca Strait and the obstacles the three states face in sharing data.',
      'Jurnal Lain, Vol. 9 No. 4, 2019, pp. 1-9',
    ].join('\n');
    expect(parseThesis(record, { article: true }).data.publication?.volume).toBeUndefined();
  });
});

/** Parses the lines of a small article page, one string a line. */
const parseArticleLines = (lines: string[]) => parseThesis(lines.join('\n'), { article: true });

describe('parseThesis, keywords printed under an English label in Indonesian', () => {
  const result = parseArticleLines([
    'Kerja Sama Kepolisian dalam Pemberantasan Pencucian Uang Lintas Negara',
    '',
    'Abstract',
    '',
    'This article examines police cooperation between Indonesia and its neighbours against money laundering across borders, drawing on interviews and court records from the last decade of cases.',
    '',
    'Keywords: pencucian uang, kejahatan lintas negara, kerja sama kepolisian',
    '',
  ]);

  it('files them as Indonesian, leaving the English keywords empty', () => {
    expect(result.data.keywords?.id).toEqual(['pencucian uang', 'kejahatan lintas negara', 'kerja sama kepolisian']);
    expect(result.data.keywords?.en ?? []).toEqual([]);
  });
});

describe('parseThesis, an article page with a "How to Cite" reference and no issue line', () => {
  const result = parseArticleLines([
    'Main Article Content',
    '',
    'Abstract',
    '',
    'This article examines maritime patrols in the Malacca Strait and the cooperation between the navies of the coastal states against piracy and armed robbery at sea.',
    '',
    'How to Cite',
    'Pratama, Sari, D. A., & Wijaya. (2023). Patrols at Sea: Cooperation Against Piracy. Jurnal Keamanan Laut, 4(2), 101-118. https://doi.org/10.1234/jkl.v4i2.77',
    '',
  ]);

  it('reads title, authors, year and the publication from the reference', () => {
    expect(result.data.title?.en).toBe('Patrols at Sea: Cooperation Against Piracy');
    expect(result.data.authors).toEqual(['Pratama', 'Sari, D. A.', 'Wijaya']);
    expect(result.data.year).toBe(2023);
    expect(result.data.publication).toEqual({ journal: 'Jurnal Keamanan Laut', volume: '4', issue: '2', pages: '101-118', doi: '10.1234/jkl.v4i2.77' });
  });
});

describe('parseThesis, an Indonesian title under site chrome over an English-only abstract', () => {
  const result = parseArticleLines([
    'ArticlePDF Available',
    '',
    'Upaya Kepolisian Dalam Menanggulangi Penyelundupan Manusia: Studi Kasus Polda Contoh',
    '',
    'Authors:',
    '',
    'Abstract',
    '',
    'This study aims to find out and analyze the efforts made by the provincial police in tackling people smuggling in the province, using interviews and literature studies analyzed qualitatively.',
    '',
  ]);

  it('keeps the title in its own language and derives none from the aim', () => {
    expect(result.data.title).toEqual({ id: 'Upaya Kepolisian Dalam Menanggulangi Penyelundupan Manusia: Studi Kasus Polda Contoh' });
    expect(result.review.find((flag) => flag.field === 'title.en')?.reason).toMatch(/gives one in/);
  });
});

describe('parseThesis, a journal named over its issue line with its ISSNs in brackets', () => {
  const result = parseArticleLines([
    'Journal of Maritime Law and Policy (Print ISSN: 1234-5678; Online ISSN: 1234-5679)',
    '',
    'Review Article: 2021 Vol: 12 Issue: 3S',
    '',
    'Patrols at Sea and the Law of Piracy in the Malacca Strait',
    '',
    'Abstract',
    '',
    'This article examines maritime patrols in the Malacca Strait and the cooperation between the navies of the coastal states against piracy and armed robbery at sea.',
    '',
  ]);

  it('reads the journal without its ISSNs, and the issue line without the label', () => {
    expect(result.data.publication).toEqual({ journal: 'Journal of Maritime Law and Policy', volume: '12', issue: '3S' });
    expect(result.data.year).toBe(2021);
  });
});

describe('parseThesis: a title over the abstract run on into its translation', () => {
  it('keeps the title in the language the front reads alone, not both run together', () => {
    const text = [
      'ANALISIS KEBIJAKAN INDONESIA DALAM MENANGANI',
      'KEJAHATAN SIBER TRANSNASIONAL',
      'ANALYSIS OF THE POLICY OF INDONESIA IN HANDLING',
      'TRANSNATIONAL CYBERCRIME',
      'Ahmad Fauzi',
      'Universitas Pertahanan',
      'Abstrak',
      'Artikel ini menganalisis kebijakan Indonesia dalam menangani kejahatan siber transnasional di kawasan.',
      'Abstract',
      'This article analyses the policy of Indonesia in handling transnational cybercrime in the region.',
    ].join('\n');
    const titles = Object.values(parseThesis(text, { article: true }).data.title);
    expect(titles).toContain('ANALISIS KEBIJAKAN INDONESIA DALAM MENANGANI KEJAHATAN SIBER TRANSNASIONAL');
    expect(titles.some((title) => title.includes('KEJAHATAN SIBER TRANSNASIONAL ANALYSIS'))).toBe(false);
  });
});

describe('parseThesis: a title over the abstract run on into its author', () => {
  it("keeps the title the front reads alone, without the author's name and degrees", () => {
    const text = [
      'Penegakan Hukum terhadap Pelaku Penipuan Daring Lintas Negara',
      'Dr. Ahmad Fauzi, S.H., M.H.',
      'Fakultas Hukum Universitas Jember',
      'Abstrak',
      'Penelitian ini membahas penegakan hukum terhadap pelaku penipuan daring lintas negara.',
    ].join('\n');
    expect(parseThesis(text, { article: true }).data.title.id).toBe('Penegakan Hukum terhadap Pelaku Penipuan Daring Lintas Negara');
  });
});

describe('parseThesis: an issue line broken after its number label', () => {
  it('joins the number printed on the next line back to the issue line', () => {
    const article = [
      'Lintas Rencang : Jurnal Hukum Lex Umum. Vol.2. No.',
      '7 (Juli 2021)',
      'KERJA SAMA PATROLI LAUT INDONESIA DAN FILIPINA',
      'Rina Wulandari',
      'ABSTRAK',
      'Kerja sama patroli terkoordinasi di Laut Sulu dibentuk untuk menekan penculikan dan penyelundupan lintas batas.',
    ].join('\n');
    expect(parseThesis(article, { article: true }).data.publication).toEqual({ journal: 'Lintas Rencang : Jurnal Hukum Lex Umum', volume: '2', issue: '7' });
  });
});

describe('parseThesis: an issue line naming no journal, and the masthead over the ISSN', () => {
  it('takes the journal named over the ISSN line when the issue line names none', () => {
    const page = [
      'Volume 5, Issue 1, 2020, pp. 1-15',
      'Kerja Sama Patroli Laut Indonesia dan Filipina',
      'Rina Wulandari',
      'Departemen Hubungan Internasional, Universitas Contoh',
      'Korespondensi: rina@contoh.ac.id',
      'Jurnal Kajian Perbatasan Nusantara',
      'p-ISSN 2615-0000 e-ISSN 2615-0001',
      'Abstract',
      'Coordinated patrols in the Sulu Sea were set up to curb kidnapping and smuggling across the border.',
    ].join('\n');
    expect(parseThesis(page, { article: true }).data.publication).toEqual({
      journal: 'Jurnal Kajian Perbatasan Nusantara',
      volume: '5',
      issue: '1',
      pages: '1-15',
    });
  });
});

describe('parseThesis: a cover that lost its title', () => {
  it("takes no title from the author's name left over the abstract", () => {
    const text = [
      'Budi Santoso Wicaksono',
      'Submitted in accordance with the requirements for the degree of Doctor of Philosophy',
      'The University of Leeds School of Law',
      'April 2017',
      'Abstract',
      'This thesis examines how the law of Malaysia deals with human trafficking and what the courts have made of the offence since the act came into force. It reads the cases decided in the last ten years and asks whether the victims were protected as the act promises.',
    ].join('\n\n');
    expect(parseThesis(text).data.title).toEqual({});
  });
});
