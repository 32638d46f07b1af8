/**
 * The entries already on disk as the ingest looks them up: by the digest of the raw file they
 * were made from, by that file's name, and by id. A run over a large corpus should not parse
 * every stored entry to answer that, so what it needs of each is kept in a small index file (a
 * cache, outside the content folder), trusted only for files whose size and modification time it
 * recorded. Entries are listed from disk on every run, so an entry the index misses is read, not
 * lost, and a missing or broken index costs one full read.
 */
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'astro/zod';
import {
  listStoredEntryFiles,
  readStoredEntry,
  type IngestedCollection,
  type StoredEntry,
  type StoredEntryFile,
} from './content-store.ts';
import { sha256 } from './entry-file.ts';

/** What the ingest looks a document's entry up by; only a found entry is read whole. */
export interface StoredEntries {
  /** The entry made from the same bytes, or else from a raw file kept at `sourcePath`. */
  findBySource(sourcePath: string, sourceSha: string): StoredEntry | undefined;
  /** Whether an entry of `collection` already has `id`. */
  hasId(collection: IngestedCollection, id: string): boolean;
  /** The entry kept at `path` (e.g. `legal/x.md`), read whole. */
  findByPath(path: string): StoredEntry | undefined;
}

/** A stored entry's file with the raw file it was made from, as far as its frontmatter says. */
interface EntrySource extends StoredEntryFile {
  file?: string | undefined;
  sha256?: string | undefined;
}

function sourceOf(entry: StoredEntry): Pick<EntrySource, 'file' | 'sha256'> {
  const source = entry.frontmatter.source;
  if (source === null || typeof source !== 'object') return {};
  const { file, sha256 } = source as Record<string, unknown>;
  return { file: typeof file === 'string' ? file : undefined, sha256: typeof sha256 === 'string' ? sha256 : undefined };
}

/** Lookups over entries' sources; the first entry (in listing order) wins, as a scan would find it. */
function lookupOf(sources: readonly EntrySource[], read: (file: EntrySource) => StoredEntry): StoredEntries {
  const bySha = new Map<string, EntrySource>();
  const byFile = new Map<string, EntrySource>();
  const byPath = new Map<string, EntrySource>();
  for (const source of sources) {
    if (source.sha256 !== undefined && !bySha.has(source.sha256)) bySha.set(source.sha256, source);
    if (source.file !== undefined && !byFile.has(source.file)) byFile.set(source.file, source);
    byPath.set(source.path, source);
  }
  return {
    findBySource(sourcePath, sourceSha) {
      const found = bySha.get(sourceSha) ?? byFile.get(sourcePath);
      return found && read(found);
    },
    hasId: (collection, id) => byPath.has(`${collection}/${id}.md`),
    findByPath(path) {
      const found = byPath.get(path);
      return found && read(found);
    },
  };
}

/** Lookups over entries already read (a test's, or `check:entries`, which reads them all anyway). */
export function storedEntriesOf(entries: readonly StoredEntry[]): StoredEntries {
  const read = new Map(entries.map((entry) => [entry.path, entry]));
  return lookupOf(
    entries.map((entry) => ({ collection: entry.collection, id: entry.id, path: entry.path, ...sourceOf(entry) })),
    (source) => read.get(source.path)!,
  );
}

/** Where the ingest keeps its indexes: the project's cache folder, which builds and tests may clear. */
const CACHE_DIR = fileURLToPath(new URL('../../../node_modules/.cache/lintas/', import.meta.url));

/**
 * The index file of a content folder, named by its absolute path: kept out of the folder, which
 * holds only what is published and reviewed.
 */
export function defaultIndexFile(contentDir: string): string {
  return join(CACHE_DIR, `ingest-index-${sha256(resolve(contentDir)).slice(0, 16)}.json`);
}

const indexSchema = z.object({
  version: z.literal(1),
  entries: z.record(
    z.string(),
    z.object({ mtimeMs: z.number(), size: z.number(), file: z.string().optional(), sha256: z.string().optional() }),
  ),
});
type IndexFile = z.infer<typeof indexSchema>;

/** The index as last written; a missing, unreadable or outdated one counts as empty and is rebuilt. */
function readIndex(path: string): IndexFile['entries'] {
  try {
    const parsed = indexSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    return parsed.success ? parsed.data.entries : {};
  } catch {
    return {};
  }
}

/** Written beside and renamed over, so a reader never sees half an index. */
function writeIndex(path: string, entries: IndexFile['entries']): void {
  mkdirSync(dirname(path), { recursive: true });
  const staged = `${path}.${process.pid}.tmp`;
  writeFileSync(staged, JSON.stringify({ version: 1, entries } satisfies IndexFile));
  renameSync(staged, path);
}

/**
 * The stored entries of `contentDir` through its index (`indexPath`): every entry file is listed
 * and its size and modification time compared with the index; only new or changed files are
 * parsed, and the index is rewritten when anything differed. A found entry is read whole when
 * asked for.
 */
export function openStoredEntries(contentDir: string, indexPath = defaultIndexFile(contentDir)): StoredEntries {
  const previous = readIndex(indexPath);
  const next: IndexFile['entries'] = {};
  let changed = false;
  const sources = listStoredEntryFiles(contentDir).map((file): EntrySource => {
    const { mtimeMs, size } = statSync(join(contentDir, file.path));
    let record = previous[file.path];
    if (record?.mtimeMs !== mtimeMs || record.size !== size) {
      record = { mtimeMs, size, ...sourceOf(readStoredEntry(contentDir, file)) };
      changed = true;
    }
    next[file.path] = record;
    return { ...file, file: record.file, sha256: record.sha256 };
  });
  if (changed || Object.keys(previous).length !== sources.length) writeIndex(indexPath, next);
  return lookupOf(sources, (file) => readStoredEntry(contentDir, file));
}
