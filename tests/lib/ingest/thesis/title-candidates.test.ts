import { describe, expect, it } from 'vitest';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { mayBeTitle, titleCandidates } from '../../../../src/lib/ingest/thesis/title-candidates.ts';

const chosenTitle = (text: string) => chooseCandidate(titleCandidates(readFrontLines(text)));

describe('titleCandidates', () => {
  it('reads a two-word capitals title held between the study type and the submission, but not two words without the study type over them', () => {
    expect(chosenTitle('TUGAS AKHIR\n\nTAJEN ONLINE\n\nDiajukan guna melengkapi salah satu syarat\n\nOLEH :\n\nANI LESTARI')?.value).toBe('TAJEN ONLINE');
    expect(chosenTitle('TAJEN ONLINE\n\nDiajukan guna melengkapi salah satu syarat\n\nOLEH :\n\nANI LESTARI')).toBeUndefined();
  });

  it("reads a title holding a place's short abbreviations (\"Kec.\", \"Kab.\") as one sentence, but not two sentences", () => {
    const title = 'Analisis hukum pidana Islam terhadap judi online di desa Kedung Malang Kec. Kedung Kab. Jepara';
    expect(chosenTitle(`${title}\n\nSKRIPSI`)?.value).toBe(title);
    expect(chosenTitle('Judi online merugikan warga desa. Polisi menangkap pelaku di Jepara\n\nSKRIPSI')).toBeUndefined();
  });

  it('closes a capitals title with the period the study covers, in brackets on its own line', () => {
    const cover = 'THE ASSOCIATION OF SOUTHEAST ASIAN NATIONS\n\n(ASEAN) COOPERATION IN COUNTER-TERRORISM\n\n(2003 – 2013)\n\nBy\n\nCitra Triana Hastuti';
    expect(chosenTitle(cover)?.value).toBe('THE ASSOCIATION OF SOUTHEAST ASIAN NATIONS (ASEAN) COOPERATION IN COUNTER-TERRORISM (2003 – 2013)');
  });

  it("reads no title from a chapter's title under its number alone, nor from the chapter's first line", () => {
    const page = 'Anda di halaman 1dari 41\n\nBAB IV\n\nPEOPLE SMUGGLING, SEKRETARIAT NCB-INTERPOL INDONESIA\n\nDAN AUSTRALIAN FEDERAL POLICE (AFP)\n\nDalam bab iv peneliti menjelaskan secara umum mengenai tindak kejahatan\n\nPeople Smuggling, Sekretariat NCB-INTERPOL Indonesia, Australian Federal\n\nPolice (AFP) dan penjelasan yang terkait dengan alasan Australia';
    expect(titleCandidates(readFrontLines(page)).map((c) => c.value)).toEqual([]);
    // The same block over the study type is a cover's title.
    expect(chosenTitle('PEOPLE SMUGGLING, SEKRETARIAT NCB-INTERPOL INDONESIA\n\nDAN AUSTRALIAN FEDERAL POLICE (AFP)\n\nSKRIPSI')?.value).toBe('PEOPLE SMUGGLING, SEKRETARIAT NCB-INTERPOL INDONESIA DAN AUSTRALIAN FEDERAL POLICE (AFP)');
  });

  it('joins a capitals block over the study type, repeated covers adding up', () => {
    const cover = 'PENERAPAN ASAS RESIPROSITAS DALAM PENGEMBALIAN\n\nPELAKU TINDAK PIDANA KE NEGARA ASAL\n\nSKRIPSI\n\nOleh\n\nMUHAMMAD NABILWAN FARHAN PUTRA\n\n170710101333\n\nFAKULTAS HUKUM\n\n';
    const choice = chosenTitle(`Anda di halaman 1dari 81\n\n${cover}${cover}`);
    expect(choice?.value).toBe('PENERAPAN ASAS RESIPROSITAS DALAM PENGEMBALIAN PELAKU TINDAK PIDANA KE NEGARA ASAL');
    expect(choice?.score).toBeGreaterThan(0.9);
    expect(choice?.doubt).toBeUndefined();
  });

  it("reads no title from a school's name over its town, and stops no title at a unit named inside it", () => {
    const cover = 'NAVAL POSTGRADUATE SCHOOL\n\nMONTEREY, CALIFORNIA\n\nTHESIS\n\nPORT SECURITY COOPERATION IN THE SULU SEA\n\nby\n\nDaniel R. Hayes\n\nJune 2010';
    expect(titleCandidates(readFrontLines(cover)).map((c) => c.value)).not.toContain('NAVAL POSTGRADUATE SCHOOL MONTEREY, CALIFORNIA');
    expect(chosenTitle(cover)?.value).toBe('PORT SECURITY COOPERATION IN THE SULU SEA');
    // A title about a unit has a joining word before it.
    expect(chosenTitle('PERAN PENDIDIKAN KARAKTER DI SEKOLAH\n\nDAN PERGURUAN TINGGI AT THE UNIVERSITY\n\nSKRIPSI')?.value).toBe('PERAN PENDIDIKAN KARAKTER DI SEKOLAH DAN PERGURUAN TINGGI AT THE UNIVERSITY');
  });

  it('joins an Indonesian heading over an English abstract across its lines, its words never in lower case', () => {
    const page = [
      'Analisis Kepatuhan Dalam Implementasi Kerjasama Indonesia-Tiongkok Menangani',
      'Kasus Penyelundupan Narkoba Melalui Jalur Laut',
      'Rina Wulandari',
      'Departemen Hubungan Internasional, Universitas Diponegoro',
      'ABSTRACT',
      'This study analyses how both countries comply with the agreement on smuggling by sea.',
    ].join('\n\n');
    expect(chosenTitle(page)?.value).toBe('Analisis Kepatuhan Dalam Implementasi Kerjasama Indonesia-Tiongkok Menangani Kasus Penyelundupan Narkoba Melalui Jalur Laut');
  });

  it("reads no title from a page's title naming a journal and the unit that publishes it", () => {
    const page = [
      'LEXPUBLICA - Universitas Brawijaya',
      'N/A',
      'Siti Aminah',
      'Extradition Treaties As A Means Of Fighting Transnational Fraud',
      'Budi Santoso1, Rina Kartika2',
      '1Universitas Brawijaya',
    ].join('\n\n');
    expect(titleCandidates(readFrontLines(page)).map((c) => c.value)).not.toContain('LEXPUBLICA - Universitas Brawijaya');
    expect(chosenTitle(page)?.value).toBe('Extradition Treaties As A Means Of Fighting Transnational Fraud');
    // A title going on with its subject after a dash stays one.
    expect(chosenTitle('Cyber Fraud in Indonesia - A Study of Universitas Students\n\nBudi Santoso1, Rina Kartika2\n\n1Universitas Brawijaya')?.value).toBe(
      'Cyber Fraud in Indonesia - A Study of Universitas Students',
    );
  });

  it("ends a title at a theme's untranslated label and at a bulleted author, but lets a bullet open one", () => {
    const ojs = 'Maritime Cooperation against Drug Trafficking in the Strait of Malacca\n\n##plugins.themes.academic_pro.article.main##\n\nNguyen Van An\n\nAbstract';
    expect(chosenTitle(ojs)?.value).toBe('Maritime Cooperation against Drug Trafficking in the Strait of Malacca');
    const bulleted = 'KEBIJAKAN INDONESIA DALAM MENANGANI PENYELUDUPAN NARKOBA DI PROVINSI RIAU\n\n• RINA MARLINA\n\nUniversitas Riau\n\nAbstract';
    expect(chosenTitle(bulleted)?.value).toBe('KEBIJAKAN INDONESIA DALAM MENANGANI PENYELUDUPAN NARKOBA DI PROVINSI RIAU');
    expect(chosenTitle('• PERAN BNN DALAM PENANGGULANGAN\n\nNARKOBA DI KOTA MEDAN\n\nSKRIPSI')?.value).toBe('• PERAN BNN DALAM PENANGGULANGAN NARKOBA DI KOTA MEDAN');
  });

  it('carries a mixed-case heading on to the line standing over the study type', () => {
    const cover = [
      'Peran Pemerintah Indonesia dan Malaysia dalam',
      'Pembebasan 7 Awak Kapal dari Penyanderaan',
      'Kapal Tunda Charles 001 oleh Kelompok Bersenjata',
      'Skripsi',
      'Oleh',
      'Rina Kartika',
    ].join('\n\n');
    expect(chosenTitle(cover)?.value).toBe(
      'Peran Pemerintah Indonesia dan Malaysia dalam Pembebasan 7 Awak Kapal dari Penyanderaan Kapal Tunda Charles 001 oleh Kelompok Bersenjata',
    );
  });

  it('keeps the Indonesian and English versions of a bilingual capitals title apart', () => {
    const text = [
      'KERJA SAMA BADAN NARKOTIKA NASIONAL DENGAN UNITED NATIONS',
      'OFFICE ON DRUGS AND CRIME DALAM MENANGGULANGI',
      'PENYALAHGUNAAN NARKOTIKA DI INDONESIA',
      'COOPERATION OF THE NATIONAL NARCOTICS AGENCY WITH THE UNITED',
      'NATIONS OFFICE ON DRUGS AND CRIME IN TACKLING NARCOTICS ABUSE IN',
      'INDONESIA',
      'Stella Simiwijaya',
      'Universitas Pelita Harapan, Tangerang',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe(
      'KERJA SAMA BADAN NARKOTIKA NASIONAL DENGAN UNITED NATIONS OFFICE ON DRUGS AND CRIME DALAM MENANGGULANGI PENYALAHGUNAAN NARKOTIKA DI INDONESIA',
    );
  });

  it("reads an article's mixed-case heading wrapped at a hyphen over its marked authors, not the journal line", () => {
    const text = [
      'Vol.42, 2015',
      'Trafficking in Persons in Indonesia: A Review on Current Anti-',
      'Trafficking Legislation Development',
      'Farhana1* Kusno Adi2 Masruchin Ru’bai3 Bambang Sugiri4',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe('Trafficking in Persons in Indonesia: A Review on Current Anti-Trafficking Legislation Development');
  });

  it("takes the sharing site's title only as weak evidence, flagged", () => {
    const choice = chosenTitle('• Tidak ada hasil yang ditemukan\nMembagikan "Kepentingan Indonesia Menandatangani Nota Kesepahaman"\nCopied!\n');
    expect(choice?.value).toBe('Kepentingan Indonesia Menandatangani Nota Kesepahaman');
    expect(choice?.doubt).toMatch(/^weak evidence/);
  });

  it('proposes no name in capitals under "Oleh" and no line of names as a title', () => {
    expect(chosenTitle('Oleh\n\nMUHAMMAD NABILWAN FARHAN PUTRA\n\n170710101333\n')).toBeUndefined();
    expect(chosenTitle('Dedy Obet(1*), Suharto Suharto(2), Henri Mujoko(3),\n(1) Naval Staff and Command College Jakarta\n')).toBeUndefined();
  });

  it('does not read a sentence of the abstract running on in lower case as a title', () => {
    expect(chosenTitle('Otoritas imigrasi negara-negara anggota ASEAN bekerja sama\ndisusun dengan kerangka kerja regional yang ada.\n')).toBeUndefined();
  });
});

describe('titleCandidates: a narrow cover', () => {
  it('reads a capitals title set over six lines, and no name with its student number for a heading', () => {
    const cover = [
      'THE IMPLEMENTATION OF TRILATERAL',
      'COOPERATION ARRANGEMENT BETWEEN',
      'INDONESIA, MALAYSIA, AND THE',
      'PHILIPPINES: INCREASING OF',
      'SECURITY COOPERATION TO REDUCE',
      'MARITIME PIRACY AT SULU SEA',
      'By',
      'Sri Ariani 016201400192',
      'A thesis presented to the',
    ].join('\n');
    const values = titleCandidates(readFrontLines(cover)).map((c) => c.value);
    expect(chosenTitle(cover)?.value).toBe(
      'THE IMPLEMENTATION OF TRILATERAL COOPERATION ARRANGEMENT BETWEEN INDONESIA, MALAYSIA, AND THE PHILIPPINES: INCREASING OF SECURITY COOPERATION TO REDUCE MARITIME PIRACY AT SULU SEA',
    );
    expect(values).not.toContain('Sri Ariani 016201400192');
  });
});

describe('titleCandidates: the study type in brackets', () => {
  it('reads a capitals block over "(Skripsi)" as the cover title, over a copy on the abstract page', () => {
    const cover = 'KERJA SAMA INDONESIA DAN MALAYSIA\nDALAM MENGATASI PERDAGANGAN MANUSIA\n(Skripsi)\nOleh AYU SINTIA NPM 1716071088\n';
    const choice = chosenTitle(cover);
    expect(choice?.value).toBe('KERJA SAMA INDONESIA DAN MALAYSIA DALAM MENGATASI PERDAGANGAN MANUSIA');
    expect(choice?.reason).toContain('over the study type');
  });
});

describe('titleCandidates: a title closing on its question mark', () => {
  it("reads it over its author's name, though a description above runs the cover together", () => {
    const front = [
      'Will Islamic extremism in Indonesia affect Australia’s security in the next ten years? Group Captain Guy Wilson MAY 2016 INDO-PACIFIC STRATEGIC PAPERS',
      'Will Islamic extremism in Indonesia affect Australia’s security in the next ten years?',
      'Group Captain Guy Wilson',
      'MAY 2016',
    ].join('\n');
    expect(chosenTitle(front)?.value).toBe('Will Islamic extremism in Indonesia affect Australia’s security in the next ten years?');
  });
});

describe('mayBeTitle', () => {
  it('refuses site chrome, labels and study types', () => {
    expect(['Anda di halaman 1dari 8', 'Issue: Contemporary Development in Legal Studies', 'SKRIPSI', '1 PB'].map(mayBeTitle)).toEqual([
      false,
      false,
      false,
      false,
    ]);
    expect(mayBeTitle('Perdagangan Perempuan di Kabupaten Magelang')).toBe(true);
  });

  it("refuses a title run on into its authors' marked names, and reads the part before the names as the title", () => {
    const line = 'PERDAGANGAN (TRAFFICKING) PEREMPUAN MELALUI PERKAWINAN PESANAN DI KOTA CONTOH Ani 1, Budi Santoso2, Citra Dewi3';
    expect(mayBeTitle(line)).toBe(false);
    expect(chosenTitle(`${line}\nMagister Ilmu Sosial Universitas Contoh\nABSTRAK\nPenelitian ini membahas perkawinan pesanan.`)?.value).toBe(
      'PERDAGANGAN (TRAFFICKING) PEREMPUAN MELALUI PERKAWINAN PESANAN DI KOTA CONTOH',
    );
  });

  it("refuses a sharing site's snippet cut by an ellipsis, but not a title the site's bar cut at its end", () => {
    expect(mayBeTitle('Will Islamic Extremism in Indonesia Affect Australia’s ... IPSP Islamic... · Will Islamic...')).toBe(false);
    expect(mayBeTitle('Peran Indonesia dalam Membentuk Keamanan dan ...')).toBe(true);
  });

  it('refuses a name in capitals closing on its degrees, and reads the title printed further down', () => {
    expect(mayBeTitle('N I S YA, S.H., M.H.')).toBe(false);
    const page = 'A N I, S.H., M.H.\nPeneliti pada Pusat Contoh\nAbstrak\nKejahatan transnasional mempunyai sifat yang kompleks.\nIMPLEMENTATION OF MUTUAL LEGAL ASSISTANCE BY THE PUBLIC ATTORNEY\nAbstract';
    expect(chosenTitle(page)?.value).toBe('IMPLEMENTATION OF MUTUAL LEGAL ASSISTANCE BY THE PUBLIC ATTORNEY');
  });

  it('refuses a list of names in ordinary case, and keeps a title naming two countries', () => {
    expect(mayBeTitle('Dewi Lestari, Budi Santoso')).toBe(false);
    expect(mayBeTitle('Rina Wulandari dan Agus Salim')).toBe(false);
    expect(mayBeTitle('Kerja Sama Indonesia dan Malaysia dalam Penanggulangan Narkoba')).toBe(true);
  });
});

describe('titleCandidates: where a heading ends', () => {
  it('stops a heading before a line of names whose words the text never writes in lower case', () => {
    const text = [
      'Handling of Migrant Smuggling in the Modern Era',
      'Rina Wulandari Bagus Santoso Dewi Ayu Lestari',
      'Tono Sugiarto',
      'Abstract',
      'This article studies the handling of migrant smuggling in the modern era and its routes.',
    ].join('\n');
    const values = titleCandidates(readFrontLines(text)).map((c) => c.value);
    expect(chosenTitle(text)?.value).toBe('Handling of Migrant Smuggling in the Modern Era');
    expect(values.some((value) => value.includes('Rina'))).toBe(false);
  });

  it("joins the line after a line that ends on a joining word, though its words lean to another language", () => {
    const text = ['KEBIJAKAN LUAR NEGERI INDONESIA MELALUI PROGRAM THE', 'ASIA YOUTH EXCHANGE AND STUDY DI INDONESIA PASCA KRISIS', 'SKRIPSI', 'Oleh:', 'Budi Santoso'].join('\n');
    expect(chosenTitle(text)?.value).toBe('KEBIJAKAN LUAR NEGERI INDONESIA MELALUI PROGRAM THE ASIA YOUTH EXCHANGE AND STUDY DI INDONESIA PASCA KRISIS');
  });

  it('gives a heading over its translation one candidate per language', () => {
    const text = [
      'Government Policy for Migrant Workers on the Border of Sambas',
      'Kebijakan Pemerintah untuk Pekerja Migran di Perbatasan Sambas',
      'Ani Lestari1, Budi Santoso2',
      '1,2) Universitas Tarumanagara',
    ].join('\n');
    const values = titleCandidates(readFrontLines(text)).map((c) => c.value);
    expect(values).toContain('Government Policy for Migrant Workers on the Border of Sambas');
    expect(values).toContain('Kebijakan Pemerintah untuk Pekerja Migran di Perbatasan Sambas');
    expect(values.some((value) => value.includes('Sambas Kebijakan'))).toBe(false);
  });

  it('joins the lines of a heading that the page prints whole on one line elsewhere', () => {
    const text = [
      'Upaya Polisi dalam Menanggulangi Tindak Pidana Perdagangan Orang: Studi Kasus Polda Bali',
      'Received: Agustus 19, 2024',
      'Upaya Polisi dalam Menanggulangi Tindak Pidana Perdagangan',
      'Orang',
      '(Studi Kasus Polda Bali)',
      'Ani Lestari1, Budi Santoso2',
    ].join('\n');
    expect(titleCandidates(readFrontLines(text)).map((c) => c.value)).toContain('Upaya Polisi dalam Menanggulangi Tindak Pidana Perdagangan Orang (Studi Kasus Polda Bali)');
    expect(chosenTitle(text)?.value).not.toBe('Upaya Polisi dalam Menanggulangi Tindak Pidana Perdagangan');
  });

  it("reads the title under a page's breadcrumb, past the date printed over the authors", () => {
    const text = [
      'Home BERITA BERITA Pengaruh Kejahatan Siber di Indonesia',
      'Pengaruh Kejahatan Siber di Indonesia',
      'Wednesday, 01 May 2013 00:06',
      'Ani Lestari, S.Kom, Budi Santoso, S.Kom',
      'Universitas Gadjah Mada',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe('Pengaruh Kejahatan Siber di Indonesia');
  });

  it("takes no cover's header block, run into one line, for a title", () => {
    expect(mayBeTitle('FLINDERS UNIVERSITY COLLEGE OF BUSINESS, GOVERNMENT AND LAW MASTER OF ARTS IN INTERNATIONAL RELATIONS 2019')).toBe(false);
    expect(mayBeTitle('The Role of the University in Countering Radicalism')).toBe(true);
  });

  it("counts a translation read under its title once, and prefers the title to the viewer's copy of it", () => {
    const text = [
      'View of Government Policy for Migrant Workers on the Border of Sambas',
      'Government Policy for Migrant Workers on the Border of Sambas',
      'Kebijakan Pemerintah untuk Pekerja Migran di Perbatasan Sambas',
      'Ani Lestari1, Budi Santoso2',
      '1,2) Universitas Tarumanagara',
    ].join('\n');
    const candidates = titleCandidates(readFrontLines(text));
    expect(candidates.filter((c) => c.value.startsWith('Kebijakan'))).toHaveLength(1);
    expect(chosenTitle(text)?.value).toBe('Government Policy for Migrant Workers on the Border of Sambas');
  });

  it('takes no run of form fields over a heading word for a title', () => {
    const text = [
      'THE SIGNIFICANCE OF THE BALI PROCESS IN ASIA PACIFIC REGION',
      'Student : Anita Lestari ID : 2188306 Supervisor : Dr Budi Santoso',
      'ABSTRACT',
      'The purpose of this research project is to understand the significance of the process.',
    ].join('\n');
    expect(titleCandidates(readFrontLines(text)).map((c) => c.value)).not.toContain('Student : Anita Lestari ID : 2188306 Supervisor : Dr Budi Santoso');
    expect(mayBeTitle('Student : Anita Lestari ID : 2188306 Supervisor : Dr Budi Santoso')).toBe(false);
    expect(mayBeTitle('Cybercrime : A Study of Law in Indonesia')).toBe(true);
  });

  it("takes a capitals block that ends a longer one (a cover's first copy cut by a page break) for support of the whole", () => {
    const whole = ['PERLINDUNGAN HUKUM TERHADAP PEKERJA MIGRAN PEREMPUAN', 'MENURUT HUKUM POSITIF DI INDONESIA', 'SKRIPSI', 'Oleh :', 'Rina Lestari'];
    const text = ['POSITIF DI INDONESIA', 'SKRIPSI', 'Oleh :', 'Rina Lestari', ...whole].join('\n');
    const choice = chosenTitle(text);
    expect(choice?.value).toBe('PERLINDUNGAN HUKUM TERHADAP PEKERJA MIGRAN PEREMPUAN MENURUT HUKUM POSITIF DI INDONESIA');
    expect(choice?.doubt).toBeUndefined();
  });

  it("prefers a cover's capitals title to the course line printed under it, over 'Oleh'", () => {
    const text = [
      'USULAN PENELITIAN',
      'UPAYA INDONESIA DALAM MENGATASI MASALAH',
      'KEAMANAN PERBATASAN DENGAN MALAYSIA',
      'Metodologi Penelitian Hubungan Internasional Kajian (Politik Perbatasan)',
      'Disusun',
      'Oleh:',
      'Rina Lestari',
    ].join('\n');
    const candidates = titleCandidates(readFrontLines(text));
    expect(chosenTitle(text)?.value).toBe('UPAYA INDONESIA DALAM MENGATASI MASALAH KEAMANAN PERBATASAN DENGAN MALAYSIA');
    expect(candidates.map((c) => c.value)).not.toContain('USULAN PENELITIAN UPAYA INDONESIA DALAM MENGATASI MASALAH KEAMANAN PERBATASAN DENGAN MALAYSIA');
  });

  it("proposes no heading from a heading's own second line, which would rival the whole", () => {
    const text = ['The Role of ASEAN in Combating', 'Drug Trafficking in Southeast Asia', 'Ahmad Fauzi', 'Abstract', 'This paper studies the role of ASEAN in combating drug trafficking.'].join('\n');
    const choice = chosenTitle(text);
    expect(choice?.value).toBe('The Role of ASEAN in Combating Drug Trafficking in Southeast Asia');
    expect(choice?.doubt).toBeUndefined();
  });

  it("reads a mixed-case title over 'by' printed in lower case", () => {
    const text = ['Border Security Cooperation between Indonesia and Malaysia', 'in the Sulu Sea', 'by', 'Ahmad Fauzi', 'Abstract', 'This thesis studies border security.'].join('\n');
    expect(chosenTitle(text)?.value).toBe('Border Security Cooperation between Indonesia and Malaysia in the Sulu Sea');
  });

  it("does not run a page's title bar into the heading it repeats, and cuts the journal's name off the bar", () => {
    const text = [
      'Beranda / Arsip / Vol 5 No 2 (2021) / Artikel',
      'Kerja Sama Indonesia dan Filipina dalam Menangani Terorisme | Jurnal Ilmu Hubungan Internasional Universitas Mulawarman',
      'Kerja Sama Indonesia dan Filipina dalam Menangani Terorisme',
      'Ahmad Fauzi',
      'Universitas Mulawarman',
    ].join('\n');
    const choice = chosenTitle(text);
    expect(choice?.value).toBe('Kerja Sama Indonesia dan Filipina dalam Menangani Terorisme');
    expect(choice?.doubt).toBeUndefined();
  });

  it('does not split a capitals title before a line opening with a joining word', () => {
    const text = ['EFEKTIVITAS ASEAN CONVENTION AGAINST TRAFFICKING IN PERSONS', 'DALAM PENANGANAN PERDAGANGAN ORANG DI KEPULAUAN RIAU', 'SKRIPSI', 'Oleh:', 'Rina Lestari'].join('\n');
    expect(chosenTitle(text)?.value).toBe('EFEKTIVITAS ASEAN CONVENTION AGAINST TRAFFICKING IN PERSONS DALAM PENANGANAN PERDAGANGAN ORANG DI KEPULAUAN RIAU');
  });
});

describe("titleCandidates: a record's citation under the title", () => {
  it('ends the capitals title before a citation line "NAME, NIM (2020) TITLE."', () => {
    const record = 'KERJA SAMA SIBER INDONESIA DAN AUSTRALIA\n\nANI PUTRI LESTARI , 8111416215 (2020) KERJA SAMA SIBER INDONESIA DAN AUSTRALIA.\nUnder Graduates thesis, Universitas Negeri Contoh.\n';
    expect(titleCandidates(readFrontLines(record)).map((c) => c.value)).not.toContainEqual(expect.stringContaining('(2020)'));
    expect(chosenTitle(record)?.value).toBe('KERJA SAMA SIBER INDONESIA DAN AUSTRALIA');
  });
});

describe('titleCandidates: a labelled title run on into the next field', () => {
  it('cuts it where a line printing the title alone ends, and otherwise weighs it little', () => {
    const outline = 'Outline Skripsi “HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU”\nOleh: Ani Lestari 115120401111013\nJUDUL: HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHUTEORI : KERJASAMA INTERNASIONAL\n';
    expect(chosenTitle(outline)?.value.replace(/[“”]/g, '')).toBe('HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHU');
    const alone = titleCandidates(readFrontLines('JUDUL: HUBUNGAN BILATERAL DALAM KASUS MANUSIA PERAHUTEORI : KERJASAMA INTERNASIONAL\n'));
    expect(alone.find((c) => c.reason.startsWith('after a title label'))?.score).toBeLessThan(0.5);
  });
});

describe('titleCandidates: a cover with a ministry over its university, and a bracketed subtitle', () => {
  it("takes no unit's name in capitals for the authors under a capitals line", () => {
    const text = 'KEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN\nUNIVERSITAS NEGERI CONTOH\nFAKULTAS HUKUM';
    expect(titleCandidates(readFrontLines(text)).some((c) => c.reason.includes('over the authors'))).toBe(false);
  });

  it('closes a capitals title with the subtitle in brackets under it, over the study type', () => {
    const text = 'TINJAUAN YURIDIS PERLINDUNGAN AWAK KAPAL\nPADA KAPAL PENANGKAP IKAN BERBENDERA ASING\n(Studi Kasus Eksploitasi di Kapal Contoh 629)\n\nPROPOSAL SKRIPSI\n\nKEMENTERIAN PENDIDIKAN DAN KEBUDAYAAN\nUNIVERSITAS NEGERI CONTOH';
    expect(chosenTitle(text)?.value).toBe(
      'TINJAUAN YURIDIS PERLINDUNGAN AWAK KAPAL PADA KAPAL PENANGKAP IKAN BERBENDERA ASING (Studi Kasus Eksploitasi di Kapal Contoh 629)',
    );
  });

  it('takes no study type in brackets for a subtitle', () => {
    expect(chosenTitle('TINJAUAN YURIDIS PERLINDUNGAN AWAK KAPAL\n(Skripsi Sarjana Hukum)\n\nOleh:\nAni Lestari')?.value).toBe('TINJAUAN YURIDIS PERLINDUNGAN AWAK KAPAL');
  });
});

describe("titleCandidates: a page's title bar cut short", () => {
  it('lets a title cut on a joining word before the site name support the whole heading', () => {
    const text = [
      'Kebijakan Pemerintah Indonesia melalui - E',
      'advertisement',
      'Jurnal Contoh,',
      'Vol. 2, No. 1 (Januari-Juni 2017): 1-17',
      'Kebijakan Pemerintah Indonesia melalui Sekuritisasi',
      'Migrasi Pengungsi di Aceh tahun 2012-2015',
      'Ani Lestari',
      'Universitas Contoh',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe('Kebijakan Pemerintah Indonesia melalui Sekuritisasi Migrasi Pengungsi di Aceh tahun 2012-2015');
  });
});

describe("titleCandidates: a viewer's title bar over a title in capitals", () => {
  it('reads the title without the viewer\'s "View of" before it', () => {
    const text = [
      'View of LAW ENFORCEMENT OF THE CRIME OF MONEY LAUNDERING FROM ONLINE GAMBLING',
      'Academic year: 2023',
      'LAW ENFORCEMENT OF THE CRIME OF MONEY LAUNDERING',
      'FROM ONLINE GAMBLING',
      'by Ani Lestari University of Contoh',
    ].join('\n');
    expect(chosenTitle(text)?.value).toBe('LAW ENFORCEMENT OF THE CRIME OF MONEY LAUNDERING FROM ONLINE GAMBLING');
  });
});
