/**
 * The raw source documents as files, byte for byte as received, at `/sources/raw/<file>` (the
 * ingest keeps whatever name a document was given). One copy for both languages: the documents
 * have no locale. People read them on the source pages; this is the download.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listSourceFiles, readSourceFile } from '../../../lib/sources.ts';

export const getStaticPaths = (async () =>
  (await listSourceFiles()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) =>
  new Response(new Uint8Array(await readSourceFile(String(params.file))), {
    headers: { 'Content-Type': 'text/plain; charset=utf-8' },
  });
