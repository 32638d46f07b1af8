/**
 * The ingest's reading of files: the raw documents (size-checked), the curated data the taggers
 * need (concepts, legal instruments, entities) and the entries already written. Writing goes through `staged-batch`.
 */
import { closeSync, existsSync, fstatSync, openSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parse } from 'yaml';
import type { z } from 'astro/zod';
import { fileModel, type ConceptData, type EntityData, type LegalData } from '../content-model.ts';
import { parseEntryFile } from './entry-file.ts';
import { IngestError } from './types.ts';

const INGESTED_COLLECTIONS = ['studies', 'news', 'legal'] as const;
export type IngestedCollection = (typeof INGESTED_COLLECTIONS)[number];

export interface StoredEntry {
  collection: IngestedCollection;
  id: string;
  /** Path relative to the content directory, e.g. `studies/x.md`. */
  path: string;
  text: string;
  frontmatter: Record<string, unknown>;
}

function listFiles(dir: string, extension: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort();
}

/**
 * Reads every `<id>.yaml` in a data collection folder and checks it against `schema`; a file
 * that is not YAML, or not valid, is an error naming it and its fields.
 */
export function readDataCollection<T>(
  contentDir: string,
  collection: string,
  schema: z.ZodType<unknown, T>,
): Array<{ id: string; data: T }> {
  const dir = join(contentDir, collection);
  return listFiles(dir, '.yaml').map((name) => {
    const path = join(dir, name);
    let data: unknown;
    try {
      data = parse(readFileSync(path, 'utf8'));
    } catch (error) {
      throw new Error(`${path}: not valid YAML: ${(error as Error).message}`);
    }
    const checked = schema.safeParse(data);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
      throw new Error(`${path}: not a valid ${collection} entry:\n  ${problems.join('\n  ')}`);
    }
    // The file as written (its input form) is what the taggers read.
    return { id: basename(name, '.yaml'), data: data as T };
  });
}

/** The concept thesaurus, for the concept tagger. */
export function readConcepts(contentDir: string) {
  return readDataCollection<ConceptData>(contentDir, 'concepts', fileModel.conceptSchema);
}

/** A legal entry with the file it is kept in (`legal/<id>.yaml` written by hand, `legal/<id>.md` ingested). */
export interface LegalRecord {
  id: string;
  path: string;
  data: LegalData;
  /** The articles of an entry ingested from its text; a hand-written entry has none. */
  body?: string;
}

/**
 * The legal instruments, for the legal-mention detector and for matching an ingested text to the
 * entry of its instrument: the hand-written YAML entries and the ones ingested from a text.
 */
export function readLegalInstruments(contentDir: string): LegalRecord[] {
  const written = readDataCollection<LegalData>(contentDir, 'legal', fileModel.legalSchema).map(({ id, data }) => ({
    id,
    path: `legal/${id}.yaml`,
    data,
  }));
  const ingested = listFiles(join(contentDir, 'legal'), '.md').map((name) => {
    const path = `legal/${name}`;
    const { frontmatter, body } = parseEntryFile(readFileSync(join(contentDir, path), 'utf8'), path);
    const checked = fileModel.legalSchema.safeParse(frontmatter);
    if (!checked.success) {
      const problems = checked.error.issues.map((issue) => `${issue.path.join('.') || '(file)'}: ${issue.message}`);
      throw new Error(`${join(contentDir, path)}: not a valid legal entry:\n  ${problems.join('\n  ')}`);
    }
    return { id: basename(name, '.md'), path, data: frontmatter as LegalData, body };
  });
  return [...written, ...ingested].sort((a, b) => a.id.localeCompare(b.id));
}

/** The organisations, people and countries, for the entity detectors. */
export function readEntities(contentDir: string) {
  return readDataCollection<EntityData>(contentDir, 'entities', fileModel.entitySchema);
}

/** An ingested entry's file: its collection, id and path relative to the content directory. */
export interface StoredEntryFile {
  collection: IngestedCollection;
  id: string;
  /** e.g. `studies/x.md`. */
  path: string;
}

/** Every ingested entry's file on disk, by collection and name, without reading any. */
export function listStoredEntryFiles(contentDir: string): StoredEntryFile[] {
  return INGESTED_COLLECTIONS.flatMap((collection) =>
    listFiles(join(contentDir, collection), '.md').map((name) => ({ collection, id: basename(name, '.md'), path: `${collection}/${name}` })),
  );
}

/** One ingested entry read from disk, with its text and frontmatter. */
export function readStoredEntry(contentDir: string, file: StoredEntryFile): StoredEntry {
  const text = readFileSync(join(contentDir, file.path), 'utf8');
  return { ...file, text, frontmatter: parseEntryFile(text, file.path).frontmatter };
}

/** Every ingested entry on disk, with its text (to compare) and frontmatter (to find its source). */
export function readStoredEntries(contentDir: string): StoredEntry[] {
  return listStoredEntryFiles(contentDir).map((file) => readStoredEntry(contentDir, file));
}

/** A file's bytes, or undefined when there is no such file. */
export function readIfExists(path: string): Buffer | undefined {
  return existsSync(path) ? readFileSync(path) : undefined;
}

/**
 * The largest raw document the ingest takes: 20 MiB holds a thesis of several thousand pages
 * as text, while a file larger than that is almost surely not one extracted document.
 */
export const MAX_DOCUMENT_BYTES = 20 * 1024 * 1024;

const mebibytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/**
 * A raw document's bytes, its size checked before it is read whole. Throws an
 * {@link IngestError} naming the file when it is missing, not a file, or too large.
 */
export function readRawDocument(file: string): Buffer {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (error) {
    throw new IngestError(file, `cannot be read (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new IngestError(file, 'is not a file');
    if (stats.size > MAX_DOCUMENT_BYTES) {
      throw new IngestError(
        file,
        `the file is ${mebibytes(stats.size)}; the ingest takes documents of at most ${mebibytes(MAX_DOCUMENT_BYTES)}`,
      );
    }
    return readFileSync(fd);
  } finally {
    closeSync(fd);
  }
}
