import { describe, expect, it } from 'vitest';
import { abstractCandidates, readsAsRunningProse } from '../../../../src/lib/ingest/thesis/abstract-candidates.ts';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';

const best = (text: string) => {
  const found = abstractCandidates(readFrontLines(text));
  return { id: found.id[0]?.value, en: found.en[0]?.value };
};

const ID_TEXT = 'Penelitian ini bertujuan untuk mengetahui efektifitas peran Interpol didalam menanggulangi jaringan narkotika di Indonesia.';
const EN_TEXT = 'Human trafficking and forced labor has become most vital problem in the industrial world, especially in agriculture and construction.';

describe('abstractCandidates', () => {
  it('reads the text run on after a heading, with or without a mark, into the language it is written in', () => {
    expect(best(`KOMUNIKASI 2013 Abstraksi ${ID_TEXT} Katakunci : INTERPOL, NARKOTIKA`).id).toBe(ID_TEXT);
    expect(best(`[email protected] Abstract ${EN_TEXT} Keywords: human trafficking, Malaysia`).en).toBe(EN_TEXT);
    expect(best(`  Abstrak ${ID_TEXT}`).id).toBe(ID_TEXT);
  });

  it("leaves out an info box's label run in after the heading, and reads a catalogue's heading glued to its text", () => {
    expect(best(`ABSTRACT Article history: ${EN_TEXT}`).en).toBe(EN_TEXT);
    expect(best(`Beschreibung\nZusammenfassung:${ID_TEXT}`).id).toBe(ID_TEXT);
  });

  it("reads the prose after one abstract's keyword line, in the other language, as the translation", () => {
    const page = `${ID_TEXT}\n\nKata kunci: narkotika, Interpol\n\n${EN_TEXT}\n`;
    expect(best(page).en).toBe(EN_TEXT);
    // The article's opening after the keywords is no abstract, with its heading or running on in the same language.
    expect(best(`${ID_TEXT}\n\nKata kunci: narkotika\n\n1. Pendahuluan ${EN_TEXT}\n`).en).toBeUndefined();
    const reasons = abstractCandidates(readFrontLines(`${EN_TEXT}\n\nKeywords: trafficking\n\n${EN_TEXT} Again.\n`)).en.map((c) => c.reason);
    expect(reasons).not.toContain("prose after the other abstract's keyword line");
  });

  it('reads the text under a bare heading past the keyword column read in between, but not a keyword line as the text', () => {
    expect(best(`Abstract\nKeywords: Corruption; asset recovery; ASEAN.\n${EN_TEXT}\n`).en).toBe(EN_TEXT);
    expect(best('Abstract\nKeywords: Corruption; asset recovery; ASEAN.\n').en).toBeUndefined();
  });

  it("reads the prose after the DOI closing an article's info box", () => {
    const box = ['ARTICLE INFO', 'ABSTRACT', 'Keywords :', 'Islamic Law; Ship Crew.', 'How To Cite :', 'Rizki, D. (2023). Tanggung Jawab Negara Terhadap ABK menurut Hukum Islam. Nagari Law Review 7(2).', 'DOI :', '10.25077/nalrev.v.7.i.2.p.293-303.2023', EN_TEXT];
    expect(best(box.join('\n')).en).toBe(EN_TEXT);
    expect(best(box.slice(1).join('\n')).en).toBeUndefined();
  });

  it('reads the text on the lines under a heading printed alone, whatever language the heading names', () => {
    expect(best(`Abstract:\n${ID_TEXT}\n`)).toEqual({ id: ID_TEXT, en: undefined });
  });

  it('reads the prose before a keyword line when no heading is printed', () => {
    expect(best(`Received 06 December 2022\n\n${ID_TEXT}\n\nKata kunci: perdagangan manusia, kesadaran\n`).id).toBe(ID_TEXT);
  });

  it("takes the long paragraph under a page's first one as its translation, in the other language only", () => {
    const idLong = `${ID_TEXT} ${ID_TEXT} ${ID_TEXT}`;
    const enLong = `${EN_TEXT} ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`Joana Maleriluah\n"${idLong}\n${enLong}"\nDepok: Fakultas Hukum Universitas Indonesia, 2015\n`).en).toBe(`${enLong}"`);
    expect(best(`Joana Maleriluah\n${enLong}\n${enLong} More.\n`).en).toBe(enLong);
    expect(abstractCandidates(readFrontLines(`Joana Maleriluah\n${enLong}\n${enLong} More.\n`)).en).toHaveLength(1);
  });

  it("takes a page's first long paragraph only before a preface heading and not in capitals", () => {
    const long = `${EN_TEXT} ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`A Bridge over Turbulent Waters\n[Thesis]\n2020\n${long}\n`).en).toBe(long);
    expect(best(`KATA PENGANTAR\n\n${long}\n`).en).toBeUndefined();
    expect(abstractCandidates(readFrontLines(`A Bridge\n${long}\n`)).en[0]?.score).toBeLessThan(0.6);
  });

  it("takes no first long paragraph that opens in lower case, going on from a page cut out of a longer text", () => {
    const long = `${EN_TEXT} ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`Sindikat Cyber Crime\n\nwhich ${long}\n`).en).toBeUndefined();
    expect(best(`Sindikat Cyber Crime\n\n${long}\n`).en).toBe(long);
  });

  it("takes no cover run into one line, and no filled-in form, for a page's first long paragraph", () => {
    const cover =
      'Universitas Negeri Contoh Fakultas Ilmu Sosial dan Ilmu Politik Program Studi Ilmu Hubungan Internasional Terakreditasi A Kerja Sama Indonesia dan Malaysia dalam Penanggulangan Penyelundupan Manusia di Selat Malaka Skripsi Diajukan untuk Ujian Sidang Jenjang Sarjana Oleh Budi Santoso Wijaya 2015330123 Bandung 2019';
    const form = `REPORT DOCUMENTATION PAGE Form Approved Public reporting burden for this collection of information is estimated to average one hour per response, including the time for reviewing instructions and searching existing data sources. 1. AGENCY USE ONLY (Leave blank) 2. REPORT DATE June 2010 3. REPORT TYPE AND DATES COVERED Master's Thesis`;
    expect(best(`${cover}
`).id).toBeUndefined();
    expect(best(`${form}
`).en).toBeUndefined();
    expect(readsAsRunningProse(`${EN_TEXT} ${EN_TEXT}`)).toBe(true);
  });

  it('takes no first long paragraph after the heading of an endorsement page, wherever its naming word stands', () => {
    const long = `${EN_TEXT} ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`A Bridge over Turbulent Waters\n2020\nTHESIS ADVISER RECOMMENDATION LETTER\n${long}\n`).en).toBeUndefined();
    expect(best(`Judul Skripsi\n2020\nLEMBAR PERSETUJUAN PEMBIMBING\n${long}\n`).en).toBeUndefined();
    // A sentence that merely names an approval is no heading.
    expect(best(`A Bridge\nThe approval of the treaty was slow.\n${long}\n`).en).toBe(long);
  });
});

describe("abstractCandidates: a publisher's description is no abstract", () => {
  it('takes no first long paragraph that opens with the short name the line above gives a body', () => {
    const about = `CDS is the senior educational institution of the defence college. ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`Title of the Paper Here\nMAY 2016\nThe Centre for Defence Studies (CDS)\n${about}\n`).en).toBeUndefined();
    const study = `This paper asks whether extremism will grow. ${EN_TEXT} ${EN_TEXT}`;
    expect(best(`Title of the Paper Here\nMAY 2016\nThe Centre for Defence Studies (CDS)\n${study}\n`).en).toBe(study);
  });
});

describe('abstractCandidates: a title in title case over an abstract without its heading', () => {
  it('starts the prose before the keyword line under the title, not with it', () => {
    const title = 'Dinamika Hubungan Indonesia Dengan Australia Mengenai Penanganan Transfer of Refugees Dalam Kebijakan Contoh (2013-2017)';
    const found = abstractCandidates(readFrontLines(`${title}\n${ID_TEXT} Penelitian ini memakai pendekatan kualitatif.\nKata Kunci : Pengungsi, Australia`));
    const beforeKeywords = found.id.find((c) => c.reason === 'prose before a keyword line');
    expect(beforeKeywords?.value.startsWith('Penelitian ini bertujuan')).toBe(true);
  });

  it('keeps a sentence with a few capitalised names as part of the abstract', () => {
    const named = 'Indonesia dan Australia menandatangani Perjanjian Lombok pada tahun 2006 untuk kerja sama keamanan di kawasan';
    const found = abstractCandidates(readFrontLines(`${named}\n${ID_TEXT}\nKata Kunci : Pengungsi, Australia`));
    expect(found.id.find((c) => c.reason === 'prose before a keyword line')?.value.startsWith('Indonesia dan Australia')).toBe(true);
  });
});

describe('abstractCandidates: an abstract wrapped into short lines before its keywords', () => {
  it('goes up over lines the line below continues in lower case, or that close on a comma, to the English keywords', () => {
    const text = [
      'the problems of refugees in the region and beyond it.',
      'Keywords: Indonesian Policy, Refugees',
      'Tulisan ini bermaksud untuk menjelaskan kebijakan Indonesia dalam menyelesaikan permasalahan pengungsi di Aceh. Pertama,',
      'Pemerintah Indonesia membuat kebijakan baru dengan menyesuaikan peraturan yang ada',
      'terkait permasalahan pengungsi. Kedua, Indonesia memberikan akomodasi berupa penampungan',
      'sementara bagi para pengungsi di Aceh dan sekitarnya hingga mereka dipindahkan ke negara ketiga.',
      'Kata-kata Kunci: Kebijakan Indonesia, Pengungsi',
    ].join('\n');
    const found = abstractCandidates(readFrontLines(text)).id.find((c) => c.reason === 'prose before a keyword line');
    expect(found?.value.startsWith('Tulisan ini bermaksud')).toBe(true);
  });

  it('stops at a short line the line below does not continue', () => {
    const text = ['Analisis kebijakan pengungsi di Aceh dan Medan', `${ID_TEXT} Penelitian ini memakai pendekatan kualitatif.`, 'Kata Kunci: Pengungsi'].join('\n');
    const found = abstractCandidates(readFrontLines(text)).id.find((c) => c.reason === 'prose before a keyword line');
    expect(found?.value.startsWith('Penelitian ini bertujuan')).toBe(true);
  });
});
