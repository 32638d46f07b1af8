import { describe, expect, it } from 'vitest';
import { chooseCandidate } from '../../../../src/lib/ingest/fields/candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { yearCandidates } from '../../../../src/lib/ingest/thesis/year-candidates.ts';

const yearOf = (text: string) => chooseCandidate(yearCandidates(readFrontLines(text)))?.value;

describe('yearCandidates', () => {
  it("reads the place and date under a conference's name, as a proceedings paper's header prints them, but not a dated line elsewhere", () => {
    expect(yearOf('1st International Conference on Law Studies\nJakarta, 19th November 2020\nImplementation of Mutual Legal Assistance')).toBe(2020);
    expect(yearOf('Seminar Nasional Hukum Pidana\nBandung, 5 Mei 2021\nJudul Makalah')).toBe(2021);
    // Under a title the same line is a date the title's subject holds.
    expect(yearOf('Kerja Sama Keamanan Siber Indonesia\nJakarta, 19th November 2020')).toBeUndefined();
  });

  it("reads a catalogue record's imprint in the table cell under its label, not a year of the title", () => {
    expect(yearOf('Main Author: | JUFRI, MOH. ALAWI |\nFormat: | Thesis |\nTerbitan: |\n, 2014\n|\n')).toBe(2014);
    expect(yearOf('Terbitan: |\nMalang, 2014\n')).toBe(2014);
    expect(yearOf('Subjects: |\n, 2014\n')).toBeUndefined();
  });

  it('reads the year of journal issue lines printed in many ways', () => {
    expect(yearOf('A new decade for social changes\nVol. 9, 2020\n')).toBe(2020);
    expect(yearOf('Journal of Law, Policy and Globalization\nVol.42, 2015\n')).toBe(2015);
    expect(yearOf('Vol.11 (2021) No. 3 ISSN: 2088-5334\n')).toBe(2021);
    expect(yearOf('Revista UNISCI / UNISCI Journal, Nº 58 (January/Enero 2022)\n')).toBe(2022);
    expect(yearOf('Open Science Index, Humanities and Social Sciences Vol:13, No:5, 2019 waset.org/Publication/10010388\n')).toBe(2019);
  });

  it('reads copyright lines and the year closing a cover run into one line', () => {
    expect(yearOf('© Julia Paulsen, May 2016 [email protected]\n')).toBe(2016);
    expect(yearOf('Copyrights © 2020\n')).toBe(2020);
    expect(yearOf('FAKULTAS ILMU SOSIAL DAN POLITIK UNIVERSITAS HASANUDDIN 2013 Abstraksi Penelitian ini bertujuan untuk mengetahui\n')).toBe(2013);
  });

  it('never takes a year from a title or an abstract: a period studied or an event named', () => {
    expect(yearOf('KERJASAMA BNP2TKI DENGAN IOM DI MALAYSIA PERIODE 2011-2015\n')).toBeUndefined();
    expect(yearOf('KEPENTINGAN INDONESIA MENANDATANGANI NOTA KESEPAHAMAN TAHUN 2013\n')).toBeUndefined();
    expect(yearOf('Pasca Bom Bali I tahun 2002, Australia memberikan bantuan kontra-terorisme kepada Indonesia.\n')).toBeUndefined();
  });

  it("reads the publication year of a library catalogue record", () => {
    expect(yearOf('JUDUL SKRIPSI\nMain Author: HIDAYAT, RAHMAT\nFormat: Thesis\nTerbitan: , 2015\n')).toBe(2015);
    expect(yearOf('Title of a thesis\nDate issued: 2019-08-01\n')).toBe(2019);
  });
});

describe('yearCandidates: a cover closed by the Gregorian and Hijri years', () => {
  it('reads 2018 from a university line closed by "2018/1439 H", but not a period in a title', () => {
    expect(yearOf('KERJA SAMA KEAMANAN INDONESIA DAN FILIPINA\nUNIVERSITAS ISLAM NEGERI SYARIF HIDAYATULLAH JAKARTA 2018/1439 H\n')).toBe(2018);
    expect(yearOf('UNIVERSITAS ISLAM NEGERI JAKARTA TAHUN 2018/1439 H\n')).toBeUndefined();
  });
});

describe('yearCandidates: more dates of the document', () => {
  it('reads the date under a publication label standing alone, as a journal page sets it', () => {
    expect(yearOf('Keywords:\nMigration\nPublished\n2024-07-29\n')).toBe(2024);
    expect(yearOf('Downloads\n2024-07-29\n')).toBeUndefined();
  });

  it("reads the publication date among an article's dates on one line", () => {
    expect(yearOf('DATA NASKAH: Masuk: 16 Agustus 2018 Diterima: 18 Desember 2018 Terbit: 31 Desember 2018 KORESPONDEN PENULIS\n')).toBe(2018);
    expect(yearOf('DATA NASKAH: Masuk: 16 Agustus 2018 Diterima: 2 Januari 2019 Terbit: 31 Maret 2019\n')).toBe(2019);
    expect(yearOf('Diterima: 2 Januari 2019 Terbit: Juli 2019 Halaman: 1-12\n')).toBe(2019);
    expect(yearOf('Diterima: 2 Januari 2019 Terbit: Segera 2020\n')).toBeUndefined();
  });

  it('reads the date an approval page is signed on', () => {
    expect(yearOf('Pembimbing Utama\nTanggal: 20 November 2014 Mengetahui,\n')).toBe(2014);
    expect(yearOf('Tanggal: belum ditentukan\n')).toBeUndefined();
  });

  it("reads a catalogue's imprint naming a university, and a repository's record line", () => {
    expect(yearOf('Depok: Fakultas Hukum Universitas Indonesia, 2015\nS58745\n')).toBe(2015);
    expect(yearOf('Jakarta: Kompas, 2015\n')).toBeUndefined();
    expect(yearOf('2022 | Skripsi | S1 TEKNIK GEODESI\n')).toBe(2022);
    expect(yearOf('2022 | Jakarta\n')).toBeUndefined();
  });

  it('reads the year closing a cover line run together, opened by a university or glued to its name', () => {
    expect(yearOf('FLINDERS UNIVERSITY COLLEGE OF BUSINESS, GOVERNMENT AND LAW MASTER OF ARTS IN INTERNATIONAL RELATIONS 2019\n')).toBe(2019);
    expect(yearOf('PROGRAM STUDI HUBUNGAN INTERNASIONALFAKULTAS ILMU SOSIAL DAN ILMU POLITIKUNIVERSITAS BRAWIJAYA2015\n')).toBe(2015);
    expect(yearOf('PERAN MAHASISWA UNIVERSITAS DALAM PEMILU 2019\n')).toBeUndefined();
  });

  it("reads a web page's stamp of weekday and date under an article's title, but no upload date", () => {
    expect(yearOf('Pengaruh Cybercrime di Indonesia\nWednesday, 01 May 2013 00:06\nChristian Novan, S.Kom\n')).toBe(2013);
    expect(yearOf('Upload: dinda-cahbudy\nPost on 08-Nov-2015\n')).toBeUndefined();
    expect(yearOf('01 May 2013 00:06\n')).toBeUndefined();
  });

  it("reads a cover's place with its state after a comma", () => {
    expect(yearOf('A thesis presented to the Faculty\nFort Leavenworth, Kansas 2006\n')).toBe(2006);
  });

  it('takes no lone year going on with a span of years a title closes on', () => {
    expect(yearOf('Diplomasi Publik Indonesia Pasca Peristiwa 9/11 Periode Tahun 2003\n2013\nSKRIPSI\n')).toBeUndefined();
    expect(yearOf('SKRIPSI\nUNIVERSITAS BRAWIJAYA\n2013\n')).toBe(2013);
  });
});
