/**
 * The raw source documents as files, byte for byte as received, at `/sources/raw/<file>` (a
 * safe name the ingest gave it). One copy for both languages: the documents have no locale.
 * People read them on the source pages; this is the download, labelled with its encoding.
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listSourceFiles, readSourceFile, readSourceText } from '../../../lib/sources.ts';

export const getStaticPaths = (async () =>
  (await listSourceFiles()).map((file) => ({ params: { file } }))) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ params }) => {
  const file = String(params.file);
  const { encoding } = await readSourceText(file);
  return new Response(new Uint8Array(await readSourceFile(file)), {
    headers: { 'Content-Type': `text/plain; charset=${encoding}` },
  });
};
