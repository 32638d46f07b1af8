import { describe, expect, it } from 'vitest';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';
import { authorCandidates, invertedNames, mayBeAuthorName, splitNamesAndAffiliation } from '../../../../src/lib/ingest/thesis/author-candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';

const chosenAuthors = (text: string) => chooseCandidate(authorCandidates(readFrontLines(text)))?.value;

describe('authorCandidates', () => {
  it("reads the first name over a repository's record line as the author, and not the names after it", () => {
    const page = 'Penentuan Posisi Pos Penjagaan di Selat Malaka\nANI LESTARI, I Made Budi Santoso, S.T., M.E., Ph.D.\n2022 | Skripsi | S1 TEKNIK GEODESI';
    expect(chosenAuthors(page)).toEqual(['ANI LESTARI']);
  });

  it('reads a list of names with degrees run on into their units, but not one name alone', () => {
    const front = 'TINDAKAN SPIONASE SEBAGAI CYBERCRIME\nAni Lestari, Budi Santoso S.H.,MS, Dr. Citra Dewi Wulandari S.H.,MKn. Fakultas Hukum Universitas Tanjung Harapan [email protected]\nAbstrak';
    expect(chosenAuthors(front)).toEqual(['Ani Lestari', 'Budi Santoso S.H.,MS', 'Dr. Citra Dewi Wulandari S.H.,MKn.']);
    expect(splitNamesAndAffiliation('Ani Lestari Fakultas Hukum Universitas Tanjung Harapan')).toBeUndefined();
  });

  it('reads two full names joined by a comma before their unit as two authors, not one', () => {
    const front = 'Jurnal Hukum Contoh Vol. 3 No. 2 (2021) PERAN INDONESIA DALAM PEMBERANTASAN PERDAGANGAN ORANG Andi Wijaya, Siti Rahma Fakultas Hukum Universitas Contoh\nAbstrak';
    expect(chosenAuthors(front)).toEqual(['Andi Wijaya', 'Siti Rahma']);
    expect(chosenAuthors('PERAN INDONESIA DALAM DIPLOMASI\nBudi Santoso, M.A., Universitas Contoh\nAbstrak')).toEqual(['Budi Santoso, M.A.']);
  });

  it("parts the names of a list run into its units at a comma right after a name's mark", () => {
    expect(splitNamesAndAffiliation('Ani Lestari*,Budi Santoso, Citra Dewi Program Studi Ilmu Hukum, Universitas Contoh')?.names).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi']);
  });

  it('reads the marked names a title in capitals runs on into', () => {
    const front = 'PERDAGANGAN PEREMPUAN MELALUI PERKAWINAN PESANAN DI KOTA SINGKAWANG Yulianti 1, Arkanudin2, Likman Dja’far3\nMagister Ilmu Sosial Universitas Tanjung Harapan\nABSTRAK';
    expect(chosenAuthors(front)).toEqual(['Yulianti', 'Arkanudin', 'Likman Dja’far']);
  });

  it('reads the last line of a list of names as support for the whole list, unless the list names one person twice', () => {
    const front = 'Kebijakan Pemerintah Indonesia melalui Sekuritisasi Migrasi\nHardi Alunaza S.D\nM. Kholit Juani\nUniversitas Tanjung Harapan\nAbstract';
    expect(authorCandidates(readFrontLines(front)).map((candidate) => candidate.value)).toEqual([
      ['Hardi Alunaza S.D', 'M. Kholit Juani'],
      ['Hardi Alunaza S.D', 'M. Kholit Juani'],
    ]);
    const twice = 'Author Biography\nWIDYA SUMADINATA,\nFaculty of Law, Harapan University\nWidya Sumadinata\nFaculty of Law, Harapan University';
    expect(authorCandidates(readFrontLines(twice)).map((candidate) => candidate.value)).toContainEqual(['Widya Sumadinata']);
  });

  it("reads no name from a line that opens with a unit's own name", () => {
    const front = 'PERDAGANGAN PEREMPUAN DI KOTA SINGKAWANG Ani Lestari1, Budi Santoso2\nMagister Ilmu Sosial Fakultas Ilmu Sosial dan Ilmu Politik Universitas Tanjung Harapan\nABSTRAK';
    expect(authorCandidates(readFrontLines(front)).map((candidate) => candidate.value)).not.toContainEqual(['Magister Ilmu Sosial']);
  });

  it('reads a name whose words its e-mail address spells in lower case, with the units after it', () => {
    const front = 'STRATEGY FOR COUNTERING TERRORISM\nAni Lestari, PhD Departement of International Relations, Universitas Tanjung Harapan\nEmail: ani.lestari@uth.ac.id';
    expect(chosenAuthors(front)).toEqual(['Ani Lestari, PhD']);
  });

  it('reads a name with its student number set apart by a dash or a slash', () => {
    const cover = (line: string) => `KERJA SAMA KEPOLISIAN DI PERBATASAN KALIMANTAN\n\nSKRIPSI\n\n${line}\n\nFAKULTAS HUKUM\nUNIVERSITAS TANJUNGPURA`;
    expect(chosenAuthors(cover('ANDI PRATAMA - NPM 1706123456'))).toEqual(['ANDI PRATAMA']);
    expect(chosenAuthors(cover('ANDI PRATAMA / 1706123456'))).toEqual(['ANDI PRATAMA']);
  });

  it('reads names with degrees joined by "dan" after a degree\'s full stop', () => {
    const front = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\n\nDr. Ani Lestari, S.H., M.H. dan Budi Santoso, S.IP.\nFakultas Hukum, Universitas Tanjungpura\n\nAbstrak';
    expect(chosenAuthors(front)).toEqual(['Dr. Ani Lestari, S.H., M.H.', 'Budi Santoso, S.IP.']);
  });

  it('leaves out of the name the English degree set before the university that gave it', () => {
    const cover = 'A STRATEGIC ANALYSIS OF MARITIME SECURITY\n\nby\n\nJOHN R. SMITH, LCDR, USN B.S., The University of Kansas, Lawrence, KS, 1994\n\nFort Leavenworth, Kansas 2006';
    expect(authorCandidates(readFrontLines(cover)).map((candidate) => candidate.value)).toContainEqual(['JOHN R. SMITH, LCDR, USN']);
    // A degree after a comma is the name's own and stays.
    const article = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\n\nBudi Santoso, M.A., Universitas Tanjungpura\n\nAbstrak';
    expect(authorCandidates(readFrontLines(article)).map((candidate) => candidate.value)).toContainEqual(['Budi Santoso, M.A.']);
  });

  it('reads the last name of a list from the next line when that line opens with "and", "dan" or "&"', () => {
    const under = (names: string) => `Kerja Sama Kepolisian di Perbatasan Kalimantan\n\n${names}\nFakultas Hukum, Universitas Tanjungpura\n\nAbstrak`;
    expect(chosenAuthors(under('Ahmad Fauzi, Siti Rahma,\nand Budi Santoso'))).toEqual(['Ahmad Fauzi', 'Siti Rahma', 'Budi Santoso']);
    expect(chosenAuthors(under('Ahmad Fauzi\ndan Siti Rahma'))).toEqual(['Ahmad Fauzi', 'Siti Rahma']);
    expect(chosenAuthors(under('Ani Lestari, Budi Santoso,\nCitra Dewi,\n& Dewi Anggraini'))).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi', 'Dewi Anggraini']);
  });

  it('takes no name from a title\'s last line opening with "and"', () => {
    const front = 'Cooperation between Indonesia\nand Malaysia\n\nAhmad Fauzi\nFaculty of Law, Tanjungpura University';
    expect(chosenAuthors(front)).toEqual(['Ahmad Fauzi']);
  });

  it('leaves out the names whose marks\' notes call them supervisors', () => {
    const front = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\n\nAndi Pratama*, Budi Santoso**\n*Mahasiswa Fakultas Hukum Universitas Tanjungpura\n**Dosen Pembimbing, Fakultas Hukum Universitas Tanjungpura';
    expect(chosenAuthors(front)).toEqual(['Andi Pratama']);
    // A note naming no supervising role leaves the co-author an author.
    expect(chosenAuthors(front.replace('Dosen Pembimbing', 'Dosen'))).toEqual(['Andi Pratama', 'Budi Santoso']);
  });

  it('reads each line under an authors heading as a name and its unit', () => {
    const page = 'Kerja Sama Kepolisian di Perbatasan Kalimantan\n\nAuthors\n\nAhmad Fauzi Universitas Tanjungpura\n\nSiti Rahma Politeknik Negeri Pontianak\n\nDOI: 10.1234/x.1';
    expect(chosenAuthors(page)).toEqual(['Ahmad Fauzi', 'Siti Rahma']);
    // Without the heading (or a bullet) a unit's own name may open the same way ("Bandung Institute of Technology").
    expect(chosenAuthors('Kerja Sama Kepolisian di Perbatasan Kalimantan\n\nAhmad Fauzi Institute of Technology\n\nDOI: 10.1234/x.1')).not.toEqual(['Ahmad Fauzi']);
  });

  it('reads the name after a run-in "oleh:" without the student number beside it', () => {
    expect(chosenAuthors('JURNAL Diajukan Sebagai Syarat oleh: VINSENSIUS RICHARD LIU E 131 09 261 JURUSAN ILMU HUBUNGAN INTERNASIONAL')).toEqual([
      'VINSENSIUS RICHARD LIU',
    ]);
  });

  it('reads the name under "OLEH :", its colon spaced off the label, and not the colon as a name', () => {
    expect(chosenAuthors('SKRIPSI\nOLEH :\nANI LESTARI\nNIM : 1651600079\nFAKULTAS SYARIAH DAN HUKUM')).toEqual(['ANI LESTARI']);
  });

  it('reads the name under "DiajukanOleh:", the label\'s space lost, over the town printed under the student number', () => {
    const cover = 'TESIS\nDiajukanOleh:\nANI LESTARI\nNIM: 2020520797\nPROGRAM PASCASARJANA\nINSTITUT AGAMA ISLAM NEGERI (IAIN)\nLHOKSEUMAWE\n1442H/2021';
    expect(chosenAuthors(cover)).toEqual(['ANI LESTARI']);
  });

  it("reads the name heading a repository's abstract with the programme, year and university", () => {
    expect(chosenAuthors('Abstract:\n\nRina Kartika, International Relations 2016, President University.\n\nThesis Title: Maritime Cooperation')).toEqual(['Rina Kartika']);
    // A place and year before an organisation that is no university names no author.
    expect(chosenAuthors('Abstract:\n\nBudi Santoso, Jakarta 2016, Kompas Gramedia.\n\nThe report follows.')).toBeUndefined();
  });

  it('reads the student named in a form run into one line', () => {
    expect(chosenAuthors('THE BALI PROCESS AND IRREGULAR MIGRATION\n\nStudent : Rina Kartika ID : 2190412 Supervisor : Dr Budi Santoso\n\nABSTRACT')).toEqual(['Rina Kartika']);
  });

  it('reads the name after "by" with its unit run on after it, named kind first', () => {
    expect(chosenAuthors('LAW ENFORCEMENT OF MONEY LAUNDERING\nby Ani Lestari University of Contoh\nEmail: ani@contoh.ac.id\nABSTRACT')).toEqual(['Ani Lestari']);
  });

  it('reads the name on the line after a bare "Oleh"', () => {
    expect(chosenAuthors('PROPOSAL SKRIPSI\n\nOleh\n\nFITRI RAMDHANI\n\n1810851005\n')).toEqual(['FITRI RAMDHANI']);
  });

  it('reads a name beside "NIM." and an "Oleh:" name with an e-mail in brackets', () => {
    expect(chosenAuthors('Oleh,\n\nRANGGA GILANG SAPUTRA MARTONO NIM. 44310703\n')).toEqual(['RANGGA GILANG SAPUTRA MARTONO']);
    // A journal version of a skripsi: the name marked for its note, the label in ordinary case.
    expect(chosenAuthors('KERJASAMA TRILATERAL DALAM MENANGGULANGI PEMBAJAKAN KAPAL\nRahmat Hidayat1 Nim. 1402045111\nAbstract\nThe piracy continued to rise.')).toEqual(['Rahmat Hidayat']);
    expect(chosenAuthors('By\n\nANDI PUTRA WIJAYA ID No. 016201400123\n')).toEqual(['ANDI PUTRA WIJAYA']);
    expect(chosenAuthors('BY: ANDI PUTRA WIJAYA ID no. 016201400123\n')).toEqual(['ANDI PUTRA WIJAYA']);
    expect(chosenAuthors('Oleh: Vanesia D. Hutabarat1 (vanesiahtbrt@yahoo.com)\n')).toEqual(['Vanesia D. Hutabarat']);
  });

  it("reads the names a journal page lists one to a line under its article label, in English or Indonesian", () => {
    const page = (label: string) => `Kerja Sama Perbatasan Indonesia dan Filipina\n\n${label}\n\nAni Lestari\nBudi Santoso\nCitra Dewi\n\nAbstrak\n\nPenelitian ini membahas penyelundupan.`;
    expect(chosenAuthors(page('Isi Artikel Utama'))).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi']);
    expect(chosenAuthors(page('Main Article Content'))).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi']);
  });

  it("reads an article's marked names under its title, marks removed", () => {
    const text = 'Indonesian Cyber Diplomacy: Asean-Japan Online Cyber Exercise\n\nDessy Permatasari Saputri1, Surryanto D. W.2, Helda Risman3\n';
    expect(chosenAuthors(text)).toEqual(['Dessy Permatasari Saputri', 'Surryanto D. W.', 'Helda Risman']);
  });

  it("reads no name from a title's last line carrying a footnote mark, under a line ending on a joining word", () => {
    const text = 'KERJA SAMA INDONESIA DALAM PEMBEBASAN SANDERA\nDARI KELOMPOK BERSENJATA DI\nFILIPINA SELATAN1\n\nANI LESTARI2\n\nJURUSAN ILMU HUBUNGAN INTERNASIONAL\nUNIVERSITAS ANDALAS\n';
    const found = authorCandidates(readFrontLines(text)).flatMap(({ value }) => value);
    expect(found).toContain('ANI LESTARI');
    expect(found).not.toContain('FILIPINA SELATAN');
  });

  it('reads the marked names of a header run into one line, title in capitals before them and units after', () => {
    const line = 'PERAN INTERPOL DALAM PENANGANAN PENIPUAN DARING LINTAS NEGARA Dewi Lestari1*, Rudi Hartono2 1Universitas Udayana 2Universitas Airlangga';
    expect(chosenAuthors(`${line}\n\nAbstrak\n\nPenelitian ini membahas peran Interpol.`)).toEqual(['Dewi Lestari', 'Rudi Hartono']);
  });

  it('reads marked authors printed one a line, each going on with the list', () => {
    const page = 'Peran Interpol dalam Penanganan Penipuan Daring\nDewi Lestari1\nRudi Hartono2\nAndi Saputra1\n1Universitas Udayana\n2Universitas Airlangga';
    expect(chosenAuthors(page)).toEqual(['Dewi Lestari', 'Rudi Hartono', 'Andi Saputra']);
  });

  it('counts the marks printed on the second line of a list of names', () => {
    const text = 'Trafficking in Persons: A Review on Current Anti-\nTrafficking Legislation\nFarhana1* Kusno Adi2 Bambang Sugiri2\n';
    expect(authorCandidates(readFrontLines(text)).find((c) => c.value.includes('Farhana'))?.reason).toBe('marked names under a heading');
  });

  it('reads marked names opening the page, but no file name in capitals run into a number', () => {
    const text = 'Dedy Obet(1*), Suharto Suharto(2), Henri Mujoko(3),\n(1) Naval Staff and Command College Jakarta\n';
    expect(chosenAuthors(text)).toEqual(['Dedy Obet', 'Suharto Suharto', 'Henri Mujoko']);
    expect(chosenAuthors('UNISCIDP58\nYou might also like\n')).toBeUndefined();
  });

  it('reads the author a declaration, a catalogue line or a biography names', () => {
    expect(chosenAuthors('Declaration\n\nI, Julia Paulsen, declare that this thesis is a result of my research\n')).toEqual(['Julia Paulsen']);
    expect(chosenAuthors('A Bridge over Turbulent Waters\n[Thesis]\nGordyn, Carly\n')).toEqual(['Gordyn, Carly']);
    expect(chosenAuthors('Author Biography\n\nAdhi Cahya Fahadayna, Universitas Brawijaya\n')).toEqual(['Adhi Cahya Fahadayna']);
  });

  it('reads no "name" beside an ISSN, and no title with an acronym in brackets as names', () => {
    expect(chosenAuthors('A new decade\n\nfor social changes\n\nISSN 2668-7798\n')).toBeUndefined();
    const text = 'Wajah Hukum\nImplication Extradisi, Mutual Legal Assistance (UNODC) Dikaitkan Teori Pidana, Perjanjian Internasional\nRahmiati1, Rahmad Sujud Hidayat2, Mohamad Safrin3, Juandi4\n';
    expect(chosenAuthors(text)).toEqual(['Rahmiati', 'Rahmad Sujud Hidayat', 'Mohamad Safrin', 'Juandi']);
  });

  it('names nobody on a page that names no author', () => {
    expect(chosenAuthors('1 PB\nAbstrak\nFenomena kejahatan siber merupakan ancaman keamanan yang semakin nyata bagi Indonesia.\n')).toBeUndefined();
  });
});

describe('authorCandidates: forms, spans of years and what is no name', () => {
  it('reads the name after a form label "Nama :" above all weaker evidence', () => {
    const form = 'Judul Skripsi : Kerja Sama Indonesia dan Thailand\nPerdagangan Orang Bermodus Pengantin Pesanan Tahun 2017-2022\nNama : Dewi Anggraini Saragih\nNIM : 170910301045\n';
    expect(chosenAuthors(form)).toEqual(['Dewi Anggraini Saragih']);
  });

  it('takes no span of years closing a title for a student number beside a name', () => {
    const values = authorCandidates(readFrontLines('Perdagangan Orang Bermodus Pengantin Pesanan Tahun 2017-2022\n')).map((c) => c.value);
    expect(values).toEqual([]);
  });

  it('drops a list with a degree, a label or site chrome where a name should be', () => {
    const supervisorLine = 'HALAMAN PERSETUJUAN SKRIPSI INI\n\nI Gede Widhiana Suarda, S.H., M.Hum., Ph.D.\n';
    expect(authorCandidates(readFrontLines(supervisorLine))).toEqual([]);
  });
});

describe('authorCandidates: the name after the kind of study and "by"', () => {
  it.each(['A thesis by Rina Kartika Sari', 'Skripsi oleh Rina Kartika Sari', 'Dissertation by: Rina Kartika Sari'])('reads the name in "%s"', (line) => {
    expect(chosenAuthors(`Police Cooperation on the Borneo Border\n${line}\nUniversity of Somewhere`)).toEqual(['Rina Kartika Sari']);
  });

  it('reads no name from a sentence about a thesis by someone else', () => {
    expect(chosenAuthors('Police Cooperation on the Borneo Border\nA thesis by the police academy on border patrols was cited.')).toBeUndefined();
  });
});

describe('authorCandidates: topic words under a title', () => {
  it("reads no authors from a list of the title's words under it, its keywords label lost", () => {
    const front = 'THE CAUSES OF HUMAN SMUGGLING AND THE POLICIES OF LAW ENFORCEMENT\n  • Ani Lestari Magister of Political Sciences, Universitas Contoh\nHuman Smuggling, Political Policy, Law Enforcement, Migrant Workers\nAbstract\n';
    expect(authorCandidates(readFrontLines(front)).map((candidate) => candidate.value)).not.toContainEqual(['Human Smuggling', 'Political Policy', 'Law Enforcement', 'Migrant Workers']);
  });
});

describe('mayBeAuthorName', () => {
  it('accepts names with initials and refuses chrome, degrees alone and labels', () => {
    expect(['Surryanto D. W.', 'M. Kosandi', 'Darmadi'].every(mayBeAuthorName)).toBe(true);
    expect(['N/A', 'Ph.D.', 'S.H.', 'DOI:', 'NIP.'].some(mayBeAuthorName)).toBe(false);
    // One letter alone is an initial or a lettered list's mark, never a whole name.
    expect(['B', 'E.'].some(mayBeAuthorName)).toBe(false);
  });

  it("refuses a front page's headings and units, whose words no name holds", () => {
    expect(['USULAN PENELITIAN', 'Pernyataan Tidak Melakukan Plagiat', 'Naskah Publikasi', 'BAGIAN HUKUM PIDANA', 'Gelar Sarjana Sosial'].some(mayBeAuthorName)).toBe(false);
    expect(mayBeAuthorName('Bagus Hukama')).toBe(true);
  });

  it("refuses a university's town printed alone, as a cover prints it over the year", () => {
    expect(['SEMARANG', 'Bandung', 'YOGYAKARTA'].some(mayBeAuthorName)).toBe(false);
    expect(chosenAuthors('PERAN ASEAN DALAM KERJA SAMA MARITIM\nSKRIPSI\nPROGRAM STUDI HUBUNGAN INTERNASIONAL\nUNIVERSITAS CONTOH\nSEMARANG\n2020\n')).toBeUndefined();
  });
});

describe('authorCandidates, names with their affiliations', () => {
  it('reads authors listed one a line, each with the affiliation after a comma', () => {
    const text = 'Police Cooperation at Sea\n\nAndi Wijaya, Universitas Pesisir Barat\n\nRahmat, Universitas Pesisir Barat\n\nAbstract\n';
    expect(chosenAuthors(text)).toEqual(['Andi Wijaya', 'Rahmat']);
  });

  it('reads bulleted authors with the affiliation run on after the name', () => {
    const text = 'KERJA SAMA KEPOLISIAN LINTAS NEGARA\n  • Siti Rahma Universitas Islam Negeri Contoh\n  • Mhd. Yusuf Universitas Islam Negeri Contoh\nKeywords: a, b\n';
    expect(chosenAuthors(text)).toEqual(['Siti Rahma', 'Mhd. Yusuf']);
  });

  it('reads no author from a line that continues the sentence above it', () => {
    const text = 'as supervisor II at the department of international relations, Faculty of Social and\n\nPolitical Sciences, Hasanuddin University.\n';
    expect(chosenAuthors(text)).toBeUndefined();
  });

  it("reads no name out of a unit's own name that opens like one", () => {
    expect(chosenAuthors('A Thesis on Migration\n\nRoyal Melbourne Institute of Technology (RMIT)\n\nSeptember 2021\n')).toBeUndefined();
  });

  it('reads a names line over an affiliation line, its marks printed after a space or a bracket', () => {
    expect(chosenAuthors('Legal Protection of Victims from Human Rights\nAspect\nHeni Wulandari and Syafrudin\nDepartment of Law, Universitas Contoh, Pekanbaru\n')).toEqual([
      'Heni Wulandari',
      'Syafrudin',
    ]);
  });

  it("reads a name over an affiliation line that opens with the field's name before its faculty", () => {
    const page = 'PATROLI MARITIM DI LAUT SULU\n(TAHUN 2016-2019)\nAni Lestari\nIlmu Hubungan Internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Contoh\nAbstract';
    expect(chosenAuthors(page)).toEqual(['Ani Lestari']);
  });

  it('keeps a degree printed after a comma with its name', () => {
    expect(chosenAuthors('Pengaruh Kejahatan Siber di Indonesia\n\nBudi Santoso, S.Kom,  Maria N.N Lestari, S.Kom\n\nUniversitas Contoh\n')).toEqual([
      'Budi Santoso, S.Kom',
      'Maria N.N Lestari, S.Kom',
    ]);
  });
});

describe('authorCandidates: names run into the next field', () => {
  it('reads a name opening its affiliation line when the text never writes its words in lower case', () => {
    const page = [
      'KEJAHATAN TRANSNASIONAL DALAM PERSPEKTIF PERDAGANGAN MANUSIA DI MALAYSIA',
      'Rina Kartika Sari Program Studi Hubungan Internasional, Universitas Diponegoro',
      'Abstract Human trafficking in the region is a problem of labour and law.',
    ].join('\n');
    expect(chosenAuthors(page)).toEqual(['Rina Kartika Sari']);
  });

  it("takes no name from a unit whose own name comes first, nor from ordinary words before a unit", () => {
    const unit = ['A STUDY OF MIGRANT SMUGGLING', 'Royal Melbourne Institute of Technology (RMIT)', 'Abstract this thesis studies smuggling.'].join('\n');
    expect(authorCandidates(readFrontLines(unit)).flatMap((c) => c.value)).not.toContain('Royal Melbourne');
    const ordinary = ['A STUDY OF MIGRANT SMUGGLING', 'Migrant Smuggling Program Studi Hubungan Internasional', 'Abstract migrant smuggling is studied here.'].join('\n');
    expect(authorCandidates(readFrontLines(ordinary)).flatMap((c) => c.value)).not.toContain('Migrant Smuggling');
  });

  it('reads the marked names run on after a title that another line prints alone', () => {
    const page = [
      'Border Cooperation against Transnational Crime at Sea',
      'Journal of Security Studies, Volume 5 Issue 2, 2022 Border Cooperation against Transnational Crime at Sea Ani Lestari1,Budi Santoso2, Citra Dewi3 1,2,3 Peace and Conflict Resolution, Defense University',
      'ABSTRACT: Transnational crime at sea is a threat.',
    ].join('\n');
    expect(chosenAuthors(page)).toEqual(['Ani Lestari', 'Budi Santoso', 'Citra Dewi']);
  });

  it('reads a name over a line holding only its e-mail address', () => {
    const page = ['KERJA SAMA INDONESIA DENGAN INGGRIS', 'DI BIDANG KEAMANAN SIBER', 'Rina Kartika Sari', 'rina.sari@example.ac.id', 'Abstract', 'This study examines cyber security.'].join('\n');
    expect(chooseCandidate(authorCandidates(readFrontLines(page)))).toMatchObject({ value: ['Rina Kartika Sari'], reason: 'names over an e-mail address' });
    const notAlone = ['KERJA SAMA INDONESIA DENGAN INGGRIS', 'Rina Kartika Sari', 'Contact the editor at rina.sari@example.ac.id for copies', 'Abstract'].join('\n');
    expect(authorCandidates(readFrontLines(notAlone)).map((c) => c.reason)).not.toContain('names over an e-mail address');
  });

  it('reads the name under a submission statement without the degrees printed after it', () => {
    const cover = [
      'UNDERSTANDING MIGRANT SMUGGLERS IN INDONESIA',
      'A thesis submitted in fulfilment of the requirements for the degree of Doctor of Philosophy',
      'Rina Kartika Sari BA (Universitas Jember), MA (Nagoya University)',
      'School of Global, Urban and Social Studies',
    ].join('\n');
    expect(chooseCandidate(authorCandidates(readFrontLines(cover)))?.value).toEqual(['Rina Kartika Sari']);
    const noDegrees = cover.replace(' BA (Universitas Jember), MA (Nagoya University)', ' and the School');
    expect(authorCandidates(readFrontLines(noDegrees)).map((c) => c.reason)).not.toContain('name with degrees under the submission statement');
  });

  it("reads authors printed each over their affiliation as one list", () => {
    const page = [
      'Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia',
      'Ahmad Fauzi',
      'Universitas Airlangga',
      'Siti Rahmawati',
      'Universitas Indonesia',
      'Abstract',
      'Artikel ini membahas kerja sama Indonesia dan Australia.',
    ].join('\n');
    expect(chosenAuthors(page)).toEqual(['Ahmad Fauzi', 'Siti Rahmawati']);
  });

  it('reads authors printed each over their affiliation and e-mail address as one list', () => {
    const page = [
      'Kerja Sama Indonesia dan Australia dalam Menangani Penyelundupan Manusia',
      'Ahmad Fauzi',
      'Universitas Airlangga, Surabaya',
      'E-mail: ahmad.fauzi@contoh.ac.id',
      'Siti Rahmawati',
      'Universitas Indonesia, Depok',
      'siti.rahmawati@contoh.ac.id',
      'Abstract',
      'Artikel ini membahas kerja sama Indonesia dan Australia.',
    ].join('\n');
    expect(chosenAuthors(page)).toEqual(['Ahmad Fauzi', 'Siti Rahmawati']);
  });

  it('takes full names under a heading when the text never writes their words in lower case, but no heading in capitals', () => {
    const page = ['Diplomasi Indonesia dalam Penanganan Pengungsi di Aceh', 'Rina Kartika Sari', 'Muhammad Rizky Pratama', 'Abstrak', 'Penelitian ini membahas diplomasi Indonesia dalam penanganan pengungsi di Aceh.'].join('\n');
    expect(chooseCandidate(authorCandidates(readFrontLines(page)))).toMatchObject({ value: ['Rina Kartika Sari', 'Muhammad Rizky Pratama'], score: 0.55 });
    const title = ['Diplomasi Indonesia dalam Penanganan Pengungsi', 'Pengungsi Rohingya', 'Abstrak', 'Penelitian ini membahas pengungsi rohingya di Aceh.'].join('\n');
    expect(authorCandidates(readFrontLines(title)).every((c) => c.score < 0.5)).toBe(true);
  });
});

describe('authorCandidates: a list of marked names broken over several lines', () => {
  it('reads every line of the list while the one before ends on a comma', () => {
    const page = 'VOLUME 3 ISSUE 2 MAY 2021\n1Ani Lestari, 2Budi,\n3Citra Dewi,4Dodi, 5Eka Putri,\n6Fajar Nugroho, 7Gita\n1,2Universitas Tanjungpura\nAbstract text follows here.';
    expect(chosenAuthors(page)).toEqual(['Ani Lestari', 'Budi', 'Citra Dewi', 'Dodi', 'Eka Putri', 'Fajar Nugroho', 'Gita']);
  });

  it('stops at a line that does not end on a comma', () => {
    const page = 'VOLUME 3 ISSUE 2 MAY 2021\n1Ani Lestari, 2Budi,\n3Citra Dewi\nFajar Nugroho\n1,2Universitas Tanjungpura';
    expect(chosenAuthors(page)).toEqual(['Ani Lestari', 'Budi', 'Citra Dewi']);
  });
});

describe("authorCandidates: a library catalogue's author fields", () => {
  it('reads the names of an author label in their citation form, surname first', () => {
    expect(chosenAuthors('KERJA SAMA MARITIM\nHauptverfasser: Sudirman, Arfin, Djuyandi, Yusa, Rebecca, Clara Uli\nFormat: Artikel')).toEqual([
      'Sudirman, Arfin',
      'Djuyandi, Yusa',
      'Rebecca, Clara Uli',
    ]);
    expect(chosenAuthors('KERJA SAMA MARITIM\nAuthors: Ani Lestari, Budi Santoso\n')).toEqual(['Ani Lestari', 'Budi Santoso']);
  });

  it('reads the personal-name entry and the name after a student number and a dash', () => {
    expect(chosenAuthors('Dinamika Hubungan Indonesia dan Australia\nKata Kunci : Pengungsi, Australia\nAni Putri Lestari - Personal Name\nskripsi hi')).toEqual(['Ani Putri Lestari']);
    expect(chosenAuthors('Dinamika Hubungan Indonesia dan Australia\nKata Kunci : Pengungsi, Australia\n119105111 - Ani Putri Lestari\nskripsi hi')).toEqual(['Ani Putri Lestari']);
    expect(chosenAuthors('Dinamika Hubungan\n2019 - 2024 Laporan Tahunan\n')).toBeUndefined();
  });
});

describe('invertedNames', () => {
  it('pairs parts surname first only when every surname is one word and the parts pair up', () => {
    expect(invertedNames('Sudirman, Arfin, Rebecca, Clara Uli')).toEqual(['Sudirman, Arfin', 'Rebecca, Clara Uli']);
    expect(invertedNames('Ani Lestari, Budi Santoso')).toBeUndefined();
    expect(invertedNames('Sudirman, Arfin, Djuyandi')).toBeUndefined();
  });
});

describe("authorCandidates: a journal page's box headings", () => {
  it('reads the one-word name under the title, not the heading of the information box under it', () => {
    const page = 'Article\nPenyelundupan Narkoba di Perbatasan Entikong\nElyta 1\n1\nFakultas Ilmu Sosial dan Ilmu Politik, Universitas Tanjungpura\nINFORMATION\nABSTRACT\n';
    expect(chosenAuthors(page)).toEqual(['Elyta']);
    expect(mayBeAuthorName('INFORMATION')).toBe(false);
  });
});

describe('authorCandidates: a bulleted name in capitals', () => {
  it('reads a bulleted name over an affiliation under a title in capitals', () => {
    expect(chosenAuthors('KEBIJAKAN INDONESIA TERHADAP MALAYSIA DALAM MENANGANI PENYELUDUPAN NARKOBA\n• PUTERI NUR SHALIHA\nUniversitas Abdurrab\nAbstract\n')).toEqual(['PUTERI NUR SHALIHA']);
  });

  it('takes no capitals line under a capitals title without an affiliation under it', () => {
    expect(chosenAuthors('KEBIJAKAN INDONESIA TERHADAP MALAYSIA DALAM MENANGANI\nPENYELUDUPAN NARKOBA\nAbstract\n')).toBeUndefined();
  });
});

describe('authorCandidates: a page opening with its authors', () => {
  it('reads a list of full names without marks over the text', () => {
    expect(chosenAuthors('Ani Khoirunnisa, Mayasari Basri\nThis research takes the theme of the efforts made by the government.\n')).toEqual(['Ani Khoirunnisa', 'Mayasari Basri']);
  });

  it('takes no single name, and no list over a line that is no prose', () => {
    expect(chosenAuthors('Mayasari Basri\nThis research takes the theme of the efforts made by the government.\n')).toBeUndefined();
    expect(chosenAuthors('Ani Khoirunnisa, Mayasari Basri\nJURNAL POLHI\n')).toBeUndefined();
  });
});

describe('authorCandidates: the statement naming who submitted the thesis', () => {
  it('reads the capitalised name after "submitted by" in an approval statement', () => {
    const page = 'THESIS ADVISOR RECOMMENDATION LETTER\nThis thesis entitled “Piracy in the Sulu Sea” prepared and submitted by Ani Lestari Putri in partial fulfillment of the requirements\n';
    expect(chosenAuthors(page)).toEqual(['Ani Lestari Putri']);
  });

  it('reads no name after "submitted by the author" or a lone capitalised word', () => {
    const page = 'APPROVAL\nThis thesis was submitted by the author in partial fulfillment of the requirements\nIt was submitted by Monday to the faculty\n';
    expect(authorCandidates(readFrontLines(page)).map((c) => c.reason)).not.toContain('the statement names who submitted the thesis');
  });
});
