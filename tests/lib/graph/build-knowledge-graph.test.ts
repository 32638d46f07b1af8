import { describe, expect, it } from 'vitest';
import {
  buildKnowledgeGraph,
  type ConceptInput,
  type KnowledgeGraphInput,
  type LegalInput,
  type TaggedEntryInput,
} from '../../../src/lib/graph/build-knowledge-graph.ts';

function study(id: string, concepts: string[], legalInstruments: string[] = []): TaggedEntryInput {
  return { kind: 'studies', id, concepts, legalInstruments };
}

function news(id: string, concepts: string[], legalInstruments: string[] = []): TaggedEntryInput {
  return { kind: 'news', id, concepts, legalInstruments };
}

function concept(id: string, links: Partial<Omit<ConceptInput, 'id'>> = {}): ConceptInput {
  return { id, broader: [], related: [], ...links };
}

function graphOf(input: Partial<KnowledgeGraphInput>) {
  return buildKnowledgeGraph({ entries: [], legal: [], concepts: [], ...input });
}

describe('entries per concept and per legal instrument', () => {
  const graph = graphOf({
    entries: [
      study('s1', ['cybercrime', 'bilateral'], ['uu-ite']),
      news('n1', ['cybercrime'], ['untoc', 'uu-ite']),
      study('s2', ['trafficking', 'trafficking'], []),
    ],
  });

  it('lists studies and news under each concept, in input order', () => {
    expect(graph.entriesByConcept.get('cybercrime')).toEqual([
      { kind: 'studies', id: 's1' },
      { kind: 'news', id: 'n1' },
    ]);
    expect(graph.entriesByConcept.get('bilateral')).toEqual([{ kind: 'studies', id: 's1' }]);
  });

  it('lists an entry once even when it repeats a tag', () => {
    expect(graph.entriesByConcept.get('trafficking')).toEqual([{ kind: 'studies', id: 's2' }]);
  });

  it('lists the entries mentioning each legal instrument', () => {
    expect(graph.entriesByLegal.get('uu-ite')).toEqual([
      { kind: 'studies', id: 's1' },
      { kind: 'news', id: 'n1' },
    ]);
    expect(graph.entriesByLegal.get('untoc')).toEqual([{ kind: 'news', id: 'n1' }]);
  });

  it('has nothing for a tag no entry uses', () => {
    expect(graph.entriesByConcept.get('malware')).toBeUndefined();
  });
});

describe('entries per entity', () => {
  const graph = graphOf({
    entries: [
      { ...study('s1', []), organisations: ['bssn', 'un'], countries: ['indonesia'], persons: ['faiq'] },
      { ...news('n1', []), organisations: ['un'], countries: ['indonesia', 'thailand'] },
      { ...study('s2', []), organisations: ['bssn', 'bssn'] },
    ],
    entities: [
      { id: 'un', kind: 'organisation' },
      { id: 'unodc', kind: 'organisation', partOf: 'un' },
      { id: 'iom', kind: 'organisation', partOf: 'un' },
    ],
  });

  it('lists the entries naming each organisation, country and person, once each, in input order', () => {
    expect(graph.entriesByEntity.get('bssn')).toEqual([
      { kind: 'studies', id: 's1' },
      { kind: 'studies', id: 's2' },
    ]);
    expect(graph.entriesByEntity.get('indonesia')).toEqual([
      { kind: 'studies', id: 's1' },
      { kind: 'news', id: 'n1' },
    ]);
    expect(graph.entriesByEntity.get('faiq')).toEqual([{ kind: 'studies', id: 's1' }]);
  });

  it('lists the units of an organisation from their partOf', () => {
    expect(graph.entityParts.get('un')).toEqual(['unodc', 'iom']);
    expect(graph.entityParts.get('unodc')).toBeUndefined();
  });
});

describe('legal relations', () => {
  const legal: LegalInput[] = [
    { id: 'uu-1-2024', relations: [{ type: 'amends', target: 'uu-11-2008' }, { type: 'amends', target: 'uu-11-2008' }] },
    { id: 'uu-11-2008', relations: [] },
    {
      id: 'uu-19-2016',
      relations: [{ type: 'amends', target: 'uu-11-2008' }],
    },
    { id: 'untoc', relations: [] },
    { id: 'uu-5-2009', relations: [{ type: 'ratifies', target: 'untoc' }] },
    { id: 'palermo-protocol', relations: [{ type: 'protocol_of', target: 'untoc' }] },
  ];
  const graph = graphOf({ legal });

  it('words relations from the target side, which never states them', () => {
    expect(graph.relationsByLegal.get('uu-11-2008')).toEqual([
      { label: 'amended_by', other: 'uu-1-2024', statedOn: 'other' },
      { label: 'amended_by', other: 'uu-19-2016', statedOn: 'other' },
    ]);
  });

  it('shows a relation stated twice once', () => {
    expect(graph.relationsByLegal.get('uu-1-2024')).toEqual([{ label: 'amends', other: 'uu-11-2008', statedOn: 'this' }]);
  });

  it('derives ratified_by and has_protocol', () => {
    expect(graph.relationsByLegal.get('untoc')).toEqual([
      { label: 'ratified_by', other: 'uu-5-2009', statedOn: 'other' },
      { label: 'has_protocol', other: 'palermo-protocol', statedOn: 'other' },
    ]);
  });
});

describe('concept links', () => {
  const graph = graphOf({
    concepts: [
      concept('transnational-crime'),
      concept('cybercrime', { broader: ['transnational-crime'], related: ['online-scam'] }),
      concept('online-scam', { broader: ['cybercrime'] }),
      concept('phishing', { broader: ['cybercrime', 'not-a-concept', 'phishing'] }),
    ],
  });

  it('derives the narrower side of every broader link', () => {
    expect(graph.conceptLinks.get('transnational-crime')?.narrower).toEqual(['cybercrime']);
    expect(graph.conceptLinks.get('cybercrime')?.narrower).toEqual(['online-scam', 'phishing']);
  });

  it('makes related links symmetric', () => {
    expect(graph.conceptLinks.get('online-scam')?.related).toEqual(['cybercrime']);
    expect(graph.conceptLinks.get('cybercrime')?.related).toEqual(['online-scam']);
  });

  it('drops links to unknown concepts and to the concept itself', () => {
    expect(graph.conceptLinks.get('phishing')).toEqual({ broader: ['cybercrime'], narrower: [], related: [] });
  });
});
