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
    hiddenLabelsByConcept: new Map([['bilateral-cooperation', ['kerjsama bilateral']]]),
    entities: [{ id: 'ncb', kind: 'organisation', label: { id: 'NCB Indonesia', en: 'NCB Indonesia' }, aliases: { id: ['Interpol Indonesia'] }, ambiguousAliases: ['NCB'] }],
    entriesByConcept: new Map([['bilateral-cooperation', [study]]]),
    entriesByLegal: new Map(),
    entriesByEntity: new Map([['ncb', [news]]]),
    mentionsByTarget: new Map([
      ['concept:bilateral-cooperation', [{ entry: study }, { entry: news }]],
      ['legal:uu-21-2007', [{ entry: news }]],
    ]),
    relationsByLegal: new Map(),
    entityParts: new Map(),
  });

  it('counts each entry tagged with or mentioning a guide once', () => {
    expect(data.guides.map(({ id, entries }) => [id, entries])).toEqual([
      ['bilateral-cooperation', 2],
      ['uu-21-2007', 1],
      ['ncb', 1],
    ]);
  });

  it('keeps names of both languages (a concept\'s hidden labels too), the citation key and shared names apart', () => {
    const [concept, legal, entity] = data.guides;
    expect(concept?.label).toEqual({ id: 'kerja sama bilateral', en: 'bilateral cooperation' });
    expect(concept?.names).toEqual(['kerja sama bilateral', 'kerjasama bilateral', 'bilateral cooperation']);
    expect(concept?.hiddenNames).toEqual(['kerjsama bilateral']);
    expect(legal?.hiddenNames).toBeUndefined();
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

describe('buildSearchGuides, guides standing for others', () => {
  const other = { kind: 'studies' as const, id: 's2' };
  const target = (kind: 'legal', id: string) => ({ kind, id, labels: { id: [id], en: [] }, href: { id: '', en: '' } });
  const entity = (id: string, partOf?: string) => ({ id, kind: 'organisation' as const, label: { id, en: id }, aliases: {}, ...(partOf ? { partOf } : {}) });
  const data = buildSearchGuides({
    linkTargets: [target('legal', 'treaty'), target('legal', 'ratification-law'), target('legal', 'amending-law'), target('legal', 'process'), target('legal', 'meeting')],
    hiddenLabelsByConcept: new Map(),
    entities: [entity('whole'), entity('unit', 'whole')],
    entriesByConcept: new Map(),
    entriesByLegal: new Map([
      ['treaty', [study, news]],
      ['ratification-law', [other]],
      ['amending-law', [other]],
      ['meeting', [news]],
    ]),
    entriesByEntity: new Map([
      ['whole', [news]],
      ['unit', [study, news]],
    ]),
    mentionsByTarget: new Map(),
    relationsByLegal: new Map([
      ['treaty', [{ label: 'ratified_by', other: 'ratification-law', statedOn: 'other' as const }, { label: 'amended_by', other: 'amending-law', statedOn: 'other' as const }]],
      ['ratification-law', [{ label: 'ratifies', other: 'treaty', statedOn: 'this' as const }]],
      ['amending-law', [{ label: 'amends', other: 'treaty', statedOn: 'this' as const }]],
      ['process', [{ label: 'has_part', other: 'meeting', statedOn: 'other' as const }]],
      ['meeting', [{ label: 'part_of', other: 'process', statedOn: 'this' as const }]],
    ]),
    entityParts: new Map([['whole', ['unit']]]),
  });
  const guide = (key: string) => data.guideByKey.get(key);

  it('leads a law and the treaty it ratifies to each other, and counts the entries of both once', () => {
    expect(guide('legal:ratification-law')?.alsoLeadsTo).toEqual(['legal:treaty']);
    expect(guide('legal:ratification-law')?.entries).toBe(3);
    expect(guide('legal:treaty')?.alsoLeadsTo).toEqual(['legal:ratification-law']);
    expect(guide('legal:treaty')?.entries).toBe(3);
  });

  it('does not lead an amending law to the law it amends', () => {
    expect(guide('legal:amending-law')?.alsoLeadsTo).toBeUndefined();
    expect(guide('legal:amending-law')?.entries).toBe(1);
  });

  it('leads a process to its meetings, never a meeting to the whole process', () => {
    expect(guide('legal:process')?.alsoLeadsTo).toEqual(['legal:meeting']);
    expect(guide('legal:process')?.entries).toBe(1);
    expect(guide('legal:meeting')?.alsoLeadsTo).toBeUndefined();
  });

  it('leads an organisation to its units, never a unit to the whole', () => {
    expect(guide('entity:whole')?.alsoLeadsTo).toEqual(['entity:unit']);
    expect(guide('entity:whole')?.entries).toBe(2);
    expect(guide('entity:unit')?.alsoLeadsTo).toBeUndefined();
  });

  it('files entries under the guides that tag them only, not under the guides that lead to them', () => {
    expect(data.guidesByEntry.get('studies/s1')).toEqual(['legal:treaty', 'entity:unit']);
  });
});
