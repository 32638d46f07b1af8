/**
 * Legal relations as one directed edge each. The data sheet states a relation on either side or
 * on both (A amends B, B amended_by A); chains, timelines and the open graph data need it once,
 * always from the later or dependent instrument to the one it acts on.
 */
import type { LegalInput, RelationType } from './build-knowledge-graph.ts';

/** The relation types that name what an instrument does to another: the direction every edge takes. */
export const LEGAL_EDGE_TYPES = ['amends', 'replaces', 'ratifies', 'protocol_of', 'implements'] as const;
/** One of `LEGAL_EDGE_TYPES`. */
export type LegalEdgeType = (typeof LEGAL_EDGE_TYPES)[number];

/** `source` does `type` to `target`: perpres-133-2017 amends perpres-53-2017. */
export interface LegalEdge {
  type: LegalEdgeType;
  source: string;
  target: string;
}

/** How a stated relation becomes an edge: its type, and whether the stating instrument is the target. */
const AS_EDGE: Readonly<Record<RelationType, { type: LegalEdgeType; statedOnTarget: boolean }>> = {
  amends: { type: 'amends', statedOnTarget: false },
  amended_by: { type: 'amends', statedOnTarget: true },
  replaces: { type: 'replaces', statedOnTarget: false },
  replaced_by: { type: 'replaces', statedOnTarget: true },
  ratifies: { type: 'ratifies', statedOnTarget: false },
  ratified_by: { type: 'ratifies', statedOnTarget: true },
  protocol_of: { type: 'protocol_of', statedOnTarget: false },
  implements: { type: 'implements', statedOnTarget: false },
};

/**
 * Every relation of the legal data as one edge, whichever side states it and however often,
 * in the order the data first states each.
 */
export function legalEdges(legal: readonly LegalInput[]): LegalEdge[] {
  const seen = new Set<string>();
  const edges: LegalEdge[] = [];
  for (const instrument of legal) {
    for (const relation of instrument.relations) {
      const { type, statedOnTarget } = AS_EDGE[relation.type];
      const edge = statedOnTarget
        ? { type, source: relation.target, target: instrument.id }
        : { type, source: instrument.id, target: relation.target };
      const key = `${edge.type}\u0000${edge.source}\u0000${edge.target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push(edge);
    }
  }
  return edges;
}
