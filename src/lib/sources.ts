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

const SOURCES_DIR = path.resolve('content/sources');

/**
 * The legal data sheet, named the way an entry's `source.file` names its document: every legal
 * instrument is curated from it, though no entry is generated from it.
 */
export const LEGAL_DATA_SHEET = 'sources/legal-facts.yaml';

let fileList: Promise<string[]> | undefined;
const fileContents = new Map<string, Promise<Buffer>>();

/** The file names of all kept documents, hidden files aside, sorted. */
export function listSourceFiles(): Promise<string[]> {
  fileList ??= readdir(SOURCES_DIR).then((names) => names.filter((name) => !name.startsWith('.')).sort());
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
