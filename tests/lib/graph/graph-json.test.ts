import { describe, expect, it } from 'vitest';
import { EDGE_KINDS, NODE_KINDS, type GraphData } from '../../../src/lib/graph/graph-data.ts';
import { graphJson } from '../../../src/lib/graph/graph-json.ts';

describe('graphJson', () => {
  const data: GraphData = {
    nodes: [
      { key: 'legal:untoc', kind: 'legal', id: 'untoc', label: { id: 'Konvensi', en: 'Convention' }, url: { id: '/legal/untoc/', en: '/en/legal/untoc/' } },
      { key: 'organisation:iom', kind: 'organisation', id: 'iom', label: { id: 'IOM', en: 'IOM' } },
    ],
    edges: [{ kind: 'ratifies', source: 'legal:uu-5-2009', target: 'legal:untoc' }],
  };

  it('is JSON holding the version, the kinds, and the nodes and edges as given', () => {
    expect(JSON.parse(graphJson(data))).toEqual({ version: 1, nodeKinds: [...NODE_KINDS], edgeKinds: [...EDGE_KINDS], ...data });
  });

  it('is JSON for an empty graph too', () => {
    expect(JSON.parse(graphJson({ nodes: [], edges: [] }))).toMatchObject({ nodes: [], edges: [] });
  });
});
