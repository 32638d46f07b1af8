/**
 * The whole ingest of one raw document, without I/O: text → kind → parser → tags → entry text,
 * and what writing it would do to the entry already on disk. Control and bidirectional
 * formatting characters are removed before anything reads the text, and every text the site
 * renders as Markdown is written escaped, so nothing in a document becomes markup. The CLI does the reading and
 * writing around it.
 */
import { basename } from 'node:path';
import type { IngestedCollection, StoredEntry } from './content-store.ts';
import { applyCuratedFields } from './curated-fields.ts';
import { detectKind } from './detect-kind.ts';
import { escapeMarkdownFields } from './markdown-fields.ts';
import { parseEntryFile, serializeEntry, sha256 } from './entry-file.ts';
import { parseNews } from './news/parse-news.ts';
import { planWrite, type WritePlan } from './plan-write.ts';
import { readRawText } from './read-raw-text.ts';
import { tagDocument, type TaggingIndexes } from './tag-document.ts';
import { assertValidEntry } from './validate-entry.ts';
import { parseThesis } from './thesis/parse-thesis.ts';
import { IngestError, type KindDetection, type ParsedDocument, type ReadableKind, type ReviewFlag } from './types.ts';
import { slugify, sourceFileSlug } from '../slug.ts';
import type { SourceEncoding } from '../source-text.ts';
import { removeControlCharacters } from '../text/control-characters.ts';

export interface RawDocument {
  /** The path it was given as; only its base name is kept (as a safe slug of it). */
  fileName: string;
  bytes: Uint8Array;
}

export interface PreparedEntry {
  detection: KindDetection;
  collection: IngestedCollection;
  id: string;
  /** Where the entry goes, relative to the content directory. */
  path: string;
  /** Where the raw document is kept, relative to the content directory. */
  sourcePath: string;
  /** The encoding the raw document was read in. */
  encoding: SourceEncoding;
  /**
   * Where the same bytes were already kept under another name. Without `force` that source
   * and its entry are kept (`sourcePath` is that one); with it the entry moves to the new name
   * and the old raw file is to be removed.
   */
  sameBytesAs?: string;
  text: string;
  review: ReviewFlag[];
  plan: WritePlan;
  /**
   * An entry of another collection made from the same document before (its kind now reads
   * differently), to delete once this one is written. Only set with `force`.
   */
  replaces?: string;
}

function parseDocument(text: string, file: string, detection: KindDetection): ParsedDocument {
  const doc =
    detection.kind === 'news' ? parseNews(text, file) : parseThesis(text, file, { article: detection.kind === 'article' });
  if (detection.confidence === 'weak') {
    doc.review.unshift({
      field: 'kind',
      reason: `Read as ${detection.kind} on weak evidence (${detection.reasons.join('; ')}); if it is another kind, ingest it again with --kind.`,
    });
  }
  return doc;
}

function titleForSlug(doc: ParsedDocument): string {
  if (doc.kind === 'news') return doc.data.headline;
  return doc.data.title.id ?? doc.data.title.en ?? doc.data.authors?.[0] ?? '';
}

/**
 * The entry this document already has: the one made from the same bytes, or else the one made
 * from a file of the same name (an updated copy of the document).
 */
function findStoredEntry(stored: StoredEntry[], sourcePath: string, sourceSha: string): StoredEntry | undefined {
  return stored.find((e) => storedSource(e).sha256 === sourceSha) ?? stored.find((e) => storedSource(e).file === sourcePath);
}

function storedSource(entry: StoredEntry): { file?: unknown; sha256?: unknown; originalName?: unknown } {
  const source = entry.frontmatter.source;
  return source !== null && typeof source === 'object' ? source : {};
}

/**
 * Where the raw document is kept, and under which name it came when that differs. The same bytes
 * already kept under another name stay there unless `force` moves them to the new name.
 */
function chooseSource(
  fileName: string,
  found: StoredEntry | undefined,
  sourceSha: string,
  force: boolean,
): { sourcePath: string; originalName: string; sameBytesAs?: string } {
  const originalName = basename(fileName);
  const named = { sourcePath: `sources/${sourceFileSlug(originalName)}`, originalName };
  const kept = found && storedSource(found);
  if (!kept || kept.sha256 !== sourceSha || typeof kept.file !== 'string' || kept.file === named.sourcePath) return named;
  if (force) return { ...named, sameBytesAs: kept.file };
  const keptName = typeof kept.originalName === 'string' ? kept.originalName : kept.file.slice('sources/'.length);
  return { sourcePath: kept.file, originalName: keptName, sameBytesAs: kept.file };
}

/** Entry paths (`studies/<id>.md`) already given to other documents of the same batch. */
export interface ReservedPaths {
  has(path: string): boolean;
}

/**
 * A new entry's id: its title's slug, made unique with the source digest when an entry on disk
 * or another document of the batch (`reserved`) has it.
 */
function newEntryId(
  doc: ParsedDocument,
  collection: IngestedCollection,
  sourceSha: string,
  stored: StoredEntry[],
  reserved: ReservedPaths,
) {
  const base = slugify(titleForSlug(doc)) || `entry-${sourceSha.slice(0, 12)}`;
  const taken = reserved.has(`${collection}/${base}.md`) || stored.some((e) => e.collection === collection && e.id === base);
  return taken ? `${base}-${sourceSha.slice(0, 8)}` : base;
}

/** Frontmatter in a fixed order: what a reviewer reads first comes first, the long texts last. */
function buildFrontmatter(doc: ParsedDocument, tags: ReturnType<typeof tagDocument>, source: Record<string, unknown>) {
  const review = [...doc.review, ...tags.review];
  const tagged = {
    concepts: tags.concepts,
    legalInstruments: tags.legalInstruments,
    countries: tags.countries,
    organisations: tags.organisations,
  };
  if (doc.kind === 'news') {
    return { ...doc.data, ...tagged, source, review, curated: [] };
  }
  const { abstract, ...rest } = doc.data;
  return { ...rest, ...tagged, abstract, source, review, curated: [] };
}

export interface PrepareOptions {
  force: boolean;
  /** The kind named with `--kind`, overriding the detection. */
  kind?: ReadableKind;
  /** Entry paths the documents prepared before this one in the same batch will write. */
  reserved?: ReservedPaths;
}

/**
 * Reads, parses, tags and validates one raw document, and plans the write of its entry against
 * what is stored. Throws an {@link IngestError} naming the file for input it cannot use.
 */
export function prepareEntry(
  raw: RawDocument,
  indexes: TaggingIndexes,
  stored: StoredEntry[],
  options: PrepareOptions,
): PreparedEntry {
  const name = basename(raw.fileName);
  const { text: decodedText, encoding } = readRawText(raw.bytes, name);
  const text = removeControlCharacters(decodedText);
  const detection = detectKind(text, name, options.kind);
  const doc = parseDocument(text, name, detection);
  const collection: IngestedCollection = doc.kind === 'news' ? 'news' : 'studies';

  const sourceSha = sha256(raw.bytes);
  const found = findStoredEntry(stored, `sources/${sourceFileSlug(name)}`, sourceSha);
  const { sourcePath, originalName, sameBytesAs } = chooseSource(raw.fileName, found, sourceSha, options.force);
  if (found && found.collection !== collection && !options.force) {
    throw new IngestError(
      name,
      `it was ingested before as ${found.path} but now reads as ${doc.kind}; ` +
        'pass --force to replace that entry (its curated fields are not carried over)',
    );
  }
  // Curation belongs to an entry of the same collection; a changed kind starts afresh.
  const existing = found?.collection === collection ? found : undefined;
  const id = existing?.id ?? newEntryId(doc, collection, sourceSha, stored, options.reserved ?? new Set());
  const path = `${collection}/${id}.md`;

  const tags = tagDocument(doc, indexes);
  // The original name is recorded only when it could not be kept, so kept names stay as they were.
  const renamed = sourcePath !== `sources/${originalName}` ? { originalName } : {};
  const source = { file: sourcePath, ...renamed, sha256: sourceSha, parser: doc.kind, digest: '' };
  const generated = buildFrontmatter(escapeMarkdownFields(doc), tags, source);
  const frontmatter = existing ? applyCuratedFields(generated, existing.frontmatter, existing.path) : generated;
  const entryText = serializeEntry(frontmatter, doc.body);
  assertValidEntry(collection, parseEntryFile(entryText, path).frontmatter, name);
  const onDisk = existing?.path === path ? existing.text : undefined;

  return {
    detection,
    collection,
    id,
    path,
    sourcePath,
    encoding,
    ...(sameBytesAs ? { sameBytesAs } : {}),
    text: entryText,
    review: (frontmatter.review as ReviewFlag[] | undefined) ?? [],
    plan: planWrite(path, onDisk, entryText, options.force),
    ...(found && found !== existing ? { replaces: found.path } : {}),
  };
}
