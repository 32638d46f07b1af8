/**
 * The raw source documents as files, byte for byte as received, at `/sources/raw/<file>` (a
 * safe name the ingest gave it). One copy for both languages: the documents have no locale.
 * People read them on the source pages; this is the download, labelled with its encoding. A
 * saved web page is published with `.txt` added to its name ({@link publishedRawName}).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { listSourceFiles, readSourceFile, sourceContentType, sourceFileDigest } from '../../../lib/sources.ts';
import { publishedRawName } from '../../../lib/urls.ts';

export const getStaticPaths = (async () => {
  const paths = [];
  // The file is all this route serves; its key is its bytes' digest (`cache-key.ts`).
  for (const file of await listSourceFiles()) paths.push({ params: { file: publishedRawName(file) }, props: { file }, cacheKey: await sourceFileDigest(file) });
  return paths;
}) satisfies GetStaticPaths;

export const GET: APIRoute = async ({ props }) => {
  const file = String(props.file);
  const bytes = await readSourceFile(file);
  // A saved web page goes out as plain text under a .txt name: never rendered as a page of the site.
  return new Response(new Uint8Array(bytes), { headers: { 'Content-Type': await sourceContentType(bytes, file) } });
};
