import { describe, expect, it } from 'vitest';
import type { LegalInput } from '../../../src/lib/graph/build-knowledge-graph.ts';
import { legalEdges } from '../../../src/lib/graph/legal-edges.ts';

const instrument = (id: string, relations: LegalInput['relations'] = []): LegalInput => ({ id, relations });

describe('legalEdges', () => {
  it('turns a relation stated on the target into the same edge as one stated on the source', () => {
    expect(legalEdges([instrument('b', [{ type: 'amended_by', target: 'a' }])])).toEqual([{ type: 'amends', source: 'a', target: 'b' }]);
    expect(legalEdges([instrument('u', [{ type: 'ratified_by', target: 'law' }])])).toEqual([{ type: 'ratifies', source: 'law', target: 'u' }]);
    expect(legalEdges([instrument('old', [{ type: 'replaced_by', target: 'new' }])])).toEqual([{ type: 'replaces', source: 'new', target: 'old' }]);
  });

  it('keeps a relation stated on both sides once', () => {
    const edges = legalEdges([
      instrument('a', [{ type: 'amends', target: 'b' }]),
      instrument('b', [{ type: 'amended_by', target: 'a' }]),
    ]);
    expect(edges).toEqual([{ type: 'amends', source: 'a', target: 'b' }]);
  });

  it('keeps relations of different types between the same pair apart', () => {
    const edges = legalEdges([instrument('p', [{ type: 'protocol_of', target: 'c' }, { type: 'implements', target: 'c' }])]);
    expect(edges.map((edge) => edge.type)).toEqual(['protocol_of', 'implements']);
  });
});
