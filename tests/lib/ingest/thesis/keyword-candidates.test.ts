import { describe, expect, it } from 'vitest';
import { readFrontLines } from '../../../../src/lib/ingest/thesis/front-lines.ts';
import { keywordCandidates } from '../../../../src/lib/ingest/thesis/keyword-candidates.ts';

const listsOf = (text: string) => {
  const found = keywordCandidates(readFrontLines(text));
  return { id: found.id.map((c) => c.value), en: found.en.map((c) => c.value) };
};

describe('keywordCandidates', () => {
  it("reads the list under a keyword label stacked over the abstract's heading, up to the first line without a semicolon", () => {
    const page = 'KEYWORDS\nABSTRACT\nMigration; Irregular\nmigration; Bali Process\nMigration, or the movement of people from their country of origin\nto another country, is not a new phenomenon.\n';
    expect(listsOf(page)).toEqual({ id: [], en: [['Migration', 'Irregular migration', 'Bali Process']] });
    // Under the heading the abstract alone, its commas no list.
    expect(listsOf('KEYWORDS\nABSTRACT\nMigration, or the movement of people, is not new.\n')).toEqual({ id: [], en: [] });
  });

  it("reads one line of short comma items under the stacked heading when the abstract repeats most of them", () => {
    const abstract = 'This study analyses how follow the money recovers losses from corruption and money laundering in Indonesia.';
    const page = `KEYWORDS\nABSTRACT\nfollow the money, corruption, money laundering, financial losses.\n${abstract}\n`;
    expect(listsOf(page).en).toEqual([['follow the money', 'corruption', 'money laundering', 'financial losses']]);
    // Short pieces of a sentence cut at its commas, which the text under them does not repeat, are no list.
    const sentence = 'KEYWORDS\nABSTRACT\nMigration, in short, is old.\nPeople have moved between countries for centuries.\n';
    expect(listsOf(sentence)).toEqual({ id: [], en: [] });
  });

  it('reads a "Kata kunci:" list as Indonesian and a "Keywords:" list as English', () => {
    expect(listsOf('Kata kunci: perdagangan manusia, kesadaran, era/teknologi modern\n')).toEqual({
      id: [['perdagangan manusia', 'kesadaran', 'era/teknologi modern']],
      en: [],
    });
    expect(listsOf('Keywords: human trafficking, Malaysia, exploitation culture\n').en).toEqual([['human trafficking', 'Malaysia', 'exploitation culture']]);
  });

  it('reads the list on the line after a label printed alone', () => {
    const text = 'Department of Law, Universitas Islam Riau\nKeywords:\nLegal Protection, Trafficking, Human Rights\nAbstract:\n';
    expect(listsOf(text).en).toEqual([['Legal Protection', 'Trafficking', 'Human Rights']]);
  });

  it('reads one short keyword alone on the next line, but not a long run whose separators were lost', () => {
    expect(listsOf('Keywords\nCybersecurity\n').en).toEqual([['Cybersecurity']]);
    expect(listsOf('Keywords\nSecurity Cyber Diplomacy ASEAN OUR EYES (AOE)\n').en).toEqual([]);
  });

  it('reads labels run into the sentence before them, and cuts the list at the next heading', () => {
    expect(listsOf('dari jumlah serangan yang dapat diredam.Kata Kunci: Bom Bali, Indonesia dan Australia, Implementasi\n').id).toEqual([
      ['Bom Bali', 'Indonesia dan Australia', 'Implementasi'],
    ]);
    expect(listsOf('https://doi.org/10.18196/jhi.v9i2.10522Keywords:\nIndonesia, complex interdependence, domestic politicsAbstract\nThe geographical').en).toEqual([
      ['Indonesia', 'complex interdependence', 'domestic politics'],
    ]);
    expect(listsOf('as an object. Keywords: human trafficking, Malaysia, marxism 1. Pendahuluan Perdagangan manusia merupakan salah satu').en).toEqual([
      ['human trafficking', 'Malaysia', 'marxism'],
    ]);
    expect(listsOf('teknik analisis kualitatif. Katakunci : INTERPOL, NARKOTIKA, INDONESIA Latar belakang Arus globalisasi').id).toEqual([
      ['INTERPOL', 'NARKOTIKA', 'INDONESIA'],
    ]);
  });

  it('reads the last keywords of a list closing on its separator from the next line', () => {
    expect(listsOf('Keywords: Illegal Fishing; Human Trafficking; Slavery;\n\nTransnational Organized Crime\n').en).toEqual([
      ['Illegal Fishing', 'Human Trafficking', 'Slavery', 'Transnational Organized Crime'],
    ]);
    expect(listsOf('Keywords:\nMoney Laundering; Reformulation;\nTransnational Crime.\n').en).toEqual([['Money Laundering', 'Reformulation', 'Transnational Crime']]);
  });

  it('takes no sentence after a label for a list', () => {
    expect(listsOf('Keywords:\nThis article discusses the cooperation of Indonesia and Australia against terrorism since the Bali bombing of 2002.\n')).toEqual({ id: [], en: [] });
  });
});

describe('keywordCandidates, language of a list', () => {
  it('files a list under the language its words name when the label names the other', () => {
    expect(listsOf('Keywords: pencucian uang, kejahatan lintas negara, kerja sama penegakan hukum\n')).toEqual({
      id: [['pencucian uang', 'kejahatan lintas negara', 'kerja sama penegakan hukum']],
      en: [],
    });
  });
});
