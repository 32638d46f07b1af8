/**
 * The guides search matches a query against (concepts, legal instruments, entities: names in both
 * languages and how many entries each leads to), one file for both locales at `/search-guides.json`.
 * Only the search page loads it.
 */
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/content.ts';

export const GET: APIRoute = async () => {
  const { searchGuides } = await loadSiteContent();
  return new Response(JSON.stringify(searchGuides.guides), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
