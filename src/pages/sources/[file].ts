/**
 * The raw source documents, published as received at `/sources/<file>` so every entry can link
 * to the text it was read from. One copy for both languages: the documents have no locale.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { APIRoute, GetStaticPaths } from 'astro';

// Resolved from the project root: the build runs there, and bundled code has no stable own path.
const SOURCES_DIR = path.resolve('content/sources');

export const getStaticPaths = (async () => {
  const names = await readdir(SOURCES_DIR);
  return names.filter((name) => name.endsWith('.txt')).map((file) => ({ params: { file } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const text = await readFile(path.join(SOURCES_DIR, String(params.file)), 'utf8');
  return new Response(text, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
