import { describe, expect, it } from 'vitest';
import { buildSearchGuides } from '../../../src/lib/search/build-search-guides.ts';

const study = { kind: 'studies' as const, id: 's1' };
const news = { kind: 'news' as const, id: 'n1' };

describe('buildSearchGuides', () => {
  const data = buildSearchGuides({
    linkTargets: [
      { kind: 'concept', id: 'bilateral-cooperation', labels: { id: ['kerja sama bilateral', 'kerjasama bilateral'], en: ['bilateral cooperation'] }, href: { id: '', en: '' } },
      { kind: 'legal', id: 'uu-21-2007', labels: { id: ['UU 21/2007'], en: ['Law 21/2007'] }, citationKey: 'uu|21|2007|', href: { id: '', en: '' } },
    ],
    entities: [{ id: 'ncb', kind: 'organisation', label: { id: 'NCB Indonesia', en: 'NCB Indonesia' }, aliases: { id: ['Interpol Indonesia'] }, ambiguousAliases: ['NCB'] }],
    entriesByConcept: new Map([['bilateral-cooperation', [study]]]),
    entriesByLegal: new Map(),
    entriesByEntity: new Map([['ncb', [news]]]),
    mentionsByTarget: new Map([
      ['concept:bilateral-cooperation', [{ entry: study }, { entry: news }]],
      ['legal:uu-21-2007', [{ entry: news }]],
    ]),
  });

  it('counts each entry tagged with or mentioning a guide once', () => {
    expect(data.guides.map(({ id, entries }) => [id, entries])).toEqual([
      ['bilateral-cooperation', 2],
      ['uu-21-2007', 1],
      ['ncb', 1],
    ]);
  });

  it('keeps names of both languages, the citation key and shared names apart', () => {
    const [concept, legal, entity] = data.guides;
    expect(concept?.label).toEqual({ id: 'kerja sama bilateral', en: 'bilateral cooperation' });
    expect(concept?.names).toEqual(['kerja sama bilateral', 'kerjasama bilateral', 'bilateral cooperation']);
    expect(legal?.citationKey).toBe('uu|21|2007|');
    expect(entity?.names).toEqual(['NCB Indonesia', 'Interpol Indonesia']);
    expect(entity?.sharedNames).toEqual(['NCB']);
  });

  it('lists per entry the guides it leads from, the keys its page files it under', () => {
    expect(data.guidesByEntry.get('studies/s1')).toEqual(['concept:bilateral-cooperation']);
    expect(data.guidesByEntry.get('news/n1')).toEqual(['concept:bilateral-cooperation', 'legal:uu-21-2007', 'entity:ncb']);
    expect(data.guideByKey.get('entity:ncb')?.id).toBe('ncb');
  });
});
