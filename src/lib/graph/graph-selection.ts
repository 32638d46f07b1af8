/**
 * Choosing the part of the graph a view draws: the neighbourhood of one node for an entry's page,
 * the best-connected nodes for the corpus page. Both cost what they draw, not what the corpus
 * holds, so a page stays light with 10,000 entries.
 */
import { ENTRY_NODE_KINDS, type GraphData, type GraphEdge, type GraphNode } from './graph-data.ts';

/** A graph indexed by node: its edges split by whether the other end is an entry. */
export interface GraphIndex {
  nodes: ReadonlyMap<string, GraphNode>;
  /** Node key -> edges whose other end is not an entry (concepts, instruments, organisations). */
  toShared: ReadonlyMap<string, readonly GraphEdge[]>;
  /** Node key -> edges whose other end is an entry; long for a concept every entry is tagged with. */
  toEntries: ReadonlyMap<string, readonly GraphEdge[]>;
}

const isEntry = (node: GraphNode | undefined): boolean => node !== undefined && ENTRY_NODE_KINDS.has(node.kind);
const otherEnd = (edge: GraphEdge, key: string): string => (edge.source === key ? edge.target : edge.source);

/** Indexes the edges of `data` by both ends, once per build. */
export function indexGraph(data: GraphData): GraphIndex {
  const nodes = new Map(data.nodes.map((node) => [node.key, node]));
  const toShared = new Map<string, GraphEdge[]>();
  const toEntries = new Map<string, GraphEdge[]>();
  const push = (key: string, edge: GraphEdge): void => {
    const index = isEntry(nodes.get(otherEnd(edge, key))) ? toEntries : toShared;
    const list = index.get(key);
    if (list) list.push(edge);
    else index.set(key, [edge]);
  };
  for (const edge of data.edges) {
    push(edge.source, edge);
    push(edge.target, edge);
  }
  return { nodes, toShared, toEntries };
}

/** How much of a neighbourhood to draw. */
export interface NeighbourhoodLimits {
  /** Most nodes in all, the centre included. */
  maxNodes: number;
  /** Most entries linked to the centre itself (the entries tagged with a concept, say). */
  centreEntries: number;
  /** Most further entries per shared node (other entries with the same concept). */
  entriesPerShared: number;
}

/** A neighbourhood a reader can take in at a glance on a phone. */
export const DEFAULT_NEIGHBOURHOOD: NeighbourhoodLimits = { maxNodes: 60, centreEntries: 24, entriesPerShared: 6 };

/**
 * The edges among `keys`. Only edges to shared nodes are walked, and an entry's edges to entries,
 * so a concept with ten thousand entries adds nothing to the cost.
 */
function edgesAmong(index: GraphIndex, keys: ReadonlySet<string>): GraphEdge[] {
  const edges = new Set<GraphEdge>();
  for (const key of keys) {
    const walked = isEntry(index.nodes.get(key)) ? [index.toShared, index.toEntries] : [index.toShared];
    for (const map of walked) for (const edge of map.get(key) ?? []) if (keys.has(otherEnd(edge, key))) edges.add(edge);
  }
  return [...edges];
}

/**
 * The centre, the nodes it links to (what an entry is tagged with or mentions, first; then the
 * entries linked to it, capped), and for each shared node among them a few other entries that
 * share it, up to `limits.maxNodes`, with the edges among them. Unknown centre: an empty graph.
 */
export function neighbourhood(index: GraphIndex, centre: string, limits: NeighbourhoodLimits = DEFAULT_NEIGHBOURHOOD): GraphData {
  const centreNode = index.nodes.get(centre);
  if (!centreNode) return { nodes: [], edges: [] };
  const chosen = new Set<string>([centre]);
  const take = (edges: readonly GraphEdge[] | undefined, from: string, most: number): void => {
    let taken = 0;
    for (const edge of edges ?? []) {
      if (taken >= most || chosen.size >= limits.maxNodes) return;
      const other = otherEnd(edge, from);
      if (chosen.has(other)) continue;
      chosen.add(other);
      taken += 1;
    }
  };
  take(index.toShared.get(centre), centre, limits.maxNodes);
  take(index.toEntries.get(centre), centre, limits.centreEntries);
  for (const key of [...chosen]) {
    if (key !== centre && !isEntry(index.nodes.get(key))) take(index.toEntries.get(key), key, limits.entriesPerShared);
  }
  return { nodes: [...chosen].map((key) => index.nodes.get(key)!), edges: edgesAmong(index, chosen) };
}

/** How many edges each node has. */
function degrees(index: GraphIndex): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of index.nodes.keys()) {
    counts.set(key, (index.toShared.get(key)?.length ?? 0) + (index.toEntries.get(key)?.length ?? 0));
  }
  return counts;
}

/**
 * The `maxNodes` best-connected nodes of the whole graph (ties in input order) and the edges
 * among them: the corpus view, widened by asking for more.
 */
export function overview(index: GraphIndex, maxNodes: number): GraphData {
  const degree = degrees(index);
  const ranked = [...index.nodes.keys()]
    .map((key, order) => ({ key, order, degree: degree.get(key) ?? 0 }))
    .sort((a, b) => b.degree - a.degree || a.order - b.order)
    .slice(0, maxNodes);
  const chosen = new Set(ranked.map(({ key }) => key));
  return { nodes: [...index.nodes.values()].filter((node) => chosen.has(node.key)), edges: edgesAmong(index, chosen) };
}

/** How many nodes the corpus graph page draws: the first at `/graph/`, each wider one on its own page. */
export const GRAPH_PAGE_SIZES = [150, 600, 2400] as const;

/** The sizes that get a page for a graph of `totalNodes`: a wider page only when it would show more. */
export function graphPageSizes(totalNodes: number): number[] {
  return GRAPH_PAGE_SIZES.filter((_, index) => index === 0 || totalNodes > GRAPH_PAGE_SIZES[index - 1]!);
}
