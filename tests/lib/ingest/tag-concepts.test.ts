import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ConceptData } from '../../../src/content.config.ts';
import { readConcepts } from '../../../src/lib/ingest/content-store.ts';
import {
  buildConceptMatcher,
  findUnmatchedKeywords,
  tagConcepts,
  type ConceptMatcher,
  type ConceptTag,
} from '../../../src/lib/ingest/tag-concepts.ts';

const root = new URL('../../../', import.meta.url);
const sourcesDir = fileURLToPath(new URL('tests/fixtures/seeds/', root));

function seed(prefix: string): string {
  const file = readdirSync(sourcesDir).find((name) => name.startsWith(`${prefix}_`));
  if (!file) throw new Error(`no seed ${prefix}`);
  return readFileSync(`${sourcesDir}${file}`, 'utf8');
}

const ids = (tags: ConceptTag[]) => tags.map((tag) => tag.id);
const idsFor = (tags: ConceptTag[], reason: ConceptTag['reasons'][number]) =>
  tags.filter((tag) => tag.reasons.includes(reason)).map((tag) => tag.id);

let thesaurus: ConceptMatcher;

beforeAll(() => {
  thesaurus = buildConceptMatcher(readConcepts(fileURLToPath(new URL('content', root))));
});

function concept(prefEn: string, alt: string[] = []): ConceptData {
  return {
    prefLabel: { id: `${prefEn} (id)`, en: prefEn },
    altLabels: { id: alt, en: [] },
    definition: { id: 'definisi', en: 'definition' },
  };
}

describe('tagConcepts mechanics (made-up thesaurus)', () => {
  const matcher = buildConceptMatcher([
    { id: 'transnational-crime', data: concept('transnational crime') },
    { id: 'transnational-organized-crime', data: concept('transnational organized crime', ['TOC']) },
    { id: 'scam', data: concept('online scam') },
    { id: 'bilateral', data: concept('bilateral cooperation', ['kerja sama bilateral']) },
  ]);

  it('counts a longer label once, not also the shorter label inside it', () => {
    const tags = tagConcepts({ keywords: [], text: 'Transnational organized crime, and transnational organised crime.' }, matcher);
    expect(tags).toEqual([{ id: 'transnational-organized-crime', reasons: ['text'], count: 2 }]);
  });

  it('needs minTextCount occurrences in the text, 2 by default', () => {
    const text = 'An online scam was reported.';
    expect(tagConcepts({ keywords: [], text }, matcher)).toEqual([]);
    expect(tagConcepts({ keywords: [], text }, matcher, { minTextCount: 1 })).toEqual([{ id: 'scam', reasons: ['text'], count: 1 }]);
  });

  it('tags from a keyword or the title even without the text, and lists every reason', () => {
    const tags = tagConcepts(
      {
        keywords: ['Kerjasama Bilateral', 'NCB-Interpol Indonesia'],
        title: 'Online scams and bilateral cooperation',
        text: 'online scam, online scams',
      },
      matcher,
    );
    expect(tags).toEqual([
      { id: 'bilateral', reasons: ['keyword', 'title'], count: 0 },
      { id: 'scam', reasons: ['title', 'text'], count: 2 },
    ]);
  });

  it('sorts tags by id whatever the order of evidence', () => {
    const tags = tagConcepts({ keywords: ['online scam', 'TOC', 'bilateral cooperation'], text: '' }, matcher);
    expect(ids(tags)).toEqual(['bilateral', 'scam', 'transnational-organized-crime']);
  });

  it('matches an abbreviation label only with its case', () => {
    expect(ids(tagConcepts({ keywords: ['toc'], text: '' }, matcher))).toEqual([]);
  });

  it('returns the keywords no label occurs in, as written', () => {
    expect(findUnmatchedKeywords(['Kerja sama bilateral', 'NCB-Interpol Indonesia', 'Love'], matcher)).toEqual([
      'NCB-Interpol Indonesia',
      'Love',
    ]);
  });
});

describe('the thesaurus: one id for every spelling of a concept', () => {
  it.each([
    ['bilateral-cooperation', ['bilateral cooperation', 'Kerja sama bilateral', 'kerjasama bilateral', 'KERJA-SAMA BILATERAL']],
    ['human-trafficking', ['human trafficking', 'perdagangan orang', 'Perdagangan Manusia', 'TPPO', 'trafficking in persons', 'tindak pidana perdagangan orang']],
    ['cybercrime', ['cybercrime', 'Cyber Crime', 'kejahatan siber', 'kejahatan dunia maya']],
    ['cyber-security', ['Cyber Security', 'cybersecurity', 'Keamanan Siber']],
    ['online-scam', ['penipuan daring', 'penipuan online', 'Online Scams', 'online fraud']],
    ['romance-scam', ['Love Scam', 'romance scam', 'penipuan berkedok romansa']],
    ['transnational-organized-crime', ['transnational organised crime', 'kejahatan transnasional terorganisir', 'Kejahatan Terorganisir Transnasional']],
    ['state-actor', ['State Actors', 'aktor negara']],
    ['non-state-actor', ['non-state actors', 'aktor non negara', 'aktor nonnegara']],
    ['international-organization', ['International Organizations', 'Organisasi Internasional', 'IGOs']],
    ['security-cooperation', ['Security Cooperation', 'Kerja sama Keamanan']],
    ['phishing', ['phishing', 'phising']],
    ['denial-of-service', ['Denial-of-service', 'DoS', 'DDoS attack']],
  ])('%s', (id, keywords) => {
    for (const keyword of keywords) {
      expect(ids(tagConcepts({ keywords: [keyword], text: '' }, thesaurus)), keyword).toEqual([id]);
    }
  });

  it('does not read ordinary words as abbreviations', () => {
    expect(tagConcepts({ keywords: [], text: 'dos and don’ts, dos and don’ts' }, thesaurus)).toEqual([]);
  });
});

describe('the thesaurus on the seed documents', () => {
  it('000 (NCB-Interpol Indonesia and China, cybercrime)', () => {
    const keywords = ['Cybercrime', 'Bilateral Cooperation', 'NCB-Interpol Indonesia', 'NCB-Interpol Tiongkok', 'Transnational crime'];
    const tags = tagConcepts({ keywords, text: seed('000') }, thesaurus);
    expect(idsFor(tags, 'keyword')).toEqual(['bilateral-cooperation', 'cybercrime', 'transnational-crime']);
    expect(ids(tags)).toEqual([
      'bilateral-cooperation',
      'cooperation',
      'cybercrime',
      'denial-of-service',
      'identity-theft',
      'information-exchange',
      'international-organization',
      'joint-operation',
      'malware',
      'phishing',
      'romance-scam',
      'transnational-crime',
    ]);
    expect(findUnmatchedKeywords(keywords, thesaurus)).toEqual(['NCB-Interpol Indonesia', 'NCB-Interpol Tiongkok']);
  });

  it('001 (NCB Interpol Indonesia and Cambodia, human trafficking)', () => {
    const keywords = ['Perdagangan Manusia', 'Kerjasama Bilateral', 'Organisasi Internasional', 'Human Trafficking', 'Bilateral Cooperation', 'International Organizations'];
    const title =
      'KERJASAMA NATIONAL CENTRAL BUREAU (NCB) INTERPOL INDONESIA DENGAN PEMERINTAH KAMBOJA DALAM MENANGANI KASUS PERDAGANGAN MANUSIA YANG MENIMPA WARGA NEGARA INDONESIA DI KAMBOJA TAHUN 2021 – 2022';
    const tags = tagConcepts({ keywords, title, text: seed('001') }, thesaurus);
    expect(tags.map((t) => [t.id, t.reasons])).toEqual([
      ['bilateral-cooperation', ['keyword', 'text']],
      ['cooperation', ['title', 'text']],
      ['governance', ['text']],
      ['human-trafficking', ['keyword', 'title', 'text']],
      ['international-organization', ['keyword', 'text']],
    ]);
    expect(findUnmatchedKeywords(keywords, thesaurus)).toEqual([]);
  });

  it('004 (Indonesia–Netherlands cyber security cooperation)', () => {
    const keywords = ['Keamanan Siber', 'Kerja sama bilateral', 'Aktor Negara', 'Kerja sama Keamanan', 'Cyber Security', 'Bilateral Cooperation', 'State Actors', 'Security Cooperation'];
    const title = 'Dampak Kerja sama Keamanan Siber antara Indonesia dan Belanda terhadap Peningkatan Keamanan Siber di Indonesia';
    const tags = tagConcepts({ keywords, title, text: seed('004') }, thesaurus);
    expect(idsFor(tags, 'keyword')).toEqual(['bilateral-cooperation', 'cyber-security', 'security-cooperation', 'state-actor']);
    expect(idsFor(tags, 'title')).toEqual(['cyber-security', 'cyber-security-cooperation']);
    expect(ids(tags)).toEqual([
      'bilateral-cooperation',
      'cooperation',
      'cyber-diplomacy',
      'cyber-security',
      'cyber-security-cooperation',
      'cyber-threat',
      'cybercrime',
      'cyberspace',
      'diplomacy',
      'governance',
      'human-security',
      'information-exchange',
      'international-cooperation',
      'national-security',
      'non-state-actor',
      'non-traditional-security',
      'protection',
      'public-awareness',
      'security',
      'security-cooperation',
      'state-actor',
      'terrorism',
      'traditional-security',
      'transnational-crime',
    ]);
    // Mentioned once only: a list item, not a subject of the thesis.
    expect(ids(tags)).not.toContain('people-smuggling');
  });

  it('002 (VIVA, online scams), with the news threshold of one mention', () => {
    const tags = tagConcepts({ keywords: [], title: 'Kemlu: 12.000 WNI Terdampak Kejahatan Transnasional', text: seed('002') }, thesaurus, { minTextCount: 1 });
    expect(idsFor(tags, 'title')).toEqual(['transnational-crime']);
    expect(ids(tags)).toEqual([
      'cooperation',
      'cybercrime',
      'cyberspace',
      'drug-trafficking',
      'exploitation',
      'human-security',
      'human-trafficking',
      'information-exchange',
      'joint-operation',
      'law-enforcement-cooperation',
      'online-scam',
      'organized-crime',
      'partnership',
      'protection',
      'security',
      'transnational-crime',
      'transnational-organized-crime',
    ]);
    expect(tags.find((t) => t.id === 'human-trafficking')?.count).toBe(3);
  });

  it('003 (ANTARA, same conference): the default threshold drops single mentions', () => {
    const input = { keywords: [], title: 'Indonesia Peringatkan: Penipuan Daring Ancam Keamanan Regional', text: seed('003') };
    expect(ids(tagConcepts(input, thesaurus, { minTextCount: 1 }))).toEqual([
      'cooperation',
      'cyberspace',
      'drug-trafficking',
      'human-security',
      'human-trafficking',
      'information-exchange',
      'joint-operation',
      'law-enforcement-cooperation',
      'online-scam',
      'organized-crime',
      'partnership',
      'protection',
      'security',
      'transnational-organized-crime',
    ]);
    expect(ids(tagConcepts(input, thesaurus))).toEqual(['cooperation', 'online-scam', 'organized-crime', 'partnership', 'security']);
  });
});
