/**
 * The organisations, people and countries as open data, with the entries that name each: one
 * file for both languages, at `/entities.json`.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/content.ts';
import { buildEntitiesJson } from '../lib/entities/entities-json.ts';
import { entryUrl } from '../lib/urls.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSiteContent();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const document = buildEntitiesJson(content.entityRecords, {
    page: (locale, id) => absolute(entryUrl(locale, 'entities', id)),
    entry: (ref) => absolute(entryUrl('id', ref.kind, ref.id)),
    entriesByEntity: content.graph.entriesByEntity,
    entityParts: content.graph.entityParts,
  });
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
