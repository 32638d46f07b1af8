import { describe, expect, it } from 'vitest';
import { buildGuideIndex, guideAlternatives, guideEntryFilters, guidesNamedIn, keywordsWithGuideLabels, matchGuides, namedFilterValues, weightedAlternatives, type SearchGuide } from '../../../src/lib/search/search-guides.ts';

const bilateral: SearchGuide = {
  kind: 'concept',
  id: 'bilateral-cooperation',
  label: { id: 'kerja sama bilateral', en: 'bilateral cooperation' },
  names: ['kerja sama bilateral', 'kerjasama bilateral', 'bilateral cooperation'],
  entries: 3,
};
const trafficking: SearchGuide = {
  kind: 'concept',
  id: 'human-trafficking',
  label: { id: 'perdagangan orang', en: 'human trafficking' },
  names: ['perdagangan orang', 'tindak pidana perdagangan orang', 'TPPO', 'human trafficking'],
  hiddenNames: ['trafiking'],
  entries: 2,
};
const bssn: SearchGuide = {
  kind: 'entity',
  id: 'bssn',
  label: { id: 'Badan Siber dan Sandi Negara (BSSN)', en: 'National Cyber and Crypto Agency (BSSN)' },
  names: ['BSSN', 'Badan Siber dan Sandi Negara'],
  entries: 1,
};
const ncbIndonesia: SearchGuide = { kind: 'entity', id: 'ncb-id', label: { id: 'NCB Indonesia', en: 'NCB Indonesia' }, names: ['NCB Indonesia'], sharedNames: ['NCB'], entries: 1 };
const ncbChina: SearchGuide = { kind: 'entity', id: 'ncb-cn', label: { id: 'NCB China', en: 'NCB China' }, names: ['NCB China'], sharedNames: ['NCB'], entries: 0 };
const unitedStates: SearchGuide = { kind: 'entity', id: 'us', label: { id: 'Amerika Serikat', en: 'United States' }, names: ['Amerika Serikat', 'AS'], entries: 1 };
const perpres: SearchGuide = {
  kind: 'legal',
  id: 'perpres-53-2017',
  label: { id: 'Peraturan Presiden Nomor 53 Tahun 2017', en: 'Presidential Regulation No. 53 of 2017' },
  names: ['Peraturan Presiden Nomor 53 Tahun 2017'],
  citationKey: 'perpres|53|2017|',
  entries: 1,
};
const index = buildGuideIndex([bilateral, trafficking, bssn, ncbIndonesia, ncbChina, unitedStates, perpres]);
const ids = (query: string) => matchGuides(query, index).map(({ guide }) => guide.id);

describe('matchGuides', () => {
  it.each([
    ['a label in English', 'bilateral cooperation', ['bilateral-cooperation']],
    ['a label in Indonesian, in capitals', 'Kerja Sama Bilateral', ['bilateral-cooperation']],
    ['the closed spelling of a compound', 'kerjasama bilateral', ['bilateral-cooperation']],
    ['an acronym in lower case', 'bssn', ['bssn']],
    ['an alias inside a longer query', 'korban tindak pidana perdagangan orang di Kamboja', ['human-trafficking']],
    ['a shared name, every guide it may stand for', 'NCB', ['ncb-id', 'ncb-cn']],
    ['a citation in a wording no name lists', 'Perpres No. 53/2017', ['perpres-53-2017']],
    ['nothing for words that name no guide', 'penipuan daring', []],
  ])('%s', (_, query, expected) => {
    expect(ids(query)).toEqual(expected);
  });

  it('takes a short capitalised acronym only as written: "AS" is a country, "as" a word', () => {
    expect(ids('kerja sama AS')).toEqual(['us']);
    expect(ids('cooperation as a goal')).toEqual([]);
  });

  it('finds a guide by a hidden name and says so, and by its other names without', () => {
    const [hidden] = matchGuides('trafiking', index);
    expect(hidden?.guide.id).toBe('human-trafficking');
    expect(hidden?.hidden).toBe(true);
    expect(matchGuides('TPPO', index)[0]?.hidden).toBeUndefined();
  });

  it('prefers the longest name and reports the other words of the query', () => {
    const [match] = matchGuides('TPPO Kamboja', index);
    expect(match?.guide.id).toBe('human-trafficking');
    expect(match?.phrase).toBe('tppo');
    expect(match?.rest).toBe('kamboja');
  });
});

describe('guideAlternatives', () => {
  it('offers the labels in both languages and the acronyms, in place of the words that named the guide', () => {
    const [match] = matchGuides('TPPO Kamboja', index);
    expect(match && guideAlternatives(match)).toEqual(['perdagangan orang kamboja', 'human trafficking kamboja']);
  });

  it('gives an acronym its expansion and an expansion its acronym', () => {
    const [byAcronym] = matchGuides('BSSN', index);
    expect(byAcronym && guideAlternatives(byAcronym)).toEqual([
      'badan siber dan sandi negara',
      'national cyber and crypto agency',
    ]);
    const [byName] = matchGuides('Badan Siber dan Sandi Negara', index);
    expect(byName && guideAlternatives(byName)).toContain('bssn');
  });
});

describe('guideEntryFilters', () => {
  it('selects the guide alone when it leads nowhere else', () => {
    expect(guideEntryFilters(bilateral)).toEqual({ concept: ['bilateral-cooperation'] });
  });

  it('adds the guides it also leads to, grouped by their filter', () => {
    const interpol: SearchGuide = { ...ncbIndonesia, id: 'interpol', alsoLeadsTo: ['entity:ncb-id', 'entity:ncb-cn', 'legal:constitution', 'entity:ncb-id'] };
    expect(guideEntryFilters(interpol)).toEqual({ entity: ['interpol', 'ncb-id', 'ncb-cn'], legal: ['constitution'] });
  });
});

describe('weightedAlternatives', () => {
  it('shares the weight among the wordings of one guide, skipping those already searched', () => {
    const alternatives = weightedAlternatives(matchGuides('TPPO', index), ['TPPO'], 0.6, 6, 3);
    expect(alternatives).toEqual([
      { text: 'perdagangan orang', weight: 0.3, searched: false },
      { text: 'human trafficking', weight: 0.3, searched: false },
    ]);
    expect(weightedAlternatives(matchGuides('perdagangan orang', index), ['perdagangan orang'], 0.6, 6, 3).map(({ text }) => text)).toEqual([
      'human trafficking',
      'tppo',
    ]);
  });

  it('keeps a long name out of the wordings searched, without raising the share of the others', () => {
    const long = matchGuides('BSSN', index).map((match) => ({
      ...match,
      guide: { ...match.guide, label: { id: 'Badan Siber dan Sandi Negara Republik', en: 'BSSN agency' } },
    }));
    const all = weightedAlternatives(long, ['BSSN'], 0.6, 6, 10);
    const short = weightedAlternatives(long, ['BSSN'], 0.6, 6, 3);
    expect(all.map(({ text }) => text)).toContain('badan siber dan sandi negara republik');
    expect(short.map(({ text }) => text)).not.toContain('badan siber dan sandi negara republik');
    expect(short.map(({ text }) => text)).toContain('bssn agency');
    expect(short.find(({ text }) => text === 'bssn agency')?.weight).toBe(all.find(({ text }) => text === 'bssn agency')?.weight);
  });

  it('searches on their own only one-word wordings, which entries do not all carry as names', () => {
    const alternatives = weightedAlternatives(matchGuides('perdagangan orang', index), ['perdagangan orang'], 0.6, 6, 3);
    expect(alternatives.map(({ text, searched }) => [text, searched])).toEqual([
      ['human trafficking', false],
      ['tppo', true],
    ]);
  });

  it('searches every wording when a hidden name stands for the guide', () => {
    expect(weightedAlternatives(matchGuides('trafiking', index), ['trafiking'], 0.6, 6, 3).every(({ searched }) => searched)).toBe(true);
  });

  it('gives each wording full weight when a hidden name stands for the guide', () => {
    expect(weightedAlternatives(matchGuides('trafiking', index), ['trafiking'], 0.6, 6, 3).map(({ weight }) => weight)).toEqual([1, 1, 1]);
  });

  it('lists a wording two guides share once, at its larger weight, and no more than asked', () => {
    const alternatives = weightedAlternatives(matchGuides('NCB', index), ['NCB'], 0.6, 6, 3);
    expect(alternatives.map(({ text }) => text)).toEqual(['ncb indonesia', 'ncb china']);
    expect(weightedAlternatives(matchGuides('BSSN', index), ['BSSN'], 0.6, 1, 10)).toHaveLength(1);
  });
});

describe('keywordsWithGuideLabels', () => {
  it("adds both labels of each guide a keyword names, whatever the keyword's case or spelling", () => {
    expect(keywordsWithGuideLabels(['Human Trafficking', 'IOM'], [trafficking, bilateral])).toEqual([
      'Human Trafficking',
      'IOM',
      'perdagangan orang',
    ]);
    expect(keywordsWithGuideLabels(['KerjaSama Bilateral'], [bilateral])).toEqual(['KerjaSama Bilateral', 'bilateral cooperation']);
  });

  it('adds nothing for guides no keyword names, and nothing without keywords', () => {
    expect(keywordsWithGuideLabels(['migrant workers'], [trafficking, bilateral])).toEqual(['migrant workers']);
    expect(keywordsWithGuideLabels([], [trafficking])).toEqual([]);
  });
});

describe('guidesNamedIn', () => {
  const guides = [bilateral, trafficking, bssn, unitedStates];

  it('finds a guide named by any of its names, as whole words, in any of the texts', () => {
    const named = guidesNamedIn(['Handling of Human Trafficking in Indonesia', 'keamanan siber'], guides);
    expect(named).toEqual([trafficking]);
  });

  it('finds a guide named in a news lead, by an acronym written in capitals', () => {
    const lead = 'JAKARTA – Sebanyak 28 WNI terindikasi korban TPPO telah dipulangkan dari Phnom Penh.';
    expect(guidesNamedIn([lead], guides)).toEqual([trafficking]);
  });

  it('counts open and closed compounds alike and finds every guide named', () => {
    const named = guidesNamedIn(['KERJASAMA BILATERAL BSSN DAN NEGARA TETANGGA'], guides);
    expect(named).toEqual([bilateral, bssn]);
  });

  it('does not take part of a word, or a guide named in no text, for a name', () => {
    expect(guidesNamedIn(['TPPOs and the bilateralism of cooperation'], guides)).toEqual([]);
    expect(guidesNamedIn([], guides)).toEqual([]);
  });

  it('takes a short acronym only as written in capitals', () => {
    expect(guidesNamedIn(['Kerja sama Indonesia dan AS'], [unitedStates])).toEqual([unitedStates]);
    expect(guidesNamedIn(['Cooperation as a tool'], [unitedStates])).toEqual([]);
  });

  it('does not count a hidden or shared name, which texts may use for something else', () => {
    expect(guidesNamedIn(['trafiking di perbatasan', 'peran NCB'], [trafficking, ncbIndonesia])).toEqual([]);
  });
});

describe('namedFilterValues', () => {
  it('selects the guide and the guides it also leads to', () => {
    const law: SearchGuide = { ...perpres, alsoLeadsTo: ['legal:untoc'] };
    expect(namedFilterValues(law)).toEqual([`legal:${perpres.id}`, 'legal:untoc']);
    expect(namedFilterValues(bssn)).toEqual(['entity:bssn']);
  });
});
