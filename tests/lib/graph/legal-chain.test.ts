import { describe, expect, it } from 'vitest';
import { buildLegalChainWalker } from '../../../src/lib/graph/legal-chain.ts';
import type { LegalEdge } from '../../../src/lib/graph/legal-edges.ts';

const edge = (source: string, type: LegalEdge['type'], target: string): LegalEdge => ({ type, source, target });

// The BSSN regulations as the data sheet relates them, and an unrelated pair.
const BSSN = [
  edge('perpres-133-2017', 'amends', 'perpres-53-2017'),
  edge('perpres-28-2021', 'replaces', 'perpres-53-2017'),
  edge('perpres-28-2021', 'replaces', 'perpres-133-2017'),
];
const OTHER = [edge('uu-5-2009', 'ratifies', 'untoc')];

describe('buildLegalChainWalker', () => {
  const walk = buildLegalChainWalker([...BSSN, ...OTHER]);

  it('starts with the instrument itself and reaches the others in both directions', () => {
    const chain = walk('perpres-133-2017');
    expect(chain.members[0]).toEqual({ id: 'perpres-133-2017', steps: 0 });
    expect(chain.members.map((m) => m.id).sort()).toEqual(['perpres-133-2017', 'perpres-28-2021', 'perpres-53-2017']);
    expect(chain.edges).toEqual(BSSN);
  });

  it('follows relations transitively, counting the steps', () => {
    const walkLine = buildLegalChainWalker([edge('b', 'amends', 'a'), edge('c', 'amends', 'b'), edge('c', 'replaces', 'x'), edge('d', 'ratifies', 'x')]);
    const chain = walkLine('a');
    expect(chain.members).toEqual([
      { id: 'a', steps: 0 },
      { id: 'b', steps: 1 },
      { id: 'c', steps: 2 },
      { id: 'x', steps: 3 },
      { id: 'd', steps: 4 },
    ]);
    // Walked from the other end, the same chain comes out in the other order.
    expect(walkLine('d').members.map((m) => m.id)).toEqual(['d', 'x', 'c', 'b', 'a']);
  });

  it('leaves out instruments of other chains', () => {
    expect(walk('untoc').members.map((m) => m.id)).toEqual(['untoc', 'uu-5-2009']);
    expect(walk('untoc').edges).toEqual(OTHER);
  });

  it('ends on a cycle instead of looping, listing each instrument once', () => {
    const walkCycle = buildLegalChainWalker([edge('a', 'amends', 'b'), edge('b', 'amends', 'c'), edge('c', 'amends', 'a'), edge('a', 'replaces', 'a')]);
    const chain = walkCycle('a');
    expect(chain.members.map((m) => m.id)).toEqual(['a', 'b', 'c']);
    expect(chain.edges).toHaveLength(4);
  });

  it('gives an instrument without relations a chain of itself alone', () => {
    expect(walk('budapest-convention')).toEqual({ members: [{ id: 'budapest-convention', steps: 0 }], edges: [], truncated: false });
  });

  it('stops at the cap and says so, keeping only edges among the members it lists', () => {
    const star = Array.from({ length: 10 }, (_, i) => edge(`law-${i}`, 'implements', 'treaty'));
    const chain = buildLegalChainWalker(star, 4)('treaty');
    expect(chain.members).toHaveLength(4);
    expect(chain.truncated).toBe(true);
    expect(chain.edges).toEqual(star.slice(0, 3));
  });
});
