import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { detectKind, MIN_DOCUMENT_WORDS } from '../../../src/lib/ingest/detect-kind.ts';
import { parseThesis } from '../../../src/lib/ingest/thesis/parse-thesis.ts';

const sources = fileURLToPath(new URL('../../fixtures/seeds/', import.meta.url));
const seed = (prefix: string) => {
  const name = readdirSync(sources).find((n) => n.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${sources}${name}`, 'utf8');
};

describe('detectKind on the seeds', () => {
  it.each([
    ['000', 'thesis-abstract'],
    ['001', 'thesis-abstract'],
    ['002', 'news'],
    ['003', 'news'],
    ['004', 'thesis-full'],
  ])('%s is a %s', (prefix, kind) => {
    expect(detectKind(seed(prefix), `${prefix}.txt`).kind).toBe(kind);
  });

  it('gives its reasons', () => {
    const { reasons } = detectKind(seed('004'), '004.txt');
    expect(reasons).toContain('abstract heading "ABSTRAK"');
    expect(reasons).toContain('chapter headings: BAB I, BAB II');
  });
});

/** Some forty words of plain prose with no mark of any kind of document. */
const PROSE =
  'Kerja sama kedua negara berjalan sejak lama dan mencakup pertukaran informasi, pelatihan bersama, patroli ' +
  'perbatasan, serta pemulangan warga yang menjadi korban. Banyak pihak menilai kerja sama itu perlu diperluas ' +
  'agar jaringan pelaku lintas negara dapat dihadapi bersama oleh aparat kedua belah pihak di lapangan.';
const ENGLISH =
  'Cooperation between the two countries has run for many years and covers the exchange of information, joint ' +
  'training, border patrols and the return of citizens who became victims, and many observers say it should be ' +
  'widened so that networks working across borders can be met together.';

describe('detectKind refuses only what is not a document', () => {
  it(`refuses a text of fewer than ${MIN_DOCUMENT_WORDS} words, naming the file`, () => {
    expect(() => detectKind('Ini hanya catatan belanja.\nBeras dua kilo, telur, dan minyak goreng.\n', 'c.txt')).toThrow(
      /^c\.txt: not a document: only 11 words/,
    );
  });

  it('takes a short repository record (a title, its author, a year) for a document', () => {
    const record = 'KERJA SAMA KEPOLISIAN DALAM PEMBERANTASAN PENCUCIAN UANG LINTAS NEGARA\n\nMain Author: CONTOH, NAMA LENGKAP\nFormat: Thesis\nTerbitan: , 2019\nSubjects:\n';
    expect(() => detectKind(record, 'r.txt')).not.toThrow();
  });

  it('takes plain prose with no marks for a news item by its length, on weak evidence', () => {
    const detection = detectKind(`${PROSE}\n`, 'p.txt');
    expect(detection.kind).toBe('news');
    expect(detection.confidence).toBe('weak');
    expect(detection.reasons[0]).toMatch(/no marks of a thesis, article or news item; taken as news by its length/);
  });

  it('takes long unmarked prose for a thesis', () => {
    expect(detectKind(`${PROSE}\n\n`.repeat(40), 'l.txt').kind).toBe('thesis-abstract');
  });

  it('lets --kind override the evidence and says so', () => {
    expect(detectKind(`${PROSE}\n`, 'k.txt', 'article')).toEqual({ kind: 'article', confidence: 'strong', reasons: ['--kind article given'] });
    expect(detectKind(`ABSTRAK\n\n${PROSE}\n\nBAB I\nPENDAHULUAN\n\nIsi.\n`, 'k.txt', 'thesis').kind).toBe('thesis-full');
  });
});

describe('detectKind weighs thesis, article and news evidence', () => {
  it('takes a cover with a degree, submission statement and student number for a thesis', () => {
    const cover = 'KERJA SAMA INDONESIA DAN MALAYSIA\n\nSKRIPSI\n\nDiajukan untuk memenuhi salah satu syarat\n\nOleh\nBudi Santoso\nNIM: E061181339\n\nFAKULTAS HUKUM\nUNIVERSITAS JEMBER\n2021\n';
    const detection = detectKind(`${cover}\n${PROSE}\n`, 's.txt');
    expect(detection).toMatchObject({ kind: 'thesis-abstract', confidence: 'strong' });
    expect(detection.reasons).toEqual(expect.arrayContaining(['degree named "SKRIPSI"', 'student number "NIM: E061181339"']));
  });

  it('takes a text with a journal issue line, DOI and ISSN for an article even without an abstract heading', () => {
    const header = 'Jurnal Hubungan Internasional Vol. 9 No. 2 (2020)\np-ISSN 2301-4512\nDOI: 10.18196/jhi.v9i2.10522\n\nKerja Sama Siber\n\n';
    const detection = detectKind(`${header}${ENGLISH}\n`, 'a.txt');
    expect(detection).toMatchObject({ kind: 'article', confidence: 'strong' });
    expect(detection.reasons).toEqual(expect.arrayContaining(['ISSN "p-ISSN 2301-4512"']));
  });

  it('takes an abstract page with a journal line for an article, and without one for a thesis', () => {
    const page = `ABSTRACT\n\n${ENGLISH}\n\nKeywords: cooperation, borders\n`;
    expect(detectKind(page, 't.txt').kind).toBe('thesis-abstract');
    expect(detectKind(`Journal of ASEAN Studies Vol. 5 No. 1 (2017)\n\n${page}`, 'a.txt').kind).toBe('article');
  });

  it('takes prose opening with a dateline for news', () => {
    const detection = detectKind(`Polisi Bongkar Jaringan Penipuan\n\nJAKARTA - ${PROSE}\n`, 'n.txt');
    expect(detection.kind).toBe('news');
    expect(detection.reasons).toContain('dateline "JAKARTA -"');
  });

  it('reads a student number only on a short line, not a date in brackets in prose', () => {
    const prose = `${PROSE} Pemulangan dilakukan pada Kamis (5/10/2023) dan diumumkan oleh kementerian kepada wartawan.`;
    expect(detectKind(`JAKARTA - ${prose}\n`, 'n.txt').reasons.join(' ')).not.toMatch(/student number/);
  });
});

describe('detectKind on thesis outlines', () => {
  it('reads spaced-out and English headings, and CHAPTER for a full text', () => {
    expect(detectKind(`A B S T R A K\n\n${PROSE}\n`, 'a.txt').kind).toBe('thesis-abstract');
    expect(detectKind(`Abstract:\n${ENGLISH}\n\nCHAPTER 1\nINTRODUCTION\n`, 'b.txt').kind).toBe('thesis-full');
  });

  it('takes an article whose text opens with "PENDAHULUAN" for a full text, and says why', () => {
    const detection = detectKind(`Abstract\n\n${ENGLISH}\n\nKeywords: a, b\n\nPENDAHULUAN\n\nIsi artikel.\n`, 'h.txt');
    expect(detection.kind).toBe('thesis-full');
    expect(detection.reasons.slice(0, 2)).toEqual(['abstract heading "ABSTRACT"', 'article section heading "PENDAHULUAN"']);
  });

  it('names the chapter headings after the abstract only', () => {
    const text = `DAFTAR ISI\nBAB I PENDAHULUAN ........ 1\n\nABSTRAK\n\n${PROSE}\n\nBAB I\nPENDAHULUAN\n\nIsi.\n\nBAB II\nTINJAUAN PUSTAKA\n\nIsi.\n`;
    expect(detectKind(text, 'y.txt').reasons.slice(0, 2)).toEqual(['abstract heading "ABSTRAK"', 'chapter headings: BAB I, BAB II']);
  });

  it.each([
    ['a SUMMARY heading', `SUMMARY\n\n${ENGLISH}\n`, 'thesis-abstract'],
    ['a RINGKASAN heading', `RINGKASAN\n\n${PROSE}\n`, 'thesis-abstract'],
    ['"Bab 2" in a sentence of the abstract', `ABSTRAK\n\n${PROSE}\nBab 2 membahas teori kerja sama.\n`, 'thesis-abstract'],
    ['a table of contents before the abstract', `DAFTAR ISI\nBAB I PENDAHULUAN ........ 1\nBAB II TINJAUAN PUSTAKA ........ 9\n\nABSTRAK\n\n${PROSE}\n`, 'thesis-abstract'],
    ['chapters after the abstract', `ABSTRAK\n\n${PROSE}\n\nBAB I\nPENDAHULUAN\n\nLatar belakang.\n`, 'thesis-full'],
    ['an article opening with "Pendahuluan"', `Abstrak\n\n${PROSE}\n\nPendahuluan\n\nIsi artikel.\n`, 'thesis-full'],
  ])('agrees with the thesis parser on %s', (_, text, kind) => {
    expect(detectKind(text, 'x.txt').kind).toBe(kind);
    expect(parseThesis(text).kind).toBe(kind);
  });
});

describe('detectKind between a news page and a thesis', () => {
  const newsPage = (box: string) =>
    `Polisi Bongkar Jaringan Penipuan Daring\n\nJakarta (ANTARA) - Polisi membongkar jaringan penipuan daring pada Senin.\n\n${box}\n\n${PROSE}\n\nEditor: Budi Santoso\nHak Cipta © ANTARA 2024\n`;

  it('keeps a news page with a "Ringkasan" box as news', () => {
    expect(detectKind(newsPage('Ringkasan:\nLima tersangka ditangkap.'), 'n.txt').kind).toBe('news');
  });

  it('takes a wire story with a dateline and credits for news', () => {
    const text = `Police rescue 40 trafficking victims\n\nJAKARTA (Reuters) - ${ENGLISH}\n\n(Reporting by A. Writer; Editing by B. Editor)\n`;
    expect(detectKind(text, 'd.txt')).toMatchObject({ kind: 'news', confidence: 'strong' });
  });
});

describe('detectKind on news items without a dateline', () => {
  it('takes a news item naming a government department, a category line and a share button for news', () => {
    const item = [
      'Five women rescued in Penang',
      'Category : News, Crime, Featured',
      'Share This Article',
      'Officers of the Immigration Department rescued five women on Tuesday who had been tricked into travelling abroad by a syndicate.',
      'The women were promised jobs in restaurants but were forced to work in entertainment outlets, the department said in a statement.',
    ].join('\n\n');
    expect(detectKind(item, 'n.txt').kind).toBe('news');
  });

  it('takes a copy of a first chapter run into its text, with no cover, for a thesis', () => {
    const chapter = `29\n1 BAB I PENDAHULUAN 1.1 Latar Belakang ${'Kejahatan transnasional telah menjadi ancaman serius bagi keamanan kawasan. '.repeat(4)}`;
    expect(detectKind(chapter, 'b.txt').kind).toMatch(/^thesis/);
  });
});

describe('detectKind: an article told from a thesis by how its body opens', () => {
  it('weighs a numbered section opening the body for an article, but not a chapter or an unnumbered heading', () => {
    const front = `Abstrak\n\n${PROSE}\n\nKata kunci: kerja sama, perbatasan\n\n`;
    const numbered = detectKind(`${front}1. Pendahuluan\n\nIsi artikel.\n`, 'a.txt');
    expect(numbered.kind).toBe('article');
    expect(numbered.reasons).toContain('numbered section heading "1. Pendahuluan"');
    expect(detectKind(`${front}PENDAHULUAN\n\nIsi artikel.\n`, 'b.txt').kind).toBe('thesis-full');
    expect(detectKind(`${front}BAB I\nPENDAHULUAN\n\nIsi.\n`, 'c.txt').kind).toBe('thesis-full');
  });
});
