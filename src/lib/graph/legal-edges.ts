/**
 * Legal relations as directed edges for chains, timelines and the open graph data. The legal data
 * states each relation once, on the instrument that acts (src/lib/graph/inverse-links.ts derives
 * the other side), so an edge always runs from the later or dependent instrument to the one it
 * acts on.
 */
import type { LegalInput, RelationType } from './build-knowledge-graph.ts';
import { RELATION_TYPES } from '../content-model.ts';

/** The relation types, each naming what an instrument does to another: the direction every edge takes. */
export const LEGAL_EDGE_TYPES = RELATION_TYPES;
/** One of `LEGAL_EDGE_TYPES`. */
export type LegalEdgeType = RelationType;

/** `source` does `type` to `target`: perpres-133-2017 amends perpres-53-2017. */
export interface LegalEdge {
  type: LegalEdgeType;
  source: string;
  target: string;
}

/** Every relation of the legal data as one edge, in the order the data states them, each once. */
export function legalEdges(legal: readonly LegalInput[]): LegalEdge[] {
  const seen = new Set<string>();
  const edges: LegalEdge[] = [];
  for (const instrument of legal) {
    for (const { type, target } of instrument.relations) {
      const key = `${type}\u0000${instrument.id}\u0000${target}`;
      if (seen.has(key)) continue;
      seen.add(key);
      edges.push({ type, source: instrument.id, target });
    }
  }
  return edges;
}
