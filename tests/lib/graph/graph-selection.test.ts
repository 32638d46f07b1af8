import { describe, expect, it } from 'vitest';
import type { GraphData, GraphEdge, GraphNode, NodeKind } from '../../../src/lib/graph/graph-data.ts';
import { GRAPH_PAGE_SIZES, graphPageSizes, indexGraph, neighbourhood, overview } from '../../../src/lib/graph/graph-selection.ts';

const node = (kind: NodeKind, id: string): GraphNode => ({ key: `${kind}:${id}`, kind, id, label: { en: id } });
const edge = (source: string, kind: GraphEdge['kind'], target: string): GraphEdge => ({ kind, source, target });

/** s0 is tagged with c0 and c1; c0 is shared by s1..s8; c1 by s9; l0 amends l1; s0 mentions l0. */
function fixture(): GraphData {
  const studies = Array.from({ length: 10 }, (_, i) => node('study', `s${i}`));
  const nodes = [node('concept', 'c0'), node('concept', 'c1'), node('legal', 'l0'), node('legal', 'l1'), ...studies];
  const edges = [
    edge('study:s0', 'tagged', 'concept:c0'),
    edge('study:s0', 'tagged', 'concept:c1'),
    edge('study:s0', 'mentions', 'legal:l0'),
    edge('legal:l0', 'amends', 'legal:l1'),
    ...studies.slice(1, 9).map((s) => edge(s.key, 'tagged', 'concept:c0')),
    edge('study:s9', 'tagged', 'concept:c1'),
    edge('concept:c1', 'broader', 'concept:c0'),
  ];
  return { nodes, edges };
}

const keysOf = (data: GraphData) => data.nodes.map((n) => n.key);

describe('neighbourhood', () => {
  const index = indexGraph(fixture());

  it('holds the centre, what it links to, and a few entries sharing each, with the edges among them', () => {
    const part = neighbourhood(index, 'study:s0', { maxNodes: 100, centreEntries: 10, entriesPerShared: 2 });
    expect(keysOf(part)).toEqual(['study:s0', 'concept:c0', 'concept:c1', 'legal:l0', 'study:s1', 'study:s2', 'study:s9']);
    const chosen = new Set(keysOf(part));
    for (const e of part.edges) expect(chosen.has(e.source) && chosen.has(e.target)).toBe(true);
    // Every edge of the fixture between chosen nodes is there, and no other.
    const expected = fixture().edges.filter((e) => chosen.has(e.source) && chosen.has(e.target));
    expect(new Set(part.edges)).toEqual(new Set(expected));
  });

  it('never holds more nodes than its cap', () => {
    const part = neighbourhood(index, 'concept:c0', { maxNodes: 5, centreEntries: 10, entriesPerShared: 10 });
    expect(part.nodes).toHaveLength(5);
    expect(part.nodes[0]?.key).toBe('concept:c0');
  });

  it('caps the entries of the centre', () => {
    const part = neighbourhood(index, 'concept:c0', { maxNodes: 100, centreEntries: 3, entriesPerShared: 0 });
    expect(keysOf(part)).toEqual(['concept:c0', 'concept:c1', 'study:s0', 'study:s1', 'study:s2']);
  });

  it('is empty for a node not in the graph', () => {
    expect(neighbourhood(index, 'study:nope')).toEqual({ nodes: [], edges: [] });
  });
});

describe('overview', () => {
  const index = indexGraph(fixture());

  it('keeps the best-connected nodes and the edges among them', () => {
    const part = overview(index, 3);
    expect(new Set(keysOf(part))).toEqual(new Set(['concept:c0', 'concept:c1', 'study:s0']));
    expect(part.edges).toHaveLength(3);
  });

  it('holds the whole graph when asked for more nodes than there are', () => {
    const part = overview(index, 1000);
    expect(part.nodes).toHaveLength(fixture().nodes.length);
    expect(part.edges).toHaveLength(fixture().edges.length);
  });
});

describe('graphPageSizes', () => {
  it('always has the first size, and a wider one only when the graph has more nodes than the size before it', () => {
    expect(graphPageSizes(10)).toEqual([GRAPH_PAGE_SIZES[0]]);
    expect(graphPageSizes(GRAPH_PAGE_SIZES[0])).toEqual([GRAPH_PAGE_SIZES[0]]);
    expect(graphPageSizes(GRAPH_PAGE_SIZES[0] + 1)).toEqual(GRAPH_PAGE_SIZES.slice(0, 2));
    expect(graphPageSizes(100_000)).toEqual([...GRAPH_PAGE_SIZES]);
  });
});
