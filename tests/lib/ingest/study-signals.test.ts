import { describe, expect, it } from 'vitest';
import { looksLikeStudy } from '../../../src/lib/ingest/study-signals.ts';

const NEWS_PROSE =
  'Immigration officials rescued five women on Tuesday who had been tricked into travelling by human traffickers and forced to work in entertainment outlets.';

const thesisReasons = (text: string) => looksLikeStudy(text).thesis.reasons;
const articleReasons = (text: string) => looksLikeStudy(text).article.reasons;

describe('looksLikeStudy: marks a news page shares only in form', () => {
  it('takes a government department for no academic unit, and an academic department or a centre for studies for one', () => {
    expect(thesisReasons(`KUALA LUMPUR: The Immigration Department rescued 40 women.\n${NEWS_PROSE}`)).toEqual([]);
    expect(thesisReasons('Department of International Relations\nUniversitas Contoh')[0]).toMatch(/^university or faculty line/);
    expect(thesisReasons('The Centre for Defence and Strategic Studies (CDSS)')).toEqual(['university or faculty line "The Centre for Defence and Strategic Studies (CDSS)"']);
  });

  it('counts only a keyword label as a keyword line, not any short label before a list', () => {
    expect(thesisReasons(`Category : News, Tech, Featured\n${NEWS_PROSE}`)).toEqual([]);
    expect(thesisReasons(`Publication date: August 6, 2015\n${NEWS_PROSE}`)).toEqual([]);
    expect(thesisReasons('Keywords: piracy, Malacca, cooperation')).toEqual(['keyword line "Keywords: piracy, Malacca, cooperation"']);
  });

  it('reads research prose and an article speaking of itself only in a sentence, not on a share button', () => {
    expect(articleReasons(`Share This Article\n${NEWS_PROSE}`)).toEqual([]);
    const reasons = articleReasons('This article examines how the police of two countries work together.');
    expect(reasons.map((reason) => reason.split(' "')[0])).toEqual(['research prose', 'the text calls itself an article']);
  });

  it('reads a text calling itself a review of the literature by its kind as an article, but not a review in general', () => {
    const calls = (text: string) => articleReasons(text).some((reason) => reason.startsWith('the text calls itself an article'));
    expect(calls('This narrative review aims to scrutinize regulatory gaps in the cybercrime law.')).toBe(true);
    expect(calls('This systematic review gathers the studies of online fraud since 2015.')).toBe(true);
    expect(calls('The ministry said this review of the visa rules would end in March.')).toBe(false);
  });

  it('reads a method named by its kind as research prose, in English and Indonesian, but not a news report of a study', () => {
    const prose = (text: string) => articleReasons(text).some((reason) => reason.startsWith('research prose'));
    expect(prose('To address this, the study employs a qualitative approach, gathering data through interviews.')).toBe(true);
    expect(prose('Melalui penelitian metode empiris yang dilakukan dengan mengkaji berbagai artikel dan buku, ditemukan hambatan.')).toBe(true);
    expect(prose('Tulisan berikut disusun dengan pendekatan yuridis normatif terhadap peraturan yang berlaku.')).toBe(true);
    expect(prose('The study, published on Monday by a research group, found that trafficking rose last year.')).toBe(false);
  });
});

describe('looksLikeStudy: marks of a thesis in the forms copies print them', () => {
  it('reads "Under Graduates thesis" in a repository citation as a degree named', () => {
    const record = 'ANI LESTARI , 8111416215 (2020) TINJAUAN YURIDIS KEJAHATAN SIBER. Under Graduates thesis, Universitas Negeri Contoh.';
    expect(thesisReasons(record).some((reason) => reason.startsWith('degree named'))).toBe(true);
    expect(thesisReasons(record.replace('Under Graduates thesis', 'Under review')).some((reason) => reason.startsWith('degree named'))).toBe(false);
  });

  it("reads a bare number under a person's name as a student number, but not a bare number under a title", () => {
    const student = (text: string) => thesisReasons(text).some((reason) => reason.startsWith('student number'));
    expect(student('Oleh :\nAni Lestari\n1310851017\nJURUSAN ILMU HUBUNGAN INTERNASIONAL')).toBe(true);
    expect(student('Kerja Sama Keamanan Siber di Kawasan ASEAN\n1310851017')).toBe(false);
  });

  it('reads a chapter heading run into its text after the page number, but not a sentence naming a chapter', () => {
    expect(thesisReasons('1 BAB I PENDAHULUAN 1.1 Latar Belakang Kejahatan transnasional telah menjadi ancaman.')[0]).toMatch(/^chapter heading/);
    expect(thesisReasons('Bab II membahas kerangka teori yang dipakai dalam kajian hukum pidana.')).toEqual([]);
  });

  it("reads a lettered section heading standing between two lines of prose, for both kinds of study, but not a name's initial", () => {
    const prose = 'Yurisdiksi universal menjadi pilihan yang paling baik untuk sementara ini dalam menyelesaikan persoalan.';
    const lettered = (heading: string) => looksLikeStudy(`${prose}\n\n${heading}\n\n${prose}`);
    const chapter = lettered('D. Sindikat Cyber Crime Internasional di Indonesia');
    expect(chapter.thesis.reasons).toEqual(['lettered section heading in the text "D. Sindikat Cyber Crime Internasional di Indonesia"']);
    expect(chapter.article.score).toBe(1);
    expect(lettered('A. Rahman').thesis.reasons).toEqual([]);
    // Over the article's first line, as a headline or a cover stands, it is no section of a text.
    expect(looksLikeStudy(`D. Sindikat Cyber Crime Internasional di Indonesia\n\n${prose}`).thesis.reasons).toEqual([]);
  });
});

describe('looksLikeStudy: marks of a journal article a page prints without a journal line', () => {
  it('reads a structured abstract only with two of its labels, one of them joined ("Design/methodology/approach")', () => {
    const structured = 'Purpose: This analysis examines how states work together.\nDesign/Methodology/Approach: A review of sources.\nFindings: Cooperation helps.';
    expect(articleReasons(structured)).toContain('structured abstract ("Purpose:", "Design/methodology/approach:", ...)');
    // A thesis abstract labelled in a report's plain words is no journal's form.
    const plain = 'Purpose: This analysis examines how states work together.\nFindings: Cooperation helps.';
    expect(articleReasons(plain).some((reason) => reason.startsWith('structured abstract'))).toBe(false);
    expect(thesisReasons(structured).some((reason) => reason.startsWith('structured abstract'))).toBe(false);
  });

  it('reads two or more marked authors, alone or run on after a title in capitals, but not one marked name', () => {
    const marked = (text: string) => articleReasons(text).some((reason) => reason.startsWith('several authors with affiliation marks'));
    expect(marked('PERDAGANGAN PEREMPUAN MELALUI PERKAWINAN PESANAN DI KOTA CONTOH Ani 1, Budi Santoso2, Citra Dewi3')).toBe(true);
    expect(marked('Dewi Lestari1, Rudi Hartono2')).toBe(true);
    // A thesis cover marks its one author with a footnote.
    expect(marked('ANI LESTARI2')).toBe(false);
    expect(marked('KERJA SAMA INDONESIA DAN MALAYSIA Ani Lestari1')).toBe(false);
  });

  it('reads a bulleted name followed by its unit as an author list, but not a bulleted menu item or library', () => {
    const byBullet = (line: string) => articleReasons(line).some((reason) => reason.startsWith('bulleted author'));
    expect(byBullet('  • Dewi Ervina Suryani Universitas Islam Negeri Contoh')).toBe(true);
    expect(byBullet('• Tiara Liu Magister of Political Sciences, Faculty of Social and Political Sciences Universitas Contoh')).toBe(true);
    expect(byBullet('• Fakultas Hukum Universitas Contoh')).toBe(false);
    expect(byBullet('• Perpustakaan Universitas Contoh')).toBe(false);
    expect(byBullet('Dewi Ervina Suryani Universitas Islam Negeri Contoh')).toBe(false);
  });
});
