import { describe, expect, it } from 'vitest';
import type { LegalInput } from '../../../src/lib/graph/build-knowledge-graph.ts';
import { legalEdges } from '../../../src/lib/graph/legal-edges.ts';

const instrument = (id: string, relations: LegalInput['relations'] = []): LegalInput => ({ id, relations });

describe('legalEdges', () => {
  it('runs each edge from the instrument that states the relation to the one it acts on', () => {
    expect(legalEdges([instrument('perpres-133-2017', [{ type: 'amends', target: 'perpres-53-2017' }])])).toEqual([
      { type: 'amends', source: 'perpres-133-2017', target: 'perpres-53-2017' },
    ]);
  });

  it('keeps a relation stated twice once', () => {
    const edges = legalEdges([instrument('a', [{ type: 'amends', target: 'b' }, { type: 'amends', target: 'b' }])]);
    expect(edges).toEqual([{ type: 'amends', source: 'a', target: 'b' }]);
  });

  it('keeps relations of different types between the same pair apart', () => {
    const edges = legalEdges([instrument('p', [{ type: 'protocol_of', target: 'c' }, { type: 'implements', target: 'c' }])]);
    expect(edges.map((edge) => edge.type)).toEqual(['protocol_of', 'implements']);
  });
});
