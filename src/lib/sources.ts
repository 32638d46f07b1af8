/**
 * The raw source documents kept in `content/sources/`, for the pages that publish them.
 * Paths resolve from the project root: the build runs there, and bundled code has no stable
 * path of its own.
 *
 * Each document is read once per build: a source page per locale and the raw file route all ask
 * for the same bytes, and two routes list the directory. The folder does not change during a
 * build, so the first answers are kept.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { isSourceFileSlug, sourceFileSlug } from './slug.ts';
import { decodeSourceText, type DecodedSource } from './source-text.ts';

const SOURCES_DIR = path.resolve('content/sources');

/**
 * The legal data sheet, named the way an entry's `source.file` names its document: every legal
 * instrument is curated from it, though no entry is generated from it.
 */
export const LEGAL_DATA_SHEET = 'sources/legal-facts.yaml';

let fileList: Promise<string[]> | undefined;
const fileContents = new Map<string, Promise<Buffer>>();

/**
 * The names of the kept documents, hidden files aside, sorted. Each becomes a route parameter
 * and a URL segment, so a name that is not a safe slug (one not given by the ingest) fails the
 * build, named, with the name to use instead.
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

/** A kept document as text, read the way the ingest read it; one it cannot read fails the build, named. */
export async function readSourceText(name: string): Promise<DecodedSource> {
  const bytes = await readSourceFile(name);
  try {
    return decodeSourceText(bytes);
  } catch (error) {
    throw new Error(`content/sources/${path.basename(name)}: ${(error as Error).message}`);
  }
}
