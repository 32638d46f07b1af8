/**
 * The knowledge base as typed nodes and edges: what `/graph.json` publishes and what the graph
 * views draw. A kind of node (an organisation, a person, a cited work) is added by naming it in
 * `NODE_KINDS` and giving its nodes and edges in the input; nothing else here knows the kinds.
 */
import type { ConceptInput, EntityInput, LegalInput, TaggedEntryInput, TaggedKind } from './build-knowledge-graph.ts';
import { LEGAL_EDGE_TYPES, legalEdges } from './legal-edges.ts';
import type { Locale } from '../i18n/locales.ts';
import type { LocalizedText } from '../i18n/localized-text.ts';

/** The kinds of node, entries first. */
export const NODE_KINDS = ['study', 'news', 'concept', 'legal', 'organisation', 'person', 'country'] as const;
/** One of `NODE_KINDS`. */
export type NodeKind = (typeof NODE_KINDS)[number];

/** Nodes that are entries of the corpus; every other kind is something entries share. */
export const ENTRY_NODE_KINDS: ReadonlySet<NodeKind> = new Set(['study', 'news']);

/** The kinds of edge: an entry's tags and mentions, legal relations, and the thesaurus. */
export const EDGE_KINDS = ['tagged', 'mentions', ...LEGAL_EDGE_TYPES, 'broader', 'related'] as const;
/** One of `EDGE_KINDS`. */
export type EdgeKind = (typeof EDGE_KINDS)[number];

/** A node: its kind, its id within the kind, its label per language, its page per locale if it has one. */
export interface GraphNode {
  /** `kind:id`, unique in the graph; what edges name. */
  key: string;
  kind: NodeKind;
  id: string;
  label: LocalizedText;
  url?: Readonly<Record<Locale, string>>;
}

/** A directed edge between two node keys. */
export interface GraphEdge {
  kind: EdgeKind;
  source: string;
  target: string;
}

/** A graph or a part of it. */
export interface GraphData {
  nodes: GraphNode[];
  edges: GraphEdge[];
}

/** A study or news item as the graph takes it: its tags and the entities it names, and its title. */
export interface GraphEntryInput extends TaggedEntryInput {
  label: LocalizedText;
}

/** The knowledge graph's input with the labels nodes are shown under. */
export interface GraphDataInput {
  entries: readonly GraphEntryInput[];
  legal: readonly (LegalInput & { label: LocalizedText })[];
  concepts: readonly (ConceptInput & { label: LocalizedText })[];
  /** Organisations, people and countries; each kind is a kind of node. */
  entities: readonly (EntityInput & { label: LocalizedText })[];
}

/** The page of a node in every locale, or `undefined` for a kind with no pages. */
export type NodeUrls = (kind: NodeKind, id: string) => Readonly<Record<Locale, string>> | undefined;

/** The key edges name a node by. */
export function nodeKey(kind: NodeKind, id: string): string {
  return `${kind}:${id}`;
}

const ENTRY_KIND: Readonly<Record<TaggedKind, NodeKind>> = { studies: 'study', news: 'news' };

/**
 * Builds the whole graph in one pass over the input: a node per entry, concept, instrument and
 * entity, an edge per tag, mention, legal relation and thesaurus link (a narrower concept is the
 * other's broader, so the data states it once). An edge to an id that is
 * not in the input is left out; the build's reference check reports those.
 */
export function buildGraphData(input: GraphDataInput, urlsOf: NodeUrls): GraphData {
  const nodes = new Map<string, GraphNode>();
  const addNode = (kind: NodeKind, id: string, label: LocalizedText): void => {
    const key = nodeKey(kind, id);
    if (nodes.has(key)) return;
    const url = urlsOf(kind, id);
    nodes.set(key, url ? { key, kind, id, label, url } : { key, kind, id, label });
  };
  for (const concept of input.concepts) addNode('concept', concept.id, concept.label);
  for (const instrument of input.legal) addNode('legal', instrument.id, instrument.label);
  for (const entity of input.entities) addNode(entity.kind, entity.id, entity.label);
  for (const entry of input.entries) addNode(ENTRY_KIND[entry.kind], entry.id, entry.label);

  const edges: GraphEdge[] = [];
  const seen = new Set<string>();
  const addEdge = (kind: EdgeKind, source: string, target: string): void => {
    const id = `${kind}\u0000${source}\u0000${target}`;
    if (source === target || seen.has(id) || !nodes.has(source) || !nodes.has(target)) return;
    seen.add(id);
    edges.push({ kind, source, target });
  };
  for (const entry of input.entries) {
    const from = nodeKey(ENTRY_KIND[entry.kind], entry.id);
    for (const concept of entry.concepts) addEdge('tagged', from, nodeKey('concept', concept));
    for (const legal of entry.legalInstruments) addEdge('mentions', from, nodeKey('legal', legal));
    for (const id of entry.organisations ?? []) addEdge('mentions', from, nodeKey('organisation', id));
    for (const id of entry.persons ?? []) addEdge('mentions', from, nodeKey('person', id));
    for (const id of entry.countries ?? []) addEdge('mentions', from, nodeKey('country', id));
  }
  for (const edge of legalEdges(input.legal)) addEdge(edge.type, nodeKey('legal', edge.source), nodeKey('legal', edge.target));
  for (const concept of input.concepts) {
    const self = nodeKey('concept', concept.id);
    for (const other of concept.broader) addEdge('broader', self, nodeKey('concept', other));
    for (const other of concept.related) {
      // Related is symmetric: one edge per pair, from the smaller id.
      const [a, b] = [self, nodeKey('concept', other)].sort() as [string, string];
      addEdge('related', a, b);
    }
  }
  return { nodes: [...nodes.values()], edges };
}
