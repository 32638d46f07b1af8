import { describe, expect, it } from 'vitest';
import { buildGraphData, nodeKey, type GraphDataInput, type NodeUrls } from '../../../src/lib/graph/graph-data.ts';

const urls: NodeUrls = (kind, id) => (kind === 'country' ? undefined : { id: `/${kind}/${id}/`, en: `/en/${kind}/${id}/` });

const INPUT: GraphDataInput = {
  entries: [
    {
      kind: 'studies',
      id: 's1',
      concepts: ['cybercrime', 'missing-concept'],
      legalInstruments: ['perpres-53-2017'],
      organisations: ['bssn'],
      label: { id: 'Judul', en: 'Title' },
    },
    {
      kind: 'news',
      id: 'n1',
      concepts: ['cybercrime', 'cybercrime'],
      legalInstruments: [],
      organisations: ['bssn', 'missing-body'],
      persons: ['arrmanatha-nasir'],
      countries: ['thailand'],
      label: { en: 'Headline' },
    },
  ],
  legal: [
    { id: 'perpres-53-2017', relations: [], label: { id: 'Perpres 53', en: 'PR 53' } },
    { id: 'perpres-133-2017', relations: [{ type: 'amends', target: 'perpres-53-2017' }], label: { id: 'Perpres 133', en: 'PR 133' } },
  ],
  concepts: [
    { id: 'cybercrime', broader: [], related: ['cyber-security'], label: { id: 'kejahatan siber', en: 'cybercrime' } },
    { id: 'online-scams', broader: ['cybercrime'], related: [], label: { id: 'penipuan daring', en: 'online scams' } },
    { id: 'cyber-security', broader: [], related: ['cybercrime'], label: { id: 'keamanan siber', en: 'cyber security' } },
  ],
  entities: [
    { id: 'bssn', kind: 'organisation', label: { id: 'Badan Siber dan Sandi Negara', en: 'National Cyber and Crypto Agency' } },
    { id: 'arrmanatha-nasir', kind: 'person', label: { id: 'Arrmanatha Nasir', en: 'Arrmanatha Nasir' } },
    { id: 'thailand', kind: 'country', label: { id: 'Thailand', en: 'Thailand' } },
  ],
};

describe('buildGraphData', () => {
  const data = buildGraphData(INPUT, urls);
  const keys = new Set(data.nodes.map((node) => node.key));

  it('makes one typed node per concept, instrument, entity and entry, with labels and pages', () => {
    expect(data.nodes.map((node) => node.key)).toEqual([
      'concept:cybercrime',
      'concept:online-scams',
      'concept:cyber-security',
      'legal:perpres-53-2017',
      'legal:perpres-133-2017',
      'organisation:bssn',
      'person:arrmanatha-nasir',
      'country:thailand',
      'study:s1',
      'news:n1',
    ]);
    expect(data.nodes.find((node) => node.key === 'study:s1')).toEqual({
      key: 'study:s1',
      kind: 'study',
      id: 's1',
      label: { id: 'Judul', en: 'Title' },
      url: { id: '/study/s1/', en: '/en/study/s1/' },
    });
    expect(data.nodes.find((node) => node.kind === 'country')).toEqual({
      key: 'country:thailand',
      kind: 'country',
      id: 'thailand',
      label: { id: 'Thailand', en: 'Thailand' },
    });
  });

  it('gives every edge two ends that are nodes, dropping references to ids not in the input', () => {
    for (const edge of data.edges) {
      expect(keys.has(edge.source), edge.source).toBe(true);
      expect(keys.has(edge.target), edge.target).toBe(true);
    }
    expect(data.edges.some((edge) => edge.target.includes('missing-'))).toBe(false);
  });

  it('states each link once, in one direction per kind', () => {
    expect(data.edges.map((edge) => `${edge.source} ${edge.kind} ${edge.target}`)).toEqual([
      'study:s1 tagged concept:cybercrime',
      'study:s1 mentions legal:perpres-53-2017',
      'study:s1 mentions organisation:bssn',
      'news:n1 tagged concept:cybercrime',
      'news:n1 mentions organisation:bssn',
      'news:n1 mentions person:arrmanatha-nasir',
      'news:n1 mentions country:thailand',
      'legal:perpres-133-2017 amends legal:perpres-53-2017',
      'concept:cyber-security related concept:cybercrime',
      'concept:online-scams broader concept:cybercrime',
    ]);
  });

  it('keys nodes by kind and id', () => {
    expect(nodeKey('legal', 'untoc')).toBe('legal:untoc');
  });
});
