import { describe, expect, it } from 'vitest';
import {
  findArticleDoi,
  findDoi,
  findLabelledDoiUnderAbstract,
  isPublicationLine,
  readJournalIssue,
  readOpeningIssue,
  readPagesLine,
  withoutJournalIdentifiers,
} from '../../../../src/lib/ingest/thesis/publication-lines.ts';

describe('readJournalIssue', () => {
  it('drops an acronym closing the name when it spells the name\'s initials, and keeps any other', () => {
    expect(readJournalIssue('Journal of Social Political Sciences JSPS Vol. 4, No. 2, May 2023')?.journal).toBe('Journal of Social Political Sciences');
    expect(readJournalIssue('Jurnal Online Mahasiswa FISIP Vol. 4, No. 2, May 2023')?.journal).toBe('Jurnal Online Mahasiswa FISIP');
  });

  it('reads an issue with a letter after its number, and takes no article-type label for the journal', () => {
    expect(readJournalIssue('Review Article: 2021 Vol: 24 Issue: 1S')).toEqual({ volume: '24', issue: '1S', year: 2021 });
    expect(readJournalIssue('Jurnal Contoh Vol. 3 No. 2 (2020)')?.issue).toBe('2');
  });

  it('reads journal, volume, issue and year', () => {
    expect(readJournalIssue('Jurnal Hubungan Internasional Vol. 9 No. 2 (2021)')).toEqual({
      journal: 'Jurnal Hubungan Internasional',
      volume: '9',
      issue: '2',
      year: 2021,
    });
  });

  it('reads "Volume 5, Nomor 1, Juni 2020, pp. 12-30" without a journal name', () => {
    expect(readJournalIssue('Volume 5, Nomor 1, Juni 2020, pp. 12-30')).toEqual({
      volume: '5',
      issue: '1',
      year: 2020,
      pages: '12-30',
    });
  });

  it('reads the compact form of running headers: "Jurnal X, 5(2), 2021, 12-25"', () => {
    expect(readJournalIssue('Jurnal Ilmu Hukum, 5(2), 2021, 12-25')).toEqual({ journal: 'Jurnal Ilmu Hukum', volume: '5', issue: '2', year: 2021, pages: '12-25' });
    expect(readJournalIssue('Journal of Border Studies Vol. 7(1) 2019: 101–118')).toEqual({
      journal: 'Journal of Border Studies',
      volume: '7',
      issue: '1',
      year: 2019,
      pages: '101–118',
    });
    expect(readJournalIssue('Sosiohumaniora 12(3) (2020) 44-58')).toEqual({ journal: 'Sosiohumaniora', volume: '12', issue: '3', year: 2020, pages: '44-58' });
  });

  it('reads the compact form with the year before the issue, as APA sets it: "Jurnal X, 2021, 5(2), 12-25"', () => {
    expect(readJournalIssue('Jurnal Ilmu Hukum, 2021, 5(2), 12-25')).toEqual({ journal: 'Jurnal Ilmu Hukum', volume: '5', issue: '2', year: 2021, pages: '12-25' });
    expect(readJournalIssue('Sosiohumaniora (2020) 12(3), 44-58.')).toEqual({ journal: 'Sosiohumaniora', volume: '12', issue: '3', year: 2020, pages: '44-58' });
    // Without a journal's name, numbers that do not rise as pages do vouch for nothing.
    expect(readJournalIssue('Sosiohumaniora, 2020, 12(3), 58-44')).toBeUndefined();
  });

  it('reads a page range set with an em dash', () => {
    expect(readJournalIssue('Jurnal Ilmu Hukum Vol. 5 No. 2 (2020) Hlm. 12—30')?.pages).toBe('12—30');
    expect(readJournalIssue('Vol. 5, No. 2, 2021: 12—25')?.pages).toBe('12—25');
  });

  it('reads an unlabelled page range after the year only when it rises', () => {
    expect(readJournalIssue('Vol. 5, No. 2, 2021: 12-25')?.pages).toBe('12-25');
    expect(readJournalIssue('Vol. 5, No. 2, 2021: 25-12')?.pages).toBeUndefined();
  });

  it('reads the parts set apart by slashes: "Vol. X/No. 2/Feb/2021"', () => {
    expect(readJournalIssue('Lex Crimen Vol. X/No. 2/Feb/2021')).toEqual({ journal: 'Lex Crimen', volume: 'X', issue: '2', year: 2021 });
    expect(readJournalIssue('Lex Privatum Vol.VI/No.1/Jan-Mar/2017')).toEqual({ journal: 'Lex Privatum', volume: 'VI', issue: '1', year: 2017 });
  });

  it("leaves the issue's year out of the name, with its label: \"Jurnal X Tahun 2021 Vol. 3 No. 2\"", () => {
    expect(readJournalIssue('Jurnal Hukum Contoh Tahun 2021 Vol. 3 No. 2')?.journal).toBe('Jurnal Hukum Contoh');
    expect(readJournalIssue('JWP 2022-10, Vol.7 (2)')?.journal).toBe('JWP');
  });

  it('reads the number printed before the volume: "No. 2 Vol. 25 Mei 2018"', () => {
    expect(readJournalIssue('Jurnal Hukum Ius Quia Iustum No. 2 Vol. 25 Mei 2018')).toEqual({
      journal: 'Jurnal Hukum Ius Quia Iustum',
      volume: '25',
      issue: '2',
      year: 2018,
    });
    expect(readJournalIssue('Nomor 2 tahun 2021 tentang perubahan volume')).toBeUndefined();
  });

  it('reads "Number", "Iss." and bars between the parts', () => {
    expect(readJournalIssue('Volume 5 Number 2 (2021)')).toEqual({ volume: '5', issue: '2', year: 2021 });
    expect(readJournalIssue('Vol. 5, Iss. 2, 2021, pp. 1-10')).toEqual({ volume: '5', issue: '2', year: 2021, pages: '1-10' });
    expect(readJournalIssue('Jurnal Ombak | Vol. 4 | No. 1 | 2020 | 55-70')).toEqual({ journal: 'Jurnal Ombak', volume: '4', issue: '1', year: 2020, pages: '55-70' });
  });

  it("leaves ISSNs and web addresses out of the journal's name, and takes none that is only those", () => {
    expect(readJournalIssue('Jurnal Ombak www.jurnalombak.id ISSN: 2581-0000, Volume 5 Issue 2, February 2022')?.journal).toBe('Jurnal Ombak');
    expect(readJournalIssue('e-ISSN: 2598-0000 Vol. 4 No. 1, 2020')).toEqual({ volume: '4', issue: '1', year: 2020 });
  });

  it.each([
    'Jurnal Hukum Contoh ISSN (Print): 1234-5678 ISSN (Online): 2345-6789',
    'Jurnal Hukum Contoh Print ISSN: 1234-5678 Online ISSN: 2345-6789',
    'Jurnal Hukum Contoh ISSN Online: 1234-5678',
    'Jurnal Hukum Contoh E ISSN 1234-5678',
    'Jurnal Hukum Contoh ISSN : 1234 – 5678',
    'Jurnal Hukum Contoh Journal homepage: http://jurnal.contoh.ac.id',
    'Jurnal Hukum Contoh Available online at: https://jurnal.contoh.ac.id/index.php/jhc',
    'Jurnal Hukum Contoh, Website: www.jurnal.contoh.ac.id',
    'Jurnal Hukum Contoh Laman: https://jurnal.contoh.ac.id',
  ])('leaves out an ISSN labelled with its medium, or a web address with its label, however printed: %j', (line) => {
    expect(withoutJournalIdentifiers(line)).toBe('Jurnal Hukum Contoh');
  });

  it.each([
    'Jurnal Hukum Contoh DOI: https://doi.org/10.1234/jhc.v3i2 Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh Terakreditasi SINTA 2 Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh (Accredited Sinta 3) Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh email: jhc@contoh.ac.id Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh Halaman 12-20 Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh Research Article Vol. 3 No. 2 (2021)',
    'Artikel Penelitian Jurnal Hukum Contoh Vol. 3 No. 2 (2021)',
    '45 Jurnal Hukum Contoh Vol. 3 No. 2 (2021)',
    'Copyright © 2021 Jurnal Hukum Contoh Vol. 3 No. 2 (2021)',
    'Jurnal Hukum Contoh: Vol. 3 No. 2 (2021)',
  ])("leaves out of the journal's name what else its issue line prints beside it: %j", (line) => {
    expect(readJournalIssue(line)?.journal).toBe('Jurnal Hukum Contoh');
  });

  it("keeps an acronym opening the name and a number that is part of it", () => {
    expect(readJournalIssue('JHC: Jurnal Hukum Contoh Vol. 3 No. 2 (2021)')?.journal).toBe('JHC: Jurnal Hukum Contoh');
    expect(readJournalIssue('Jurnal Hukum Contoh 17 Agustus Vol. 3 No. 2 (2021)')?.journal).toBe('Jurnal Hukum Contoh 17 Agustus');
  });

  it('leaves out a list of ISSNs under one label, each with its medium, and the comma before them', () => {
    expect(withoutJournalIdentifiers('Jurnal Ilmu Sosial (JSS), ISSN: 1858-2656 (p); 2721-4036 (e)')).toBe('Jurnal Ilmu Sosial (JSS)');
    expect(withoutJournalIdentifiers('Jurnal Hukum, Politik dan Ilmu Sosial')).toBe('Jurnal Hukum, Politik dan Ilmu Sosial');
  });

  it("takes no breadcrumb trail for the journal's name, but keeps a bilingual name", () => {
    expect(readJournalIssue('Home / Archives / Vol. 5 No. 2 (2021): Juli 2021 / Articles')).toEqual({ volume: '5', issue: '2', year: 2021 });
    expect(readJournalIssue('Beranda > Vol. 5 No. 2 (2021)')?.journal).toBeUndefined();
    expect(readJournalIssue('Revista Sur / Sur Journal, Vol. 3 No. 1 (2019)')?.journal).toBe('Revista Sur / Sur Journal');
  });

  it("takes no reference's authors, year and title for the journal's name", () => {
    const cited = 'Cara mengutip: Wijaya, A. (2021). Peran Indonesia dalam Pemberantasan. Jurnal Hukum Pidana, Vol. 3 No. 2, hlm. 1-10.';
    expect(readJournalIssue(cited)).toEqual({ volume: '3', issue: '2', pages: '1-10' });
    expect(readJournalIssue('Jurnal Hukum Pidana (JHP), Vol. 3 No. 2 (2021)')?.journal).toBe('Jurnal Hukum Pidana (JHP)');
  });

  it('takes no bracketed clause number in running text for an issue', () => {
    expect(readJournalIssue('Pasal 5(2) Undang-Undang ini berlaku sejak 2011')).toBeUndefined();
    expect(isPublicationLine('sebagaimana diatur dalam ayat 3(1) tahun 2020')).toBe(false);
  });

  it('rejects a sentence without volume and issue', () => {
    expect(readJournalIssue('Nomor 2 tahun 2021 tentang perubahan')).toBeUndefined();
  });
});

describe('readOpeningIssue', () => {
  const rest = 'A Secure Connection: Finding the Form of Maritime Cooperation Rina Abstract Piracy in the strait has fallen since the patrols began in 2004 and the three states share data.';

  it('reads the issue line opening a paragraph that runs on past it', () => {
    expect(readOpeningIssue(`Journal of Strait Studies, Vol.1,No.1 (2013), pp. 41–53 ${rest}`)).toEqual({
      journal: 'Journal of Strait Studies',
      volume: '1',
      issue: '1',
      year: 2013,
      pages: '41–53',
    });
  });

  it('reads none from a sentence naming an issue, nor from a short line', () => {
    expect(readOpeningIssue(`This study draws on data published in Jurnal Laut Vol. 2 No. 1 (2019) and on ${rest}`)).toBeUndefined();
    expect(readOpeningIssue('Journal of Strait Studies, Vol.1, No.1 (2013)')).toBeUndefined();
  });
});

describe('readPagesLine', () => {
  it('reads a page range printed alone under a label', () => {
    expect(readPagesLine('Pages: 983-995')).toBe('983-995');
    expect(readPagesLine('Halaman 12 - 25')).toBe('12-25');
    expect(readPagesLine('pp. 41–53')).toBe('41–53');
  });

  it('reads a labelled page range closing a line of other publication details', () => {
    expect(readPagesLine('e-ISSN : 2988-0000; dan p-ISSN : 2988-0001; Hal. 52-59')).toBe('52-59');
    expect(readPagesLine('Laporan tahunan kepolisian daerah, hal. 52-59')).toBeUndefined();
  });

  it('reads nothing from a line that says more', () => {
    expect(readPagesLine('Pages: 983-995 of the report')).toBeUndefined();
    expect(readPagesLine('983-995')).toBeUndefined();
  });
});

describe('findDoi', () => {
  it('reads a DOI after "DOI:" or in a resolver address, without closing punctuation', () => {
    expect(findDoi('DOI: 10.31415/jhi.v9i2.1187')).toBe('10.31415/jhi.v9i2.1187');
    expect(findDoi('https://doi.org/10.1234/abc.5.')).toBe('10.1234/abc.5');
    expect(findDoi('Kalimat tanpa penanda.')).toBeUndefined();
  });
});

describe('readJournalIssue: numbers in Roman numerals', () => {
  it('reads an issue in upper-case Roman numerals after its label, but no word of Roman letters in lower case', () => {
    expect(readJournalIssue('Volume IX Issue X October 2025')).toMatchObject({ volume: 'IX', issue: 'X', year: 2025 });
    expect(readJournalIssue('Jurnal Hukum Vol. 5 No. civil 2021')?.issue).toBeUndefined();
  });
});

describe('findLabelledDoiUnderAbstract', () => {
  it("reads a labelled DOI alone on its line under the abstract, but not a DOI printed with a citation", () => {
    const abstract = 'This study aims to identify the implementation of follow the money.';
    expect(findLabelledDoiUnderAbstract([abstract, 'DOI: 10.58860/ijsh.v2i5.43', 'Corresponding Author: Ani'])).toBe('10.58860/ijsh.v2i5.43');
    expect(findLabelledDoiUnderAbstract([abstract, 'Santoso, B. (2019). Kerja sama siber. Jurnal X. DOI: 10.5555/x.2019.1'])).toBeUndefined();
  });
});

describe('findArticleDoi', () => {
  it("takes the article's DOI going on from the journal's prefix in the running header, and else the first DOI", () => {
    const header = 'ISSN No. 2454-6186 | DOI: 10.47772/IJRISS | Volume IX Issue X October 2025';
    expect(findArticleDoi([header, 'Judul Artikel', 'DOI: https://dx.doi.org/10.47772/IJRISS.2025.910000301'])).toBe('10.47772/IJRISS.2025.910000301');
    expect(findArticleDoi(['DOI: 10.31415/jhi.v9i2.1187', 'Smith (2019), doi: 10.5555/other.2019.1'])).toBe('10.31415/jhi.v9i2.1187');
    expect(findArticleDoi(['Kalimat tanpa penanda.'])).toBeUndefined();
  });
});

describe('isPublicationLine', () => {
  it.each([
    'p-ISSN 2301-4512 | e-ISSN 2580-9733',
    '*Email korespondensi: a.b@uth.ac.id',
    'Diterima: 14 Maret 2021; Disetujui: 20 Juni 2021',
    'Received 2 May 2021; Accepted 3 June 2021',
    'This is an open access article under the CC BY-SA license',
    'http://ejournal.contoh.ac.id/index.php/jhi',
  ])('takes %j for publication details', (line) => {
    expect(isPublicationLine(line)).toBe(true);
  });

  it.each(['KERJA SAMA KEPOLISIAN INDONESIA', 'Dimas Prasetyo1*, Nurul Aini Lestari2'])('takes %j for part of the title block', (line) => {
    expect(isPublicationLine(line)).toBe(false);
  });
});

describe('isPublicationLine on thesis titles', () => {
  it('does not take a title about copyright for a licence line', () => {
    expect(isPublicationLine('PERLINDUNGAN HAK CIPTA DIGITAL DI INDONESIA')).toBe(false);
    expect(isPublicationLine('Hak Cipta © 2021 Jurnal Contoh')).toBe(true);
  });
});

describe('publication lines of an article box', () => {
  it('reads pages after "hlm."', () => {
    expect(readJournalIssue('Jurnal Kajian Keamanan Nusantara, Volume 7, Nomor 1, Juni 2022, hlm. 33-52')).toEqual({
      journal: 'Jurnal Kajian Keamanan Nusantara',
      volume: '7',
      issue: '1',
      year: 2022,
      pages: '33-52',
    });
  });

  it.each([
    'Article History: Received 12 January 2022; Accepted 3 May 2022',
    'Corresponding author: Rini Harahap',
    'Penulis korespondensi: Rini Harahap',
    'Cara mengutip: Harahap, R. O. (2022). Peran ASEANAPOL dalam Kerja Sama Pemberantasan Judi Daring Lintas Negara di Kawasan Asia Tenggara pada Masa Pandemi. Jurnal Kajian Keamanan Nusantara, 7(1), 33-52.',
    'How to cite: Harahap, R. O., & Nasution, T. H. (2022). Peran ASEANAPOL dalam Kerja Sama Pemberantasan Judi Daring Lintas Negara di Kawasan Asia Tenggara. Jurnal Kajian Keamanan Nusantara, 7(1), 33-52.',
  ])('reads %j as publication details, however long', (line) => {
    expect(isPublicationLine(line)).toBe(true);
  });

  it('does not read a sentence about citing as one', () => {
    expect(isPublicationLine('How to cite sources was not part of the training given to officers in the three provinces studied here at all')).toBe(false);
  });
});

describe('readJournalIssue: issue lines without a number or with the year between', () => {
  it('reads "Vol. 9, 2020", "Vol:13, No:5, 2019" and "Vol.11 (2021) No. 3"', () => {
    expect(readJournalIssue('Vol. 9, 2020')).toEqual({ volume: '9', year: 2020 });
    expect(readJournalIssue('Open Science Index, Humanities and Social Sciences Vol:13, No:5, 2019 waset.org/Publication/10010388')).toMatchObject({ volume: '13', issue: '5', year: 2019 });
    expect(readJournalIssue('Vol.11 (2021) No. 3 ISSN: 2088-5334')).toMatchObject({ volume: '11', issue: '3', year: 2021 });
    expect(readJournalIssue('Vol. 4 No. 1 ISSN: 2088-5334 Juni 2019')?.year).toBe(2019);
  });

  it('reads a number with no volume, its date in brackets, and a single page under an article-pages label', () => {
    expect(readJournalIssue('Revista UNISCI / UNISCI Journal, Nº 58 (January/Enero 2022)')).toEqual({ journal: 'Revista UNISCI / UNISCI Journal', issue: '58', year: 2022 });
    expect(readJournalIssue('Journal of Border Studies, Vol 12 Issue 3 (2020) p. 45')?.pages).toBe('45');
  });

  it('takes a running header\'s "Page 1" for the page it is printed on, not the pages of the article', () => {
    expect(readJournalIssue('JOM FISIP Volume 2 Nomor 2 Oktober 2015 Page 1')).toEqual({ journal: 'JOM FISIP', volume: '2', issue: '2', year: 2015 });
    expect(readJournalIssue('Jurnal Ilmu Hukum Vol. 5 No. 2 (2020) Halaman 7')?.pages).toBeUndefined();
    expect(readJournalIssue('JOM FISIP Volume 2 Nomor 2 Oktober 2015 Pages 1-12')?.pages).toBe('1-12');
  });

  it('reads a volume labelled "Jil." (Jilid), as Indonesian and Malay journals print it', () => {
    expect(readJournalIssue('Jil. 16. No. 2 (2020), hlm.157-182')).toMatchObject({ volume: '16', issue: '2', year: 2020, pages: '157-182' });
  });

  it('takes no volume without a number or year for an issue line, nor an address number', () => {
    expect(readJournalIssue('Volume 2 of the report')).toBeUndefined();
    expect(readJournalIssue('Jl. Syeh Mubarok No.25, Tigaraksa, Kab. Tangerang')).toBeUndefined();
  });
});

describe('findDoi: a label run on after it', () => {
  it('leaves "Keywords:" glued to the DOI out', () => {
    expect(findDoi('https://doi.org/10.18196/jhi.v9i2.10522Keywords:')).toBe('10.18196/jhi.v9i2.10522');
  });
});

describe('readJournalIssue: Roman volumes, bracketed numbers and "PP:"', () => {
  it('reads a Roman volume with its number in brackets, or after "No."', () => {
    expect(readJournalIssue('International Journal of Sea Lanes Volume I (2) July, 2018')).toEqual({ journal: 'International Journal of Sea Lanes', volume: 'I', issue: '2', year: 2018 });
    expect(readJournalIssue('Vol. IV No. 2, 2019')).toEqual({ volume: 'IV', issue: '2', year: 2019 });
  });

  it('takes no lower-case Roman numeral in a sentence for a volume', () => {
    expect(readJournalIssue('vol. ix no 2 2019')).toBeUndefined();
  });

  it('reads pages after "PP:" and drops the full stop closing a name', () => {
    expect(readJournalIssue('http://jurnal.contoh.ac.id/index.php/lex Volume 03 Issue 1, January - June 2022. PP: 21-32 P-ISSN: 2723-0000')).toEqual({ volume: '03', issue: '1', year: 2022, pages: '21-32' });
    expect(readJournalIssue('Lintas Rencang : Jurnal Hukum Lex Umum. Vol.2. No. 7 (Juli 2021)')?.journal).toBe('Lintas Rencang : Jurnal Hukum Lex Umum');
  });
});

describe('readJournalIssue: the name between a label, a date and an ISSN', () => {
  it('reads the journal without the "published in" label and the date a catalogue record prints around it', () => {
    expect(readJournalIssue('Veröffentlicht in:Jurnal Contoh (JC) 2022-10, Vol.7 (2), p.129-138')).toMatchObject({
      journal: 'Jurnal Contoh (JC)',
      volume: '7',
      issue: '2',
    });
    expect(readJournalIssue('Published in: Contoh Review 2019, Vol. 3 No. 1')?.journal).toBe('Contoh Review');
  });

  it('reads the journal without a print ISSN whose hyphen was garbled', () => {
    expect(readJournalIssue('Contoh: Jurnal Ilmiah p\uFFFDISSN: 2541-0849 e-ISSN: 2548-1398 Vol. 7, No. 5, Mei 2022')?.journal).toBe('Contoh: Jurnal Ilmiah');
  });

  it('keeps a name that merely ends in a number that is no date', () => {
    expect(readJournalIssue('Jurnal Contoh 45, Vol. 2 No. 1 (2020)')?.journal).toBe('Jurnal Contoh 45');
  });
});

describe('readOpeningIssue: a short name that does not call itself a journal', () => {
  const rest = 'Peran Indonesia dalam Keamanan Siber The Role of Indonesia in Cyber Security Dewi Lestari Abstract This article examines the role of Indonesia in cyber security.';

  it('reads a name of a few words followed by a whole issue: volume, number and year', () => {
    expect(readOpeningIssue(`Contohica Vol. 13 No. 1 Mei 2022 43 ${rest}`)).toMatchObject({ journal: 'Contohica', volume: '13', issue: '1', year: 2022 });
  });

  it('reads none where the issue lacks its number or year, or the name runs longer', () => {
    expect(readOpeningIssue(`Contohica Vol. 13, 2022 ${rest}`)).toBeUndefined();
    expect(readOpeningIssue(`Kajian Strategis Kawasan Selatan Vol. 13 No. 1 Mei 2022 ${rest}`)).toBeUndefined();
  });
});

describe('readJournalIssue: pages after "pp" without its period', () => {
  it('reads the page range', () => {
    expect(readJournalIssue('Journal of Border Studies, Vol 12 Issue 3 (2020) pp 45–67')?.pages).toBe('45–67');
  });

  it('reads no pages from a single "p" without its period', () => {
    expect(readJournalIssue('Journal of Border Studies, Vol 12 Issue 3 (2020) p 45')?.pages).toBeUndefined();
  });
});
