import { describe, expect, it } from 'vitest';
import { findDanglingReferences } from '../../../src/lib/graph/find-dangling-references.ts';

const concepts = [{ id: 'cybercrime', broader: [], narrower: [], related: ['online-scam'] }];
const legal = [{ id: 'untoc', relations: [{ type: 'ratified_by' as const, target: 'uu-5-2009' }] }];

describe('findDanglingReferences', () => {
  it('finds nothing when every reference resolves', () => {
    const input = {
      entries: [{ kind: 'news' as const, id: 'a', concepts: ['cybercrime'], legalInstruments: ['untoc'] }],
      concepts: [...concepts, { id: 'online-scam', broader: [], narrower: [], related: [] }],
      legal: [...legal, { id: 'uu-5-2009', relations: [] }],
    };
    expect(findDanglingReferences(input)).toEqual([]);
  });

  it('names the entry, the field with its position, and the missing target', () => {
    const input = {
      entries: [{ kind: 'studies' as const, id: 's', concepts: ['cybercrime', 'nope'], legalInstruments: ['gone'] }],
      concepts,
      legal,
    };
    expect(findDanglingReferences(input)).toEqual([
      { entry: 'studies/s', field: 'concepts[1]', target: 'nope', collection: 'concepts' },
      { entry: 'studies/s', field: 'legalInstruments[0]', target: 'gone', collection: 'legal' },
      { entry: 'legal/untoc', field: 'relations[0]', target: 'uu-5-2009', collection: 'legal' },
      { entry: 'concepts/cybercrime', field: 'related[0]', target: 'online-scam', collection: 'concepts' },
    ]);
  });
});
