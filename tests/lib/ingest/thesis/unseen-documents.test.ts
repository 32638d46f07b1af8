/**
 * The thesis parser on documents of forms the seeds do not have (made up for these tests, under
 * tests/fixtures/unseen/studies/): other abstract labels, cover pages, form lines, an
 * English-first thesis, a master's thesis, a journal article, form feeds and running headers,
 * CRLF line endings with no-break spaces.
 */
import { describe, expect, it } from 'vitest';
import { parseThesis } from '../../../../src/lib/ingest/thesis/parse-thesis.ts';
import { firstWords, flagged, headings, lastWords, parseFixture } from './unseen-fixtures.ts';

describe('a skripsi with INTISARI and a form under each heading', () => {
  const result = parseFixture('intisari-skripsi-labelled.txt');

  it('reads the form lines as author, student number and supervisor, not as the abstract', () => {
    expect(result.data.authors).toEqual(['Rahmat Hidayatullah']);
    expect(result.data.studentNumber).toBe('16/398214/SP/27351');
    expect(result.data.supervisors).toEqual([{ name: 'Dr. Wening Kusumastuti, M.A.', role: 'Pembimbing' }]);
  });

  it('reads INTISARI as the Indonesian abstract and the lower-case "Kata kunci"', () => {
    expect(firstWords(result.data.abstract.id, 4)).toBe('Penyelundupan pekerja migran melalui');
    expect(lastWords(result.data.abstract.id, 3)).toBe('menjadi prioritas bersama.');
    expect(result.data.abstract.id).not.toContain('Nama');
    expect(firstWords(result.data.abstract.en, 4)).toBe('The smuggling of migrant');
    expect(lastWords(result.data.abstract.en, 3)).toBe('a shared priority.');
    expect(result.data.abstract.en).not.toContain('Student Number');
    expect(result.data.keywords).toEqual({
      id: ['penyelundupan manusia', 'pekerja migran', 'kerja sama bilateral', 'Selat Malaka'],
      en: ['people smuggling', 'migrant workers', 'bilateral cooperation', 'Strait of Malacca'],
    });
  });

  it('reads the title, the units printed below the abstracts, type, period and method', () => {
    expect(result.data.title).toEqual({
      id: 'KERJA SAMA INDONESIA DAN MALAYSIA DALAM MENANGANI PENYELUNDUPAN PEKERJA MIGRAN MELALUI JALUR LAUT DI SELAT MALAKA TAHUN 2016–2020',
    });
    expect(result.data.department).toBe('Departemen Ilmu Hubungan Internasional');
    expect(result.data.faculty).toBe('Fakultas Ilmu Sosial dan Ilmu Politik');
    expect(result.data.institution).toBe('Universitas Bumi Mataram');
    expect(result.data.studyType).toBe('Skripsi');
    expect(result.data.period).toEqual({ from: 2016, to: 2020 });
    expect(result.data.method).toBe('kualitatif');
  });

  it('flags only what the page lacks: an English title and the year', () => {
    expect(flagged(result)).toEqual(['title.en', 'year']);
    expect(result.data.year).toBeUndefined();
  });
});

describe('an English-first thesis with "Keywords —"', () => {
  const result = parseFixture('english-first-thesis.txt');

  it('reads each title over its own abstract', () => {
    expect(result.data.title).toEqual({
      id: 'PERAN OTORITAS IMIGRASI ASEAN DALAM MENANGKAL PEREKRUTAN WARGA NEGARA INDONESIA OLEH JARINGAN PENIPUAN DARING (2019-2023)',
      en: 'THE ROLE OF ASEAN IMMIGRATION AUTHORITIES IN COUNTERING THE RECRUITMENT OF INDONESIAN NATIONALS BY ONLINE SCAM NETWORKS (2019-2023)',
    });
    expect(firstWords(result.data.abstract.en, 3)).toBe('Online scam compounds');
    expect(lastWords(result.data.abstract.en, 3)).toBe('that recruiters exploit.');
    expect(firstWords(result.data.abstract.id, 3)).toBe('Kompleks penipuan daring');
    expect(lastWords(result.data.abstract.id, 3)).toBe('yang dimanfaatkan perekrut.');
  });

  it('reads the dash-labelled keyword lists split on semicolons', () => {
    expect(result.data.keywords).toEqual({
      id: ['penipuan daring', 'perdagangan tenaga kerja', 'kerja sama keimigrasian', 'ASEAN'],
      en: ['online scams', 'labour trafficking', 'immigration cooperation', 'ASEAN'],
    });
  });

  it('reads the cover: student ID (not the years in the title), units, city and year apart', () => {
    expect(result.data.authors).toEqual(['Kevin Aldrian Saputra']);
    expect(result.data.studentNumber).toBe('019201900172');
    expect(result.data.department).toBe('International Relations Study Program');
    expect(result.data.faculty).toBe('Faculty of Humanities and Social Sciences');
    expect(result.data.institution).toBe('Universitas Pelita Samudra');
    expect(result.data.year).toBe(2024);
    expect(result.data.studyType).toBe('UNDERGRADUATE THESIS');
    expect(result.data.supervisors).toEqual([{ name: 'Dr. Margaretha Hutapea, M.Si.', role: 'Advisor' }]);
    expect(result.data.period).toEqual({ from: 2019, to: 2023 });
    expect(result.review).toEqual([]);
  });
});

describe('a master\'s thesis (tesis) cover with "Program Magister" and "YOGYAKARTA 2022"', () => {
  const result = parseFixture('tesis-magister-cover.txt');

  it('reads the cover', () => {
    expect(result.data.studyType).toBe('TESIS');
    expect(result.data.title.id).toBe(
      'DIPLOMASI PERLINDUNGAN INDONESIA TERHADAP ANAK BUAH KAPAL PERIKANAN KORBAN KERJA PAKSA DI PERAIRAN TAIWAN',
    );
    expect(result.data.authors).toEqual(['LARASATI AYUNINGTYAS']);
    expect(result.data.studentNumber).toBe('20/462915/PSP/06781');
    expect(result.data.department).toBe('PROGRAM MAGISTER ILMU HUBUNGAN INTERNASIONAL');
    expect(result.data.faculty).toBe('FAKULTAS ILMU SOSIAL DAN ILMU POLITIK');
    expect(result.data.institution).toBe('UNIVERSITAS BUMI MATARAM');
    expect(result.data.year).toBe(2022);
  });

  it('reads the supervisors listed under a bare "Pembimbing:" label', () => {
    expect(result.data.supervisors).toEqual([
      { name: 'Prof. Dr. Bambang Sutejo, M.A.', role: 'Pembimbing' },
      { name: 'Dr. Anindita Paramastri, S.IP., M.Int.St.', role: 'Pembimbing' },
    ]);
  });

  it('reads abstracts, keywords, "antara tahun 2015 dan 2021" and the method', () => {
    expect(firstWords(result.data.abstract.id, 4)).toBe('Anak buah kapal (ABK)');
    expect(lastWords(result.data.abstract.en, 2)).toBe('informal networks.');
    expect(result.data.keywords.en).toEqual(['protection diplomacy', 'fishing crew', 'forced labour', 'Taiwan']);
    expect(result.data.period).toEqual({ from: 2015, to: 2021 });
    expect(result.data.method).toBe('studi kasus');
    expect(flagged(result)).toEqual(['title.en']);
  });
});

describe('a journal article with authors, affiliations, DOI and running headers', () => {
  const result = parseFixture('journal-article-running-headers.txt');

  it('reads the Indonesian title printed over the English-first abstract, not the journal line', () => {
    expect(result.data.title).toEqual({
      id: 'KERJA SAMA KEPOLISIAN INDONESIA DAN FILIPINA DALAM PEMBERANTASAN JARINGAN PENIPUAN INVESTASI DARING LINTAS BATAS',
    });
    expect(flagged(result)).toContain('title.en');
  });

  it('reads every author without the superscript markers', () => {
    expect(result.data.authors).toEqual(['Dimas Prasetyo', 'Nurul Aini Lestari', 'Yohanes Bria']);
  });

  it("keeps the first affiliation only, and says so", () => {
    expect(result.data.department).toBe('Program Studi Hubungan Internasional');
    expect(result.data.institution).toBe('Universitas Tanjung Harapan');
    expect(result.data.faculty).toBeUndefined();
    expect(result.review.find((flag) => flag.field === 'institution')?.reason).toMatch(/3 authors/);
  });

  it('reads both abstracts (one with an inline "Abstrak:") and their keywords', () => {
    expect(firstWords(result.data.abstract.en, 4)).toBe('Cross-border online investment fraud');
    expect(lastWords(result.data.abstract.en, 3)).toBe('prosecution of suspects.');
    expect(firstWords(result.data.abstract.id, 4)).toBe('Penipuan investasi daring lintas');
    expect(lastWords(result.data.abstract.id, 3)).toBe('penuntutan para tersangka.');
    expect(result.data.keywords).toEqual({
      id: ['penipuan daring', 'kerja sama kepolisian', 'ASEANAPOL', 'Filipina'],
      en: ['online fraud', 'police cooperation', 'ASEANAPOL', 'Philippines'],
    });
  });

  it('takes the year from the issue line and the journal details into publication', () => {
    expect(result.data.year).toBe(2021);
    expect(result.data.publication).toEqual({
      journal: 'Jurnal Hubungan Internasional',
      volume: '9',
      issue: '2',
      doi: '10.31415/jhi.v9i2.1187',
    });
    expect(flagged(result)).not.toContain('publication.journal');
    expect(result.review.find((flag) => flag.field === 'studentNumber')?.reason).toMatch(/journal article names no student number/);
  });

  it('keeps the article text as the body, without running headers or page numbers', () => {
    expect(result.kind).toBe('thesis-full');
    expect(headings(result)).toEqual([
      '## PENDAHULUAN',
      '## METODE PENELITIAN',
      '## HASIL DAN PEMBAHASAN',
      '## KESIMPULAN',
      '## DAFTAR PUSTAKA',
    ]);
    expect(result.body).not.toContain('Jurnal Hubungan Internasional');
    expect(result.body).not.toContain('Prasetyo, Lestari & Bria');
    expect(result.body).not.toMatch(/\b14[567]\b/);
    expect(result.body).toContain('identitas palsu (Santoso, 2019). Kondisi ini menuntut kerja sama penegakan hukum');
    expect(result.body).toContain('tiga saluran: pertukaran informasi melalui ASEANAPOL');
  });
});

describe('a thesis extracted with form feeds, a running university header and hyphenation', () => {
  const result = parseFixture('formfeed-running-header-thesis.txt');

  it('keeps an abstract that runs over a page break whole, with its keywords', () => {
    expect(lastWords(result.data.abstract.id, 5)).toBe('belum memiliki kewenangan penyidikan sendiri.');
    expect(result.data.abstract.id).toContain('dan pertukaran informasi lebih sering berhenti');
    expect(result.data.abstract.id).not.toContain('UNIVERSITAS');
    expect(result.data.abstract.id).toContain('Hasil penelitian menunjukkan bahwa');
    expect(result.data.keywords.id).toEqual(['ransomware', 'BSSN', 'kerja sama siber', 'tim tanggap insiden']);
  });

  it('reads the cover', () => {
    expect(result.data.title.id).toBe('PERAN BADAN SIBER DAN SANDI NEGARA DALAM KERJA SAMA PENANGANAN SERANGAN RANSOMWARE LINTAS NEGARA');
    expect(result.data.authors).toEqual(['Yosephine Maria Tanamal']);
    expect(result.data.studentNumber).toBe('1706543210');
    expect(result.data.studyType).toBe('SKRIPSI');
    expect(result.data.department).toBe('PROGRAM STUDI ILMU HUBUNGAN INTERNASIONAL');
    expect(result.data.institution).toBe('UNIVERSITAS SRIWANGI');
    expect(result.data.year).toBe(2021);
  });

  it('writes the body without the running header and mends a typesetting hyphen', () => {
    expect(headings(result)).toEqual(['## BAB 1 PENDAHULUAN', '### 1.1 Latar Belakang', '### 1.2 Rumusan Masalah']);
    expect(result.body).not.toContain('UNIVERSITAS SRIWANGI');
    expect(result.body).toContain('layanan keimigrasian dan rumah sakit');
  });

  it('flags the missing supervisors and the derived English title', () => {
    expect(flagged(result)).toEqual(['title.en', 'supervisors']);
  });
});

describe('a thesis with reference-style headers, "CHAPTER I INTRODUCTION", a table and roman page numbers', () => {
  const result = parseFixture('chapter-table-roman.txt');

  it('reads the "Name. Year. Title. Type." header of each abstract', () => {
    expect(result.data.authors).toEqual(['Hendrawan Putra Nugroho']);
    expect(result.data.year).toBe(2023);
    expect(result.data.studyType).toBe('Skripsi');
    expect(result.data.title).toEqual({
      id: 'Kerja Sama Konsuler Indonesia–Kamboja dalam Pemulangan Korban Kompleks Penipuan Daring, 2020–2023',
      en: 'Indonesia–Cambodia Consular Cooperation in Repatriating Victims of Online Scam Compounds, 2020–2023',
    });
    expect(result.data.supervisors).toEqual([
      { name: 'Dr. Irawati Sembiring, M.Si.', role: 'Pembimbing' },
      { name: 'Fajar Nugraha, S.IP., M.A.', role: 'Pembimbing' },
    ]);
    expect(result.data.department).toBe('Departemen Hubungan Internasional');
    expect(result.data.faculty).toBe('Fakultas Ilmu Sosial dan Ilmu Politik');
    expect(result.data.institution).toBe('Universitas Tanjung Harapan');
  });

  it('reads the abstracts without the header or the page numbers', () => {
    expect(firstWords(result.data.abstract.en, 3)).toBe('Since 2020 hundreds');
    expect(lastWords(result.data.abstract.en, 3)).toBe('is still missing.');
    expect(firstWords(result.data.abstract.id, 3)).toBe('Sejak 2020 ratusan');
    expect(lastWords(result.data.abstract.id, 3)).toBe('korban belum tersedia.');
    expect(result.data.method).toBe('kualitatif deskriptif');
  });

  it('writes the chapters and rebuilds the flattened table, numbers included', () => {
    expect(headings(result)).toEqual([
      '## CHAPTER I INTRODUCTION',
      '### 1.1 Background',
      '### 1.2 Research Question',
      '## CHAPTER II LITERATURE REVIEW',
      '### 2.1 Consular Protection',
    ]);
    expect(result.body).toContain(
      [
        '| Year | Citizens Repatriated |',
        '| - | - |',
        '| 2020 | 14 |',
        '| 2021 | 96 |',
        '| 2022 | 341 |',
        '| 2023 | 1,217 |',
      ].join('\n'),
    );
    expect(flagged(result)).toEqual(['studentNumber']);
  });
});

describe('a CRLF file with no-break spaces and supervisors below the abstracts', () => {
  const result = parseFixture('crlf-nbsp-abstract.txt');

  it('reads the labels despite the no-break spaces', () => {
    expect(result.data.authors).toEqual(['Putri Maharani']);
    expect(result.data.studentNumber).toBe('1806123456');
    expect(result.data.keywords.id).toEqual(['eksploitasi seksual anak', 'kejahatan daring', 'kerja sama bilateral', 'Australia']);
    expect(result.data.keywords.en?.[0]).toBe('online child sexual exploitation');
    expect(result.data.period).toEqual({ from: 2018, to: 2022 });
  });

  it('reads "Metode penelitian yang digunakan adalah kualitatif deskriptif"', () => {
    expect(result.data.method).toBe('kualitatif deskriptif');
  });

  it('reads the supervisors and the units printed after the abstracts', () => {
    expect(result.data.supervisors).toEqual([
      { name: 'Dr. Agustinus Wibowo, M.Si.', role: 'Pembimbing I' },
      { name: 'Sri Wahyuni Hasibuan, S.Sos., M.A.', role: 'Pembimbing II' },
    ]);
    expect(result.data.department).toBe('JURUSAN ILMU HUBUNGAN INTERNASIONAL');
    expect(result.data.institution).toBe('UNIVERSITAS NUSA INDAH');
    expect(result.data.year).toBe(2023);
  });

  it('keeps no carriage return or no-break space in what it read', () => {
    expect(JSON.stringify(result.data)).not.toMatch(/[\r\u00a0]/);
    expect(lastWords(result.data.abstract.id, 3)).toBe('kampanye pencegahan bersama.');
  });

  it('flags the study type the text does not name and the derived English title', () => {
    expect(flagged(result)).toEqual(['title.en', 'studyType']);
  });
});

describe('a form-style page with "ABSTRAK :" and "Abstract:"', () => {
  const result = parseFixture('colon-headings-labelled-form.txt');

  it('reads the wrapped "Judul Skripsi" and the other form lines', () => {
    expect(result.data.title.id).toBe(
      'Efektivitas ASEAN Convention Against Trafficking in Persons Dalam Penanganan Perdagangan Orang di Kepulauan Riau',
    );
    expect(result.data.authors).toEqual(['Muhammad Rizky Ananda']);
    expect(result.data.studentNumber).toBe('B1A117042');
    expect(result.data.department).toBe('Program Studi Ilmu Hubungan Internasional');
    expect(result.data.faculty).toBe('Fakultas Ilmu Sosial dan Ilmu Politik');
    expect(result.data.supervisors).toEqual([{ name: 'Dr. Yuliana Sitorus, M.Si.', role: 'Pembimbing' }]);
  });

  it('reads both abstracts and the "Key words :" list', () => {
    expect(firstWords(result.data.abstract.id, 3)).toBe('Kepulauan Riau menjadi');
    expect(firstWords(result.data.abstract.en, 3)).toBe('The Riau Islands');
    expect(lastWords(result.data.abstract.en, 3)).toBe('the regional level.');
    expect(result.data.keywords.en).toEqual(['human trafficking', 'ACTIP', 'Riau Islands', 'regime effectiveness']);
  });

  it('flags the university and year the page does not give', () => {
    expect(flagged(result)).toEqual(['title.en', 'institution', 'year', 'period']);
  });
});

describe('a thesis citing journals in its reference list', () => {
  it('is not taken for a journal article', () => {
    const text = [
      'JUDUL SKRIPSI',
      '',
      'ABSTRAK',
      '',
      'Penelitian ini membahas kerja sama.',
      '',
      'Kata Kunci: kerja sama, keamanan',
      '',
      'BAB I',
      'PENDAHULUAN',
      '',
      'Teks bab.',
      '',
      'DAFTAR PUSTAKA',
      '',
      'Santoso, B. (2019). Judul artikel. Jurnal Contoh, Vol. 3 No. 2 (2019). DOI: 10.1234/jc.3.2',
      '',
    ].join('\n');
    const result = parseThesis(text);
    expect(result.data.publication).toBeUndefined();
    expect(flagged(result)).not.toContain('publication.journal');
    expect(result.data.year).toBeUndefined();
    expect(headings(result)).toEqual(['## BAB I PENDAHULUAN', '## DAFTAR PUSTAKA']);
  });
});
