import { describe, expect, it } from 'vitest';
import type { KnowledgeGraphInput } from '../../../src/lib/graph/build-knowledge-graph.ts';
import { findDanglingReferences } from '../../../src/lib/graph/find-dangling-references.ts';

const base: KnowledgeGraphInput = {
  entries: [],
  concepts: [{ id: 'cybercrime', broader: [], related: [] }],
  legal: [{ id: 'uu-5-2009', relations: [{ type: 'ratifies', target: 'untoc' }] }, { id: 'untoc', relations: [] }],
  entities: [
    { id: 'bssn', kind: 'organisation' },
    { id: 'indonesia', kind: 'country' },
    { id: 'faiq', kind: 'person' },
  ],
};

describe('findDanglingReferences', () => {
  it('finds nothing when every reference resolves to the right kind', () => {
    const entries = [
      {
        kind: 'news' as const,
        id: 'a',
        concepts: ['cybercrime'],
        legalInstruments: ['untoc'],
        organisations: ['bssn'],
        countries: ['indonesia'],
        persons: ['faiq'],
      },
    ];
    expect(findDanglingReferences({ ...base, entries })).toEqual([]);
  });

  it('names the entry, the field with its position, and the missing target', () => {
    const input: KnowledgeGraphInput = {
      ...base,
      entries: [
        { kind: 'studies', id: 's', concepts: ['cybercrime', 'nope'], legalInstruments: ['gone'], organisations: ['kpk'] },
      ],
      legal: [{ id: 'uu-5-2009', relations: [{ type: 'ratifies', target: 'untoc' }] }],
    };
    expect(findDanglingReferences(input)).toEqual([
      { entry: 'studies/s', field: 'concepts[1]', message: 'names "nope", which is not in concepts' },
      { entry: 'studies/s', field: 'legalInstruments[0]', message: 'names "gone", which is not in legal' },
      { entry: 'studies/s', field: 'organisations[0]', message: 'names "kpk", which is not in entities' },
      { entry: 'legal/uu-5-2009', field: 'relations[0]', message: 'names "untoc", which is not in legal' },
    ]);
  });

  it('refuses an entity of the wrong kind in a tag field', () => {
    const entries = [{ kind: 'news' as const, id: 'a', concepts: [], legalInstruments: [], organisations: ['indonesia'], persons: ['bssn'] }];
    expect(findDanglingReferences({ ...base, entries })).toEqual([
      { entry: 'news/a', field: 'organisations[0]', message: 'names "indonesia", which is a country, not an organisation' },
      { entry: 'news/a', field: 'persons[0]', message: 'names "bssn", which is an organisation, not a person' },
    ]);
  });
});
