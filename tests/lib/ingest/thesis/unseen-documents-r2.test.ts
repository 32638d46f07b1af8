/**
 * The thesis parser on a second round of made-up documents (tests/fixtures/unseen/studies/r2-*):
 * an approval page and table of contents before the abstracts, "Oleh:" / NPM / "Dosen Pembimbing
 * Utama" under the heading with keywords over two lines, an OCR-ish text with ligatures and soft
 * hyphens, an English-first abstract with italic keywords, an Islamic university's cover with a
 * basmalah and a Hijri year, and a journal article with "Intisari" and an article box.
 */
import { describe, expect, it } from 'vitest';
import { firstWords, flagged, lastWords, parseFixture } from './unseen-fixtures.ts';

describe('a skripsi opening with its approval page and table of contents', () => {
  const result = parseFixture('r2-pengesahan-daftar-isi.txt');

  it('takes the title from the "Judul Skripsi" form line, not the page heading, and the type from its label', () => {
    expect(result.data.title.id).toBe(
      'Kerja Sama Indonesia dan Thailand dalam Penanganan Perdagangan Orang Bermodus Pengantin Pesanan Tahun 2017-2022',
    );
    expect(result.data.studyType).toBe('Skripsi');
  });

  it('reads both supervisors from the two-column signature block, not the dean', () => {
    expect(result.data.supervisors).toEqual([
      { name: 'Dr. Hendra Kusuma Wardhana, M.Si.', role: 'Pembimbing I' },
      { name: 'Ratna Puspitasari, S.IP., M.A.', role: 'Pembimbing II' },
    ]);
  });

  it('reads the form and keeps the table of contents out of every field', () => {
    expect(result.data.authors).toEqual(['Dewi Anggraini Saragih']);
    expect(result.data.studentNumber).toBe('170910301045');
    expect(result.data.department).toBe('Program Studi Hubungan Internasional');
    expect(result.data.faculty).toBe('Fakultas Ilmu Sosial dan Ilmu Politik');
    expect(JSON.stringify(result.data)).not.toMatch(/\.{4}|DAFTAR ISI|PENGESAHAN/);
  });

  it('reads both abstracts whole, with their keywords, period and method', () => {
    expect(firstWords(result.data.abstract.id, 4)).toBe('Perdagangan orang dengan modus');
    expect(lastWords(result.data.abstract.id, 3)).toBe('perbedaan definisi hukum.');
    expect(firstWords(result.data.abstract.en, 4)).toBe('Human trafficking through mail-order');
    expect(lastWords(result.data.abstract.en, 3)).toBe('differing legal definitions.');
    expect(result.data.keywords).toEqual({
      id: ['perdagangan orang', 'pengantin pesanan', 'kerja sama bilateral', 'Thailand'],
      en: ['human trafficking', 'mail-order brides', 'bilateral cooperation', 'Thailand'],
    });
    expect(result.data.period).toEqual({ from: 2017, to: 2022 });
    expect(result.data.method).toBe('kualitatif deskriptif');
  });

  it('leaves the university and year empty and flags them, with the derived English title', () => {
    expect(result.data.institution).toBeUndefined();
    expect(result.data.year).toBeUndefined();
    expect(flagged(result)).toEqual(['title.en', 'institution', 'year']);
  });
});

describe('"Oleh:", NPM and "Dosen Pembimbing Utama/Pendamping" under the heading', () => {
  const result = parseFixture('r2-oleh-npm-pembimbing-utama.txt');

  it('reads the form under the heading as form, not as the abstract', () => {
    expect(firstWords(result.data.abstract.id, 4)).toBe('Pelaku kejahatan siber yang');
    expect(lastWords(result.data.abstract.id, 3)).toBe('mitra sangat beragam.');
    expect(result.data.abstract.id).not.toMatch(/Oleh|NPM|Pembimbing/);
    expect(result.data.authors).toEqual(['Bagus Hariyanto Siregar']);
    expect(result.data.studentNumber).toBe('1910412067');
    expect(result.data.supervisors).toEqual([
      { name: 'Dr. Maria Goretti Tambunan, M.Si.', role: 'Pembimbing Utama' },
      { name: 'Arief Rahman Hakim, S.Sos., M.Han.', role: 'Pembimbing Pendamping' },
    ]);
  });

  it('reads "Kata-kata kunci:" with its list spread over two lines', () => {
    expect(result.data.keywords).toEqual({
      id: ['Interpol', 'red notice', 'kejahatan siber', 'buronan lintas negara', 'ekstradisi'],
      en: [],
    });
  });

  it('reads title, type, units, year and method from the cover', () => {
    expect(result.data.title).toEqual({
      id: 'PERAN INTERPOL NATIONAL CENTRAL BUREAU JAKARTA DALAM PENANGKAPAN BURONAN KEJAHATAN SIBER LINTAS NEGARA',
    });
    expect(result.data.studyType).toBe('SKRIPSI');
    expect(result.data.department).toBe('PROGRAM STUDI HUBUNGAN INTERNASIONAL');
    expect(result.data.faculty).toBe('FAKULTAS ILMU SOSIAL DAN ILMU POLITIK');
    expect(result.data.institution).toBe('UNIVERSITAS PEMBANGUNAN NASIONAL VETERAN BUMIAYU');
    expect(result.data.year).toBe(2023);
    expect(result.data.method).toBe('kualitatif');
  });

  it('flags the missing English abstract and period only', () => {
    expect(flagged(result)).toEqual(['abstract.en', 'period']);
  });
});

describe('an OCR-ish extraction: ligatures, soft hyphens, "pene- " breaks and a running short title', () => {
  const result = parseFixture('r2-ocr-ligatures-soft-hyphens.txt');

  it('writes ligatures out and joins words broken at a soft hyphen or a hyphen and space', () => {
    expect(result.data.abstract.id).toContain('wawancara. Hasil penelitian menunjukkan bahwa filter pemblokiran');
    expect(result.data.abstract.id).toContain('efektivitas kerja sama ASEAN');
    expect(result.data.abstract.id).toContain('lintas negara. Penelitian ini menggunakan');
    expect(result.data.abstract.id).toContain('aliran finansial belum terkoordinasi, sementara fleksibilitas');
    expect(result.data.abstract.en).toContain('effectiveness of ASEAN cooperation in handling');
    expect(result.data.abstract.en).toContain('filters and financial flows are not yet coordinated');
    expect(JSON.stringify(result.data)).not.toMatch(/[\uFB00-\uFB06\u00AD]/);
  });

  it('drops the running short title between the pages', () => {
    expect(lastWords(result.data.abstract.id, 3)).toBe('data berjalan lambat.');
    expect(lastWords(result.data.abstract.en, 3)).toBe('data exchange slow.');
    expect(result.data.abstract.en).not.toContain('Penanganan Penipuan');
    expect(result.data.keywords).toEqual({
      id: ['penipuan daring', 'ASEAN', 'kerja sama regional', 'finansial'],
      en: ['online fraud', 'ASEAN', 'regional cooperation', 'financial flows'],
    });
  });

  it('reads the graduate school as the faculty, and the rest of the cover', () => {
    expect(result.data.title.id).toBe('PENANGANAN PENIPUAN DARING LINTAS NEGARA MELALUI KERJA SAMA ASEAN');
    expect(result.data.authors).toEqual(['Yulianti Rahmawati']);
    expect(result.data.studentNumber).toBe('21/483920/PMU/11042');
    expect(result.data.studyType).toBe('Tesis');
    expect(result.data.department).toBe('PROGRAM MAGISTER ILMU HUBUNGAN INTERNASIONAL');
    expect(result.data.faculty).toBe('SEKOLAH PASCASARJANA');
    expect(result.data.institution).toBe('UNIVERSITAS GADING NUSANTARA');
    expect(result.data.year).toBe(2024);
  });

  it('flags what the text lacks: supervisors and period (and the derived English title)', () => {
    expect(result.data.supervisors).toEqual([]);
    expect(result.data.period).toBeUndefined();
    expect(flagged(result)).toEqual(['title.en', 'supervisors', 'period']);
  });
});

describe('an English abstract first, then ABSTRAK, with italic keyword lines split on semicolons', () => {
  const result = parseFixture('r2-english-first-italic-keywords.txt');

  it('reads the keywords inside *...* and split on semicolons', () => {
    expect(result.data.keywords).toEqual({
      id: ['penyelundupan migran', 'kerja sama perbatasan', 'Kalimantan Utara', 'Sabah'],
      en: ['migrant smuggling', 'border cooperation', 'North Kalimantan', 'Sabah'],
    });
  });

  it('keeps the English title in English and both abstracts whole', () => {
    expect(result.data.title.en).toBe(
      'INDONESIA-MALAYSIA BORDER COOPERATION AGAINST THE SMUGGLING OF MIGRANT WORKERS IN NORTH KALIMANTAN, 2018-2022',
    );
    expect(firstWords(result.data.abstract.en, 4)).toBe('The border between North');
    expect(lastWords(result.data.abstract.en, 3)).toBe('remain largely unmonitored.');
    expect(firstWords(result.data.abstract.id, 4)).toBe('Perbatasan Kalimantan Utara dan');
    expect(lastWords(result.data.abstract.id, 3)).toBe('besar belum terpantau.');
    expect(result.data.abstract.id).not.toContain('Keywords');
  });

  it('reads author, number, supervisor and units, and flags type and year', () => {
    expect(result.data.authors).toEqual(['Andreas Kurniawan Tobing']);
    expect(result.data.studentNumber).toBe('18/429301/SP/28415');
    expect(result.data.supervisors).toEqual([{ name: 'Dr. Ahmad Fauzan Lubis, M.A.', role: 'Supervisor' }]);
    expect(result.data.department).toBe('Department of International Relations');
    expect(result.data.faculty).toBe('Faculty of Social and Political Sciences');
    expect(result.data.institution).toBe('Universitas Lembah Kapuas');
    expect(result.data.period).toEqual({ from: 2018, to: 2022 });
    expect(result.data.studyType).toBeUndefined();
    expect(result.data.year).toBeUndefined();
    expect(flagged(result)).toEqual(['title.id', 'studyType', 'year']);
  });
});

describe('an Islamic university cover: basmalah, UIN units and "1445 H / 2024 M"', () => {
  const result = parseFixture('r2-uin-hijri-basmalah.txt');

  it('does not take the Arabic line as the title', () => {
    expect(result.data.title).toEqual({
      id: 'Diplomasi Indonesia dalam Pemulangan Pekerja Migran Korban Perdagangan Orang dari Arab Saudi Tahun 2019-2023',
    });
  });

  it('reads the citation header without a study type and keeps it out of the abstract', () => {
    expect(firstWords(result.data.abstract.id, 4)).toBe('Pekerja migran Indonesia di');
    expect(lastWords(result.data.abstract.id, 3)).toBe('dengan otoritas setempat.');
    expect(result.data.abstract.id).not.toContain('Al-Ghifari');
    expect(result.data.authors).toEqual(['Muhammad Faiz Al-Ghifari']);
    expect(result.data.year).toBe(2024);
  });

  it('cuts the university name before "untuk memenuhi ..." and reads the UIN units', () => {
    expect(result.data.institution).toBe('UIN Sunan Giri Surabaya');
    expect(result.data.faculty).toBe('Fakultas Ushuluddin dan Filsafat');
    expect(result.data.department).toBe('Program Studi Hubungan Internasional');
  });

  it('reads number, supervisor, type, keywords, period and method; flags the English abstract', () => {
    expect(result.data.studentNumber).toBe('I72219054');
    expect(result.data.supervisors).toEqual([{ name: 'Dr. Hj. Siti Nurjanah, M.Ag.', role: 'Pembimbing' }]);
    expect(result.data.studyType).toBe('SKRIPSI');
    expect(result.data.keywords.id).toEqual(['diplomasi perlindungan', 'pekerja migran', 'perdagangan orang', 'Arab Saudi']);
    expect(result.data.period).toEqual({ from: 2019, to: 2023 });
    expect(result.data.method).toBe('kualitatif');
    expect(flagged(result)).toEqual(['abstract.en']);
  });
});

describe('a journal article with "Intisari" and an article box', () => {
  const result = parseFixture('r2-journal-intisari-article-box.txt');

  it('reads the issue line with "hlm." pages and the DOI', () => {
    expect(result.data.publication).toEqual({
      journal: 'Jurnal Kajian Keamanan Nusantara',
      volume: '7',
      issue: '1',
      pages: '33-52',
      doi: '10.22146/jkkn.v7i1.4521',
    });
    expect(result.data.year).toBe(2022);
  });

  it('keeps the article box out of title, authors and abstracts', () => {
    expect(result.data.title).toEqual({ id: 'PERAN ASEANAPOL DALAM KERJA SAMA PEMBERANTASAN JUDI DARING LINTAS NEGARA' });
    expect(result.data.authors).toEqual(['Rini Oktaviani Harahap', 'Taufik Hidayat Nasution']);
    expect(firstWords(result.data.abstract.id, 4)).toBe('Judi daring lintas negara');
    expect(lastWords(result.data.abstract.id, 3)).toBe('memiliki kewenangan operasional.');
    expect(firstWords(result.data.abstract.en, 4)).toBe('Cross-border online gambling has');
    expect(lastWords(result.data.abstract.en, 3)).toBe('no operational authority.');
    expect(JSON.stringify(result.data)).not.toMatch(/How to cite|Corresponding|Received/);
  });

  it('reads keywords printed right under the abstract text, the first affiliation and the body', () => {
    expect(result.data.keywords).toEqual({
      id: ['judi daring', 'ASEANAPOL', 'kerja sama kepolisian', 'Asia Tenggara'],
      en: ['online gambling', 'ASEANAPOL', 'police cooperation', 'Southeast Asia'],
    });
    expect(result.data.department).toBe('Program Studi Ilmu Politik');
    expect(result.data.institution).toBe('Universitas Andalas Raya');
    expect(result.data.studyType).toBe('Artikel');
    expect(result.data.fullText).toBe(true);
    expect(result.body.startsWith('## PENDAHULUAN\n\nPerkembangan teknologi digital')).toBe(true);
  });

  it('flags the English title, faculty and the absent student number and supervisors', () => {
    expect(flagged(result)).toEqual(['title.en', 'studentNumber', 'supervisors', 'institution', 'faculty']);
  });
});
