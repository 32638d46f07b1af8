/**
 * The graph section of the benchmark: a generated corpus of growing size (entries tagged with
 * concepts, instruments and organisations, instruments related in chains) run through what a
 * build does with the knowledge graph: the graph data and its index, every entry page's
 * neighbourhood, the corpus page at its sizes, every legal chain, and `/graph.json`.
 */
import { buildGraphData, type GraphDataInput, type NodeUrls } from '../../src/lib/graph/graph-data.ts';
import { graphJson } from '../../src/lib/graph/graph-json.ts';
import { GRAPH_PAGE_SIZES, indexGraph, neighbourhood, overview } from '../../src/lib/graph/graph-selection.ts';
import { buildLegalChainWalker } from '../../src/lib/graph/legal-chain.ts';
import { legalEdges } from '../../src/lib/graph/legal-edges.ts';
import { formatBytes, formatTable, reportCase, runCaseProcess } from './measure.ts';
import { createSeededRandom } from './seeded-random.ts';

/** Corpus sizes in entries, each ten times the last. */
export const GRAPH_SIZES = [1_000, 10_000];

const SEED = 20260311;
/** Shared things grow slower than entries, as a thesaurus and a body of law do. */
const sharedCount = (entries: number) => ({ concepts: 50 + entries / 50, legal: 40 + entries / 100, organisations: 20 + entries / 20 });

/** A corpus of `entries` entries with a few tags each, concepts in a hierarchy and instruments in chains. */
function generateGraphInput(entries: number): GraphDataInput {
  const random = createSeededRandom(SEED);
  const counts = sharedCount(entries);
  const ids = (prefix: string, n: number) => Array.from({ length: Math.floor(n) }, (_, i) => `${prefix}-${i}`);
  const concepts = ids('concept', counts.concepts);
  const legal = ids('legal', counts.legal);
  const organisations = ids('organisation', counts.organisations);
  const some = <T>(items: readonly T[], min: number, max: number): T[] => Array.from({ length: random.between(min, max) }, () => random.pick(items));
  return {
    entries: Array.from({ length: entries }, (_, i) => ({
      kind: i % 3 === 0 ? ('news' as const) : ('studies' as const),
      id: `entry-${i}`,
      concepts: some(concepts, 2, 8),
      legalInstruments: some(legal, 0, 3),
      organisations: some(organisations, 0, 4),
      label: { id: `Entri ${i}`, en: `Entry ${i}` },
    })),
    // Each instrument amends the one before it in a run of five: chains of five.
    legal: legal.map((id, i) => ({
      id,
      relations: i % 5 === 0 ? [] : [{ type: 'amends' as const, target: legal[i - 1]! }],
      label: { id, en: id },
    })),
    concepts: concepts.map((id, i) => ({
      id,
      broader: i < 10 ? [] : [concepts[i % 10]!],
      related: [random.pick(concepts)],
      label: { id, en: id },
    })),
    entities: organisations.map((id) => ({ id, kind: 'organisation' as const, label: { id, en: id } })),
  };
}

const urls: NodeUrls = (kind, id) => ({ id: `/${kind}/${id}/`, en: `/en/${kind}/${id}/` });

/** Times `work` in milliseconds. */
function timed(work: () => void): number {
  const start = performance.now();
  work();
  return performance.now() - start;
}

/** Generates a corpus of `entries` and measures each graph stage on it; run inside a case process. */
export async function runGraphCase(entries: number): Promise<void> {
  const input = generateGraphInput(entries);
  await reportCase(() => {
    let data = buildGraphData(input, urls);
    const build = timed(() => {
      data = buildGraphData(input, urls);
    });
    let index = indexGraph(data);
    const indexing = timed(() => {
      index = indexGraph(data);
    });
    let largest = 0;
    const neighbourhoods = timed(() => {
      for (const node of data.nodes) largest = Math.max(largest, neighbourhood(index, node.key).nodes.length);
    });
    const overviews = timed(() => {
      for (const size of GRAPH_PAGE_SIZES) overview(index, size);
    });
    const chains = timed(() => {
      const walk = buildLegalChainWalker(legalEdges(input.legal));
      for (const instrument of input.legal) walk(instrument.id);
    });
    let json = '';
    const serialising = timed(() => {
      json = graphJson(data);
    });
    return {
      nodes: data.nodes.length,
      edges: data.edges.length,
      build,
      indexing,
      neighbourhoods,
      largest,
      overviews,
      chains,
      serialising,
      jsonBytes: Buffer.byteLength(json),
    };
  });
}

const ms = (value: number | undefined): string => `${(value ?? 0).toFixed(0)} ms`;

/** Runs every graph case in its own process (through `script`) and prints a table of figures. */
export function runGraphSection(script: string): void {
  console.log('## graph: knowledge graph data, views and /graph.json on generated corpora\n');
  const rows = [
    ['entries', 'nodes', 'edges', 'build', 'index', 'all neighbourhoods', 'largest', 'corpus views', 'all chains', 'graph.json', 'JSON size', 'peak RSS'],
  ];
  for (const entries of GRAPH_SIZES) {
    const figures = runCaseProcess(script, ['--case', 'graph', String(entries)]);
    const d = figures.details ?? {};
    rows.push([
      String(entries),
      String(d.nodes),
      String(d.edges),
      ms(d.build),
      ms(d.indexing),
      ms(d.neighbourhoods),
      String(d.largest),
      ms(d.overviews),
      ms(d.chains),
      ms(d.serialising),
      formatBytes(d.jsonBytes ?? 0),
      formatBytes(figures.peakRss),
    ]);
    console.log(`${entries} entries: ${d.nodes} nodes, ${d.edges} edges, built in ${ms(d.build)}`);
  }
  console.log(`\n${formatTable(rows)}\n`);
  console.log('all neighbourhoods: one per node, as every entry, concept and legal page draws its own; largest: most nodes in one.');
  console.log(`corpus views: the graph page at ${GRAPH_PAGE_SIZES.join(', ')} nodes.\n`);
}
