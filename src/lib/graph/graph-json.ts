/**
 * The knowledge graph as the JSON document `/graph.json` publishes: a format version, the node
 * and edge kinds it may hold, then the nodes and edges.
 */
import { EDGE_KINDS, NODE_KINDS, type GraphData } from './graph-data.ts';

/** Raised when the published shape changes in a way a reader of the file must notice. */
export const GRAPH_JSON_VERSION = 1;

/** The document as published: kinds listed first so a reader can check what it handles. */
export interface GraphJson extends GraphData {
  version: typeof GRAPH_JSON_VERSION;
  nodeKinds: readonly string[];
  edgeKinds: readonly string[];
}

/** `data` as the text of `/graph.json`, one node or edge per line so that a diff of two builds reads well. */
export function graphJson(data: GraphData): string {
  const line = (value: unknown): string => `    ${JSON.stringify(value)}`;
  return [
    '{',
    `  "version": ${GRAPH_JSON_VERSION},`,
    `  "nodeKinds": ${JSON.stringify(NODE_KINDS)},`,
    `  "edgeKinds": ${JSON.stringify(EDGE_KINDS)},`,
    '  "nodes": [',
    data.nodes.map(line).join(',\n'),
    '  ],',
    '  "edges": [',
    data.edges.map(line).join(',\n'),
    '  ]',
    '}',
    '',
  ].join('\n');
}
