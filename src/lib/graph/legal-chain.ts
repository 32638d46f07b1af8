/**
 * The chain of an instrument: every instrument reachable from it through legal relations, in
 * either direction and over any number of steps (Perpres 53/2017 -> amended by Perpres 133/2017
 * -> both replaced by Perpres 28/2021), with the edges between them.
 */
import type { LegalEdge } from './legal-edges.ts';

/** An instrument of a chain and how many relations away from the start it is. */
export interface ChainMember {
  id: string;
  steps: number;
}

/** The instruments connected to one start, nearest first, and the relations among them. */
export interface LegalChain {
  /** The start first (0 steps), then in the order the walk reached them. */
  members: ChainMember[];
  /** Each relation between two members once, in the order of the input edges. */
  edges: LegalEdge[];
  /** Whether the walk stopped at the cap with instruments left unvisited. */
  truncated: boolean;
}

/** Walks chains over an index built once from every edge. */
export type LegalChainWalker = (start: string) => LegalChain;

/** Most instruments one chain lists; a page stays readable and a walk bounded whatever the data. */
export const DEFAULT_CHAIN_CAP = 60;

/**
 * Indexes `edges` by both ends once, and returns a walker that follows them breadth first from a
 * start in both directions. Each instrument is visited once, so cycles in the data end the walk
 * instead of looping; at most `cap` instruments are listed.
 */
export function buildLegalChainWalker(edges: readonly LegalEdge[], cap = DEFAULT_CHAIN_CAP): LegalChainWalker {
  const order = new Map(edges.map((edge, index) => [edge, index]));
  const byEnd = new Map<string, LegalEdge[]>();
  for (const edge of edges) {
    for (const end of [edge.source, edge.target]) {
      const list = byEnd.get(end);
      if (list) list.push(edge);
      else byEnd.set(end, [edge]);
    }
  }
  return (start) => {
    const steps = new Map<string, number>([[start, 0]]);
    const members: ChainMember[] = [{ id: start, steps: 0 }];
    let truncated = false;
    for (let next = 0; next < members.length; next += 1) {
      const current = members[next]!;
      for (const edge of byEnd.get(current.id) ?? []) {
        const other = edge.source === current.id ? edge.target : edge.source;
        if (steps.has(other)) continue;
        if (members.length >= cap) {
          truncated = true;
          continue;
        }
        steps.set(other, current.steps + 1);
        members.push({ id: other, steps: current.steps + 1 });
      }
    }
    const within = new Set<LegalEdge>();
    for (const { id } of members) {
      for (const edge of byEnd.get(id) ?? []) if (steps.has(edge.source) && steps.has(edge.target)) within.add(edge);
    }
    return { members, edges: [...within].sort((a, b) => order.get(a)! - order.get(b)!), truncated };
  };
}
