import { describe, expect, it } from 'vitest';
import {
  endsOnJoiningWord,
  opensOnJoiningWord,
  isCapitalsLine,
  readStudyRecordProgramme,
  isHeaderBlockLine,
  isHeadingWord,
  isNamesLine,
  isMarkedNamesLine,
  isSiteChrome,
  joinFieldLines,
  splitTitleRunIntoNames,
  stripNameMarkers,
} from '../../../../src/lib/ingest/thesis/front-line-kinds.ts';

describe('front line kinds', () => {
  it('tells site chrome from text', () => {
    expect(['Anda di halaman 1dari 21', 'Academic year: 2017', 'Copied!', '(3)', 'You are on page 1of 6'].every(isSiteChrome)).toBe(true);
    expect(isSiteChrome('Protected Areas in Indonesia')).toBe(false);
    // A journal theme's label printed as its untranslated key is chrome; words around hashes are not.
    expect(isSiteChrome('##plugins.themes.academic_pro.article.main##')).toBe(true);
    expect(isSiteChrome('##plugins.themes## of the journal')).toBe(false);
    expect(['top of page', 'ArticlePDF Available', 'Home', 'Skip to main content', '+ All Categories'].every(isSiteChrome)).toBe(true);
    expect(isSiteChrome('All Categories of Transnational Crime in the ASEAN Convention')).toBe(false);
    expect(isSiteChrome('Home Office Cooperation on Border Crime')).toBe(false);
    // A sharing site's viewer over the copy.
    expect(['Embed Size (px)', 'Citation preview', 'Recommend Stories'].every(isSiteChrome)).toBe(true);
    expect(isSiteChrome('Citation practices in Indonesian courts')).toBe(false);
  });

  it("strips the envelope marking the corresponding author, and a hash mark, like the other marks after a name", () => {
    expect(stripNameMarkers('Andi Wijaya1✉')).toBe('Andi Wijaya');
    expect(stripNameMarkers('Andi Wijaya#')).toBe('Andi Wijaya');
    expect(isNamesLine('Andi Wijaya1✉, Siti Rahma2')).toBe(true);
  });

  it("tells a journal site's skip links run into one line, and its menu button, for chrome", () => {
    expect(['Skip to main content Skip to main navigation menu Skip to site footer', 'Open Menu'].every(isSiteChrome)).toBe(true);
    expect(isSiteChrome('Open Menus of Cooperation: ASEAN and Cybercrime')).toBe(false);
  });

  it('reads lines of names with marks, "and" and e-mail addresses, and refuses titles and units', () => {
    expect(isNamesLine('Farhana1* Kusno Adi2 Masruchin Ru’bai3 Bambang Sugiri4')).toBe(true);
    expect(isNamesLine('Heni Susanti and Syafrinaldi')).toBe(true);
    expect(isNamesLine('Ali Maksum 1, Hafidz Ridha Try Sjahputra 2')).toBe(true);
    expect(isNamesLine('Perdagangan Perempuan di Kabupaten Magelang')).toBe(false);
    expect(isNamesLine('Universitas Muhammadiyah Yogyakarta, Monash University')).toBe(false);
    expect(isNamesLine('Abstract')).toBe(false);
  });

  it('reads "dan"/"and" after a degree\'s full stop as joining names, and any other small word as a sentence', () => {
    expect(isNamesLine('Dr. Ani Lestari, S.H., M.H. dan Budi Santoso, S.IP.')).toBe(true);
    expect(isNamesLine('Ani Lestari, M.A. and Budi Santoso')).toBe(true);
    expect(isNamesLine('Ani Lestari, M.A. menulis Budi')).toBe(false);
  });

  it('strips the marks after a name', () => {
    expect(['Farhana1*', 'Obet(1*)', 'Ali Maksum 1', 'Nulhaqima,*', 'Fae1)'].map(stripNameMarkers)).toEqual(['Farhana', 'Obet', 'Ali Maksum', 'Nulhaqima', 'Fae']);
  });

  it('reads letters set apart after names as their marks', () => {
    expect(['Ahmad Fauzi Rahman a', 'Siti Nurhaliza b,*'].map(stripNameMarkers)).toEqual(['Ahmad Fauzi Rahman', 'Siti Nurhaliza']);
    expect(isMarkedNamesLine('Ahmad Fauzi Rahman a,*, Siti Nurhaliza b')).toBe(true);
    expect(isMarkedNamesLine('Ahmad Fauzi Rahman, Siti Nurhaliza')).toBe(false);
    // A mark after the dot of a degree closing the name.
    expect(isMarkedNamesLine('Ahmad Fauzi, S.H., M.H.1, Siti Rahma, S.IP., M.Si.2')).toBe(true);
    expect(isMarkedNamesLine('Ahmad Fauzi, S.H., M.H., Siti Rahma, S.IP., M.Si.')).toBe(false);
  });

  it('tells a line in capitals', () => {
    expect(isCapitalsLine('ANALISIS HUKUM YURISDIKSI (CYBERCRIME)')).toBe(true);
    expect(isCapitalsLine('Jurnal Ilmu Hukum, Volume 7')).toBe(false);
  });

  it('joins a field over lines, a line-end hyphen joining the word', () => {
    expect(joinFieldLines(['Current Anti-', 'Trafficking Legislation', 'Development'])).toBe('Current Anti-Trafficking Legislation Development');
  });
});

describe('isSiteChrome: the empty search notice of a sharing site', () => {
  it('takes "• Tidak ada hasil yang ditemukan" in full for chrome, never a title', () => {
    expect(isSiteChrome('• Tidak ada hasil yang ditemukan')).toBe(true);
    expect(isSiteChrome('Tidak ada hasil yang signifikan dari kerja sama ini')).toBe(false);
  });
});

describe("splitTitleRunIntoNames: a title in capitals run on into its authors' marked names", () => {
  it('splits at the first word in mixed case when the rest is a line of marked names', () => {
    expect(splitTitleRunIntoNames('PERKAWINAN PESANAN DI KOTA CONTOH Ani 1, Budi Santoso2')).toEqual({
      title: 'PERKAWINAN PESANAN DI KOTA CONTOH',
      names: 'Ani 1, Budi Santoso2',
    });
  });

  it('leaves a line whose mixed-case part is no line of marked names, or that opens in mixed case', () => {
    expect(splitTitleRunIntoNames('UNDANG-UNDANG NOMOR 1 TAHUN 2020 Pasal 2 ayat 3')).toBeUndefined();
    expect(splitTitleRunIntoNames('KERJA SAMA INDONESIA DAN MALAYSIA Ani Lestari, Budi Santoso')).toBeUndefined();
    expect(splitTitleRunIntoNames('Ani Lestari1, Budi Santoso2')).toBeUndefined();
  });
});

describe("isSiteChrome: a catalogue's count of search results", () => {
  it('takes a count of documents or results found for chrome, never a title', () => {
    expect(isSiteChrome('Ditemukan 1 dokumen yang sesuai dengan query')).toBe(true);
    expect(isSiteChrome('Showing 1 - 10 of 25 results')).toBe(true);
    expect(isSiteChrome('3 hasil ditemukan')).toBe(true);
    // A title opening with the same word but no count of records.
    expect(isSiteChrome('Found in Translation: Cybercrime Treaties in ASEAN')).toBe(false);
    expect(isSiteChrome('Ditemukan 12 Korban Perdagangan Orang di Batam')).toBe(false);
  });
});

describe('front line kinds: where a title cannot end or stand', () => {
  it('tells a line ending on a joining word, in either language', () => {
    expect(endsOnJoiningWord('DIPLOMASI PUBLIK MELALUI PROGRAM THE')).toBe(true);
    expect(endsOnJoiningWord('Perlindungan Hukum terhadap Pekerja Migran dan')).toBe(true);
    expect(endsOnJoiningWord('Policy of Sambas Regency')).toBe(false);
    expect(endsOnJoiningWord('Kerja Sama Indonesia-Malaysia di')).toBe(true);
  });

  it('tells a part opening with a joining word, but not with an article', () => {
    expect(opensOnJoiningWord('Dalam Penanganan Perdagangan Orang')).toBe(true);
    expect(opensOnJoiningWord('of Transnational Crime')).toBe(true);
    expect(opensOnJoiningWord('The Role of ASEAN')).toBe(false);
    expect(opensOnJoiningWord('Dalamnya Laut')).toBe(false);
  });

  it("tells a cover's header block naming an institution with a degree or a year", () => {
    expect(isHeaderBlockLine('FLINDERS UNIVERSITY COLLEGE OF BUSINESS MASTER OF ARTS 2019')).toBe(true);
    expect(isHeaderBlockLine('Universitas Airlangga Program Studi Hubungan Internasional')).toBe(true);
    expect(isHeaderBlockLine('The Role of the University in Countering Radicalism')).toBe(false);
    expect(isHeaderBlockLine('Master Plan of Border Security 2019')).toBe(false);
  });

  it("takes a page's breadcrumb for chrome, not a title opening with the word Home", () => {
    expect(isSiteChrome('Home TEKNOLOGI TEKNOLOGI Pengaruh Cybercrime di Indonesia')).toBe(true);
    expect(isSiteChrome('Home > Berita > Hukum')).toBe(true);
    expect(isSiteChrome('Beranda / Arsip / Vol 5 No 2 (2021) / Artikel')).toBe(true);
    expect(isSiteChrome('Beranda Baru Pekerja Migran di Malaysia')).toBe(false);
    expect(isSiteChrome('Home Affairs and Border Protection in Indonesia')).toBe(false);
  });
});

describe("isSiteChrome: a sharing site's upload notice", () => {
  it('takes the notice about who uploaded a copy and the copyright form for chrome, never an abstract', () => {
    expect(isSiteChrome('This document was uploaded by user and they confirmed that they have the permission to share it. Report DMCA')).toBe(true);
    expect(isSiteChrome('Jika Anda pemilik hak cipta, laporkan melalui formulir DMCA kami.')).toBe(true);
    expect(isSiteChrome('Dokumen ini diunggah oleh pengguna situs dan dibagikan untuk umum.')).toBe(true);
  });

  it('leaves prose that speaks of uploading or copyright in other words alone', () => {
    expect(isSiteChrome('Pelaku mengunggah konten ilegal yang melanggar hak cipta ke situs luar negeri.')).toBe(false);
    expect(isSiteChrome('Offenders uploaded the files to servers abroad, beyond the reach of the police.')).toBe(false);
  });
});

describe('names with their affiliation marks printed before them', () => {
  it('strips a mark run into the first letter of a name, but no number set apart by a space', () => {
    expect(['1Ani Lestari', '²Budi', '12Citra Dewi,'].map(stripNameMarkers)).toEqual(['Ani Lestari', 'Budi', 'Citra Dewi']);
    expect(stripNameMarkers('1 Introduction')).toBe('1 Introduction');
  });

  it('reads a line of such names as marked names, never a title', () => {
    expect(isMarkedNamesLine('1Ani Lestari, 2Budi Santoso,')).toBe(true);
    expect(isMarkedNamesLine('3Citra Dewi,4Eka')).toBe(true);
    expect(isMarkedNamesLine('Ani Lestari, Budi Santoso')).toBe(false);
  });
});

describe('isHeadingWord', () => {
  it("takes a journal page's box headings for heading words, not a one-word name", () => {
    expect(['INFORMATION', 'Article', 'CORRESSPONDENCE', 'Informasi', 'ABSTRACT'].every(isHeadingWord)).toBe(true);
    expect(['Elyta', 'Seniwati', 'Informatika Nusantara'].some(isHeadingWord)).toBe(false);
  });
});

describe('readStudyRecordProgramme', () => {
  it("reads the programme of a repository's record line, and nothing from another line with bars", () => {
    expect(readStudyRecordProgramme('2022 | Skripsi | S1 TEKNIK GEODESI')).toBe('S1 TEKNIK GEODESI');
    expect(readStudyRecordProgramme('Home | Browse | About')).toBeUndefined();
  });
});
