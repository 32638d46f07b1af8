/**
 * The files a batch ingests, from what the person typed: a file stands for itself, a folder for
 * the documents directly inside it. Only the top level of a folder is read, and hidden files are
 * left out, so a folder of notes, drafts or an editor's backups beside the documents is safe to
 * pass; what was left out is reported, never dropped silently.
 */
import { readdirSync, statSync } from 'node:fs';
import { extname, join } from 'node:path';
import { IngestError } from './types.ts';

/** The endings a file in a folder needs to be taken as a document (any case). */
export const DOCUMENT_EXTENSIONS = ['.txt', '.pdf', '.html', '.htm'] as const;

/** The batch's files, in the order given, each folder's documents sorted by name. */
export interface BatchFiles {
  files: string[];
  /** Per folder, the names inside it that were not taken (subfolders end with `/`). */
  skipped: { folder: string; names: string[] }[];
}

const isDocumentName = (name: string) =>
  !name.startsWith('.') && (DOCUMENT_EXTENSIONS as readonly string[]).includes(extname(name).toLowerCase());

/** Sorted by code point, so the order is the same on every machine and locale. */
const byCodePoint = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

function folderDocuments(folder: string): { files: string[]; skipped: string[] } {
  const entries = readdirSync(folder, { withFileTypes: true }).sort((a, b) => byCodePoint(a.name, b.name));
  const files: string[] = [];
  const skipped: string[] = [];
  for (const entry of entries) {
    const path = join(folder, entry.name);
    // A link is followed: a folder of links to documents kept elsewhere is a batch too.
    const stats = entry.isSymbolicLink() ? statSync(path, { throwIfNoEntry: false }) : entry;
    if (stats?.isFile() && isDocumentName(entry.name)) files.push(path);
    else skipped.push(stats?.isDirectory() ? `${entry.name}/` : entry.name);
  }
  if (files.length === 0) {
    throw new IngestError(folder, `a folder with no documents in it (files ending ${DOCUMENT_EXTENSIONS.join(', ')}; hidden files and subfolders are not read)`);
  }
  return { files, skipped };
}

/**
 * Expands each folder among `args` into the documents directly inside it; other arguments stay
 * as given (a missing file is reported when it is read). Throws an {@link IngestError} naming a
 * folder that holds no document.
 */
export function expandBatchArguments(args: readonly string[]): BatchFiles {
  const files: string[] = [];
  const skipped: BatchFiles['skipped'] = [];
  for (const arg of args) {
    if (!statSync(arg, { throwIfNoEntry: false })?.isDirectory()) {
      files.push(arg);
      continue;
    }
    const found = folderDocuments(arg);
    files.push(...found.files);
    if (found.skipped.length > 0) skipped.push({ folder: arg, names: found.skipped });
  }
  return { files, skipped };
}
