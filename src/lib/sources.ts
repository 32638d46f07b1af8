/**
 * The raw source documents kept in `content/sources/`, for the pages that publish them.
 * Paths resolve from the project root: the build runs there, and bundled code has no stable
 * path of its own.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

const SOURCES_DIR = path.resolve('content/sources');

/** The file names of all kept documents, hidden files aside, sorted. */
export async function listSourceFiles(): Promise<string[]> {
  return (await readdir(SOURCES_DIR)).filter((name) => !name.startsWith('.')).sort();
}

/** A kept document's bytes, exactly as received. */
export function readSourceFile(name: string): Promise<Buffer> {
  return readFile(path.join(SOURCES_DIR, path.basename(name)));
}
