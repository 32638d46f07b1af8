/**
 * The raw source documents kept in `content/sources/`, for the pages that publish them.
 * Paths resolve from the project root: the build runs there, and bundled code has no stable
 * path of its own.
 *
 * Each document is read once per build: a source page per locale and the raw file route all ask
 * for the same bytes, and two routes list the directory. The folder does not change during a
 * build, so the first answers are kept.
 */
import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSourceFileSlug, sourceFileSlug } from './slug.ts';
import { publishedRawName } from './urls.ts';
import type { DocumentFormat } from './ingest/formats/document-metadata.ts';
import { readDocument } from './ingest/formats/read-document.ts';
import type { SourceEncoding } from './source-text.ts';

const SOURCES_DIR = path.resolve('content/sources');

/**
 * The legal data sheet, named the way an entry's `source.file` names its document: every legal
 * instrument is curated from it, though no entry is generated from it.
 */
export const LEGAL_DATA_SHEET = 'sources/legal-facts.yaml';

let fileList: Promise<string[]> | undefined;
const fileContents = new Map<string, Promise<Buffer>>();
const sourceTexts = new Map<string, Promise<SourceText>>();
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
  const file = path.basename(name);
  let contents = fileContents.get(file);
  if (contents === undefined) {
    contents = readFile(path.join(SOURCES_DIR, file));
    fileContents.set(file, contents);
  }
  return contents;
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
export function readSourceText(name: string): Promise<SourceText> {
  const file = path.basename(name);
  // Both locales' source pages and the raw route ask for it: a PDF is parsed once per build.
  let text = sourceTexts.get(file);
  if (text === undefined) {
    text = decodeSource(file);
    sourceTexts.set(file, text);
  }
  return text;
}

async function decodeSource(file: string): Promise<SourceText> {
  const bytes = await readSourceFile(file);
  try {
    const { format, text, pages, encoding } = await readDocument(bytes, file);
    return { format, text, ...(pages ? { pages } : {}), ...(encoding ? { encoding } : {}) };
  } catch (error) {
    const message = (error as Error).message;
    throw new Error(message.startsWith(`${file}: `) ? `content/sources/${message}` : `content/sources/${file}: ${message}`);
  }
}
