/**
 * The raw source documents kept in `content/sources/`, for the pages that publish them.
 * Paths resolve from the project root: the build runs there, and bundled code has no stable
 * path of its own.
 *
 * Each document is read by two routes: its source page, which shows its text, and the raw file
 * route, which needs only its bytes and their content type. Neither keeps a document after its
 * page: kept for the whole build, the corpus's bytes and texts were held twice over in memory.
 * The list of files and the digests, small and asked for by both routes, are kept.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSourceFileSlug, sourceFileSlug } from './slug.ts';
import { publishedRawName } from './urls.ts';
import type { DocumentFormat } from './ingest/formats/document-metadata.ts';
import { readDocument } from './ingest/formats/read-document.ts';
import { sniffFormat } from './ingest/formats/sniff-format.ts';
import { readRawText } from './ingest/read-raw-text.ts';
import type { SourceEncoding } from './source-text.ts';

const SOURCES_DIR = path.resolve('content/sources');

/**
 * The legal data sheet, named the way an entry's `source.file` names its document: every legal
 * instrument is curated from it, though no entry is generated from it.
 */
export const LEGAL_DATA_SHEET = 'sources/legal-facts.yaml';

let fileList: Promise<string[]> | undefined;
const fileDigests = new Map<string, Promise<string>>();

/**
 * The names of the kept documents, hidden files aside, sorted. Each becomes a route parameter
 * and a URL segment, so a name that is not a safe slug (one not given by the ingest) fails the
 * build, named, with the name to use instead; so do two names published as one raw file.
 */
export function publishedSourceNames(names: string[]): string[] {
  const visible = names.filter((name) => !name.startsWith('.')).sort();
  const unsafe = visible.filter((name) => !isSourceFileSlug(name));
  if (unsafe.length > 0) {
    const lines = unsafe.map((name) => `content/sources/${name}: not a safe file name; rename it to ${sourceFileSlug(name)}`);
    throw new Error(
      `${lines.join('\n')}\n(and change source.file in the entry made from it: names are lower-case letters, digits, - _ and dots)`,
    );
  }
  const published = new Map<string, string>();
  for (const name of visible) {
    const other = published.get(publishedRawName(name));
    if (other) throw new Error(`content/sources/${name} and content/sources/${other} would both be published as ${publishedRawName(name)}; rename one`);
    published.set(publishedRawName(name), name);
  }
  return visible;
}

/** The file names of all kept documents, checked by {@link publishedSourceNames}. */
export function listSourceFiles(): Promise<string[]> {
  fileList ??= readdir(SOURCES_DIR).then(publishedSourceNames);
  return fileList;
}

/** A kept document's bytes, exactly as received. */
export function readSourceFile(name: string): Promise<Buffer> {
  return readFile(path.join(SOURCES_DIR, path.basename(name)));
}

/**
 * A digest of a kept document's bytes, read without keeping them: what the pages made from the
 * document are keyed by in an incremental build (`cache-key.ts`).
 */
export function sourceFileDigest(name: string): Promise<string> {
  const file = path.basename(name);
  // The source page and the raw file route both key their paths by it: each file is read once.
  let digest = fileDigests.get(file);
  if (digest === undefined) {
    digest = readFile(path.join(SOURCES_DIR, file)).then((bytes) => createHash('sha256').update(bytes).digest('base64url'));
    fileDigests.set(file, digest);
  }
  return digest;
}

/** A kept document as the site shows it. */
export interface SourceText {
  format: DocumentFormat;
  /** The text as the ingest read it: for a web page its main text, never its markup. */
  text: string;
  /** For a PDF, the text of each page, page 1 first. */
  pages?: string[];
  /** The encoding of a text or web page (a PDF has none). */
  encoding?: SourceEncoding;
}

/**
 * A kept document as text, read the way the ingest read it (a PDF's pages, a web page's main
 * text); one it cannot read fails the build, named.
 */
export async function readSourceText(name: string): Promise<SourceText> {
  const file = path.basename(name);
  const bytes = await readSourceFile(file);
  const { format, text, pages, encoding } = await namingSource(file, () => readDocument(bytes, file));
  return { format, text, ...(pages ? { pages } : {}), ...(encoding ? { encoding } : {}) };
}

/**
 * The HTTP content type of a kept document's `bytes`: a PDF as such, anything else as plain text
 * in the encoding the source page reads it in. Only the bytes are decoded, not the document
 * parsed: a PDF's text or a web page's main text is the source page's work. Undecodable bytes
 * fail the build, named.
 */
export function sourceContentType(bytes: Uint8Array, name: string): Promise<string> {
  const file = path.basename(name);
  return namingSource(file, async () => {
    if (sniffFormat(bytes) === 'pdf') return 'application/pdf';
    return `text/plain; charset=${readRawText(bytes, file).encoding}`;
  });
}

/** `read`'s result; its error is rethrown with the document's path in `content/` in front. */
async function namingSource<T>(file: string, read: () => Promise<T>): Promise<T> {
  try {
    return await read();
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(`${file}: `) ? `content/sources/${message}` : `content/sources/${file}: ${message}`);
  }
}
