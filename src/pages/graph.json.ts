/**
 * `/graph.json`: the whole knowledge graph as open data, typed nodes (kind, id, label per
 * language, page per locale) and edges (kind, source and target node keys), from the same graph
 * the pages draw.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/content.ts';
import { graphJson } from '../lib/graph/graph-json.ts';
import { siteGraph } from '../lib/site-graph.ts';

export const GET: APIRoute = async () =>
  new Response(graphJson(siteGraph(await loadSiteContent()).data), { headers: { 'Content-Type': 'application/json' } });
