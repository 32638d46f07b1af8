import { describe, expect, it } from 'vitest';
import { readFrontLines, splitRunInLine } from '../../../../src/lib/ingest/thesis/front-lines.ts';

describe('splitRunInLine', () => {
  it('sets apart the cover fields a PDF extraction ran into one line', () => {
    const line =
      'EFEKTIFITAS INTERPOL DALAM PENANGGULANGAN JARINGAN NARKOTIKA DI INDONESIA JURNAL Diajukan Sebagai Syarat Memperoleh Gelar Sarjana oleh: VINSENSIUS RICHARD LIU E 131 09 261 JURUSAN ILMU HUBUNGAN INTERNASIONAL FAKULTAS ILMU SOSIAL DAN POLITIK UNIVERSITAS HASANUDDIN 2013 Abstraksi Penelitian ini bertujuan untuk mengetahui. Katakunci : INTERPOL, NARKOTIKA';
    expect(splitRunInLine(line)).toEqual([
      'EFEKTIFITAS INTERPOL DALAM PENANGGULANGAN JARINGAN NARKOTIKA DI INDONESIA',
      'JURNAL',
      'Diajukan Sebagai Syarat Memperoleh Gelar Sarjana',
      'oleh: VINSENSIUS RICHARD LIU E 131 09 261',
      'JURUSAN ILMU HUBUNGAN INTERNASIONAL',
      'FAKULTAS ILMU SOSIAL DAN POLITIK',
      'UNIVERSITAS HASANUDDIN 2013',
      'Abstraksi Penelitian ini bertujuan untuk mengetahui.',
      'Katakunci : INTERPOL, NARKOTIKA',
    ]);
  });

  it('sets apart the name run on after a capitals title closing on an acronym in brackets', () => {
    expect(splitRunInLine('SPECIES OF WILD FAUNA AND FLORA (CITES) Ani Lestari')).toEqual(['SPECIES OF WILD FAUNA AND FLORA (CITES)', 'Ani Lestari']);
  });

  it('splits a label glued to the word before it', () => {
    expect(splitRunInLine('https://doi.org/10.18196/jhi.v9i2.10522Keywords: Indonesia, Australia')).toEqual([
      'https://doi.org/10.18196/jhi.v9i2.10522',
      'Keywords: Indonesia, Australia',
    ]);
  });

  it('splits a keyword list closed by its full stop from the abstract run on after it, but not a list running on in short items', () => {
    const prose = 'In the contemporary digital age, corruption has evolved into a common enemy.';
    expect(splitRunInLine(`Keywords: Corruption; asset recovery; digital age. ${prose}`)).toEqual(['Keywords: Corruption; asset recovery; digital age.', prose]);
    expect(splitRunInLine(`Kata kunci: korupsi, aset, era digital. ${prose}`)).toEqual(['Kata kunci: korupsi, aset, era digital.', prose]);
    expect(splitRunInLine('Keywords: Corruption; asset recovery. Digital age; ASEAN')).toEqual(['Keywords: Corruption; asset recovery. Digital age; ASEAN']);
  });

  it("splits the abstract's heading closing a line from the acronym it is glued to", () => {
    expect(splitRunInLine('Hukum Internasional, Penipuan Tenaga Kerja, WNIAbstract')).toEqual(['Hukum Internasional, Penipuan Tenaga Kerja, WNI', 'Abstract']);
    expect(splitRunInLine('Kata kunci: kejahatan siber, ASEANAbstrak')).toEqual(['Kata kunci: kejahatan siber, ASEAN', 'Abstrak']);
  });

  it('sets apart the name of a kind of document opening a line from the title run on after it', () => {
    expect(splitRunInLine('NASKAH PUBLIKASI PENGARUH KERJASAMA PASIFIC SOLUTION')).toEqual(['NASKAH PUBLIKASI', 'PENGARUH KERJASAMA PASIFIC SOLUTION']);
    expect(splitRunInLine('Outline Skripsi “HUBUNGAN BILATERAL INDONESIA”')).toEqual(['Outline Skripsi', '“HUBUNGAN BILATERAL INDONESIA”']);
    expect(splitRunInLine('JURNAL ILMU HUBUNGAN INTERNASIONAL')).toEqual(['JURNAL ILMU HUBUNGAN INTERNASIONAL']);
  });

  it('leaves the words "universitas" and "oleh" in running text alone', () => {
    const sentence = 'Penelitian ini dilakukan oleh mahasiswa universitas negeri di Malang.';
    expect(splitRunInLine(sentence)).toEqual([sentence]);
  });

  it('sets apart a note run on after marked names that opens with the marks of several authors', () => {
    expect(splitRunInLine('Ani Lestari1,Budi Santoso2 1,2 Peace and Conflict Resolution, Faculty of Law')).toEqual([
      'Ani Lestari1,Budi Santoso2',
      '1,2 Peace and Conflict Resolution, Faculty of Law',
    ]);
    // Numbers in prose after a word with no mark are left alone.
    expect(splitRunInLine('Pasal 1,2 Undang-Undang')).toEqual(['Pasal 1,2 Undang-Undang']);
  });

  it('keeps "Dibimbing oleh" whole, as it labels the supervisors, not the author', () => {
    expect(splitRunInLine('Dibimbing oleh : Dr. Ani Lestari, M.Si.')).toEqual(['Dibimbing oleh : Dr. Ani Lestari, M.Si.']);
    expect(splitRunInLine('ANDI PRATAMA Oleh: BUDI')).toEqual(['ANDI PRATAMA', 'Oleh: BUDI']);
  });
});

describe('readFrontLines', () => {
  it('drops blank lines, numbers the lines and stops at the first chapter', () => {
    const text = 'STRATEGI PEMERINTAHAN KOTA PADANG\n\nPROPOSAL SKRIPSI\n\n2021\nBAB I\n\nPENDAHULUAN\n';
    expect(readFrontLines(text)).toEqual([
      { text: 'STRATEGI PEMERINTAHAN KOTA PADANG', index: 0 },
      { text: 'PROPOSAL SKRIPSI', index: 1 },
      { text: '2021', index: 2 },
    ]);
  });

  it('gives no front for a copy that opens with its first chapter, having no cover', () => {
    const text = 'BAB I PENDAHULUAN A.\nLatar Belakang Masalah Dalam penegakan hukum, pelaku kejahatan berada di negara lain.\nKERJASAMA POLISI ANTARNEGARA\n';
    expect(readFrontLines(text)).toEqual([]);
    expect(readFrontLines('CHAPTER 1\nIntroduction\nThis chapter sets out the problem.\n')).toEqual([]);
    // An extraction may print the page number before the heading, and run the chapter's text on after it.
    expect(readFrontLines('1 BAB I PENDAHULUAN 1.1 Latar Belakang Kejahatan transnasional telah menjadi ancaman.\n')).toEqual([]);
    expect(readFrontLines('search result chrome\n29\n1 BAB I PENDAHULUAN 1.1 Latar Belakang Kejahatan\n').map((line) => line.text)).toEqual(['search result chrome', '29']);
  });

  it('stops at a reference list in any of its printed forms, whose names and years are the cited works\'', () => {
    const front = 'KERJA SAMA EKSTRADISI\nAbstrak\nPenelitian ini membahas ekstradisi.\nKata kunci: ekstradisi\n';
    const cited = 'Hartono, Budi. (2019). Hukum Ekstradisi. Jurnal Hukum, Vol. 2 No. 1, hlm. 10-20.\n';
    for (const heading of ['Daftar Pustaka', 'DAFTAR PUSTAKA', '5. References', 'Bibliography', 'REFERENSI']) {
      expect(readFrontLines(`${front}${heading}\n${cited}`).map((line) => line.text).at(-1)).toBe('Kata kunci: ekstradisi');
    }
    // A title naming a bibliography is no heading of one.
    expect(readFrontLines(`SKRIPSI\nDaftar Pustaka Hukum Pidana Internasional\n${cited}`)).toHaveLength(3);
  });

  it('keeps a cover that names its first chapter in its title', () => {
    expect(readFrontLines('BABAK BARU KERJASAMA INDONESIA\nSKRIPSI\n').map((line) => line.text)).toEqual(['BABAK BARU KERJASAMA INDONESIA', 'SKRIPSI']);
  });
});

describe('splitRunInLine: "Oleh:" as OCR misreads it', () => {
  it('sets the author apart after "Olelt:" or "01eh:" as after "Oleh:"', () => {
    expect(splitRunInLine('Kerja Sama Perbatasan di Kalbar1 Olelt: Dewi Lestari Abstract In Indonesia, the border is long.')).toEqual([
      'Kerja Sama Perbatasan di Kalbar1',
      'Oleh: Dewi Lestari',
      'Abstract In Indonesia, the border is long.',
    ]);
    expect(splitRunInLine('01eh: Dewi Lestari')).toEqual(['Oleh: Dewi Lestari']);
  });

  it('leaves a like word without its colon as it is', () => {
    expect(splitRunInLine('Olelt Kalbar')).toEqual(['Olelt Kalbar']);
  });

  it('reads a misreading with a digit in it as the label even without its colon, before a name', () => {
    expect(splitRunInLine('MENELAAH KEBIJAKAN PERBATASAN INDONESIA 01eh Dewi Lestari Abstract Human trafficking grows.')).toEqual([
      'MENELAAH KEBIJAKAN PERBATASAN INDONESIA',
      'Oleh: Dewi Lestari',
      'Abstract Human trafficking grows.',
    ]);
    expect(splitRunInLine('nilai 01eh tiga')).toEqual(['nilai 01eh tiga']);
  });
});

describe('splitRunInLine: an article header run into one line', () => {
  it('sets the title, the marked names, each marked unit and the e-mail apart', () => {
    const line =
      'KERJA SAMA INDONESIA DAN MALAYSIA DALAM PENANGGULANGAN PERDAGANGAN ORANG Ahmad Fauzi Rahman1, Siti Nurhaliza2 1Universitas Tanjungpura 2Department of Law, Universitas Indonesia Email: ahmad@untan.ac.id';
    expect(splitRunInLine(line)).toEqual([
      'KERJA SAMA INDONESIA DAN MALAYSIA DALAM PENANGGULANGAN PERDAGANGAN ORANG',
      'Ahmad Fauzi Rahman1, Siti Nurhaliza2',
      '1Universitas Tanjungpura',
      '2Department of Law, Universitas Indonesia',
      'Email: ahmad@untan.ac.id',
    ]);
  });

  it('splits before a spaced number and a unit only after a marked name', () => {
    expect(splitRunInLine('Ahmad Fauzi Rahman1, Siti Nurhaliza2 1 Universitas Tanjungpura')).toEqual(['Ahmad Fauzi Rahman1, Siti Nurhaliza2', '1 Universitas Tanjungpura']);
    // A number in a sentence before a university is no mark.
    const sentence = 'Penelitian dilakukan pada tahun ke 2 Universitas Tanjungpura bersama mitra.';
    expect(splitRunInLine(sentence)).toEqual([sentence]);
  });
});

describe('splitRunInLine: a page number and a capitals title run together', () => {
  it('sets a page number opening the line, or after the journal line, apart from the capitals title after it', () => {
    expect(splitRunInLine('1 KERJA SAMA SIBER ANTAR NEGARA SEBAGAI CONTOH')).toEqual(['1', 'KERJA SAMA SIBER ANTAR NEGARA SEBAGAI CONTOH']);
    expect(splitRunInLine('Jurnal Contoh Vol. 4, No. 2, May 2023 ISSN: 2715-7539 (Online) 172 STRATEGY FOR COUNTERING PIRACY AT SEA')).toEqual([
      'Jurnal Contoh Vol. 4, No. 2, May 2023 ISSN: 2715-7539 (Online) 172',
      'STRATEGY FOR COUNTERING PIRACY AT SEA',
    ]);
  });

  it("keeps a number inside a capitals title with the title", () => {
    expect(splitRunInLine('STRATEGI DIPLOMASI DALAM PEMBEBASAN 10 ABK WNI DARI KELOMPOK BERSENJATA')).toEqual([
      'STRATEGI DIPLOMASI DALAM PEMBEBASAN 10 ABK WNI DARI KELOMPOK BERSENJATA',
    ]);
  });

  it('splits where a capitals title closing on a span of years, or followed by a name with an apostrophe, gives way to the authors', () => {
    expect(splitRunInLine('STRATEGY FOR COUNTERING PIRACY: THE FIRST TEN YEARS (2002-2012) Ani Lestari, PhD Department of Politics')[0]).toBe(
      'STRATEGY FOR COUNTERING PIRACY: THE FIRST TEN YEARS (2002-2012)',
    );
    expect(splitRunInLine('PENYADAPAN ANTAR NEGARA SEBAGAI CYBERCRIME Rofi’a Lestari, Budi Santoso')[0]).toBe('PENYADAPAN ANTAR NEGARA SEBAGAI CYBERCRIME');
  });

  it('sets an abstract heading closed by a semicolon apart from what runs into it', () => {
    expect(splitRunInLine('Email: ani@contoh.ac.id Abstract; This study aims to look at piracy.')).toEqual(['Email: ani@contoh.ac.id', 'Abstract; This study aims to look at piracy.']);
  });
});

describe('splitRunInLine: a line of fields glued to the text after it', () => {
  it('splits a word in capitals from the capitalised word glued to it', () => {
    expect(splitRunInLine('2022 | Skripsi | S1 TEKNIK GEODESISelat Malaka merupakan salah satu selat')).toEqual([
      '2022 | Skripsi | S1 TEKNIK GEODESI',
      'Selat Malaka merupakan salah satu selat',
    ]);
  });

  it('splits a title closing on its question mark from the name glued after it', () => {
    expect(splitRunInLine('Will Islamic extremism in Indonesia affect Australia’s security in the next ten years?Group Captain Guy Wilson')).toEqual([
      'Will Islamic extremism in Indonesia affect Australia’s security in the next ten years?',
      'Group Captain Guy Wilson',
    ]);
    expect(splitRunInLine('Why now? Because the law changed.')).toEqual(['Why now? Because the law changed.']);
  });

  it('keeps an acronym with a short ending, and a word with one capital, whole', () => {
    expect(splitRunInLine('Laporan UNHCRs tentang pengungsi di Aceh')).toEqual(['Laporan UNHCRs tentang pengungsi di Aceh']);
    expect(splitRunInLine('Kerja sama dengan McDonald tentang pelatihan')).toEqual(['Kerja sama dengan McDonald tentang pelatihan']);
  });
});

describe('splitRunInLine: a keyword label glued to its first keyword', () => {
  it('sets the label apart from the abstract before it although its colon was lost', () => {
    expect(splitRunInLine('perdagangan satwa langka ilegal. Kata kuncisatwa langka, CITES')).toEqual([
      'perdagangan satwa langka ilegal.',
      'Kata kuncisatwa langka, CITES',
    ]);
  });

  it('keeps "Kata kuncinya" in running text', () => {
    expect(splitRunInLine('Ini penting. Kata kuncinya adalah keamanan')).toEqual(['Ini penting. Kata kuncinya adalah keamanan']);
  });
});
