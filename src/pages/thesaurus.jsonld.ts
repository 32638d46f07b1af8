/**
 * The concept thesaurus as SKOS in JSON-LD, at `/thesaurus.jsonld`. Each concept's identifier is
 * the address of its Indonesian page, the one the site cites by default.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/content.ts';
import { collectionUrl, entryUrl } from '../lib/urls.ts';
import { buildSkosJsonLd } from '../lib/thesaurus/skos-json-ld.ts';

export const GET: APIRoute = async ({ site }) => {
  const content = await loadSiteContent();
  const absolute = (path: string) => (site ? new URL(path, site).href : path);
  const document = buildSkosJsonLd(content.thesaurus, {
    scheme: absolute(collectionUrl('id', 'concepts')),
    concept: (id) => absolute(entryUrl('id', 'concepts', id)),
  });
  return new Response(JSON.stringify(document, null, 2), { headers: { 'Content-Type': 'application/ld+json; charset=utf-8' } });
};
