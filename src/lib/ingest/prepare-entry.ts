/**
/**
 * The whole ingest of one raw document, without I/O: bytes → text and stated metadata (by
 * format) → kind → parser → stated metadata over the text's → tags → entry text, and what
 * writing it would do to the entry already on disk. The text arrives free of control and
 * bidirectional formatting characters, and every text the site renders as Markdown is written
 * escaped, so nothing in a document becomes markup. The CLI does the reading and writing around it.
 */
import { basename } from 'node:path';
import type { IngestedCollection, StoredEntry } from './content-store.ts';
import { storedEntriesOf, type StoredEntries } from './stored-entries.ts';
import { applyStatedMetadata } from './apply-metadata.ts';
import { applyCuratedFields } from './curated-fields.ts';
import { detectKindWithDeclaration } from './declared-kind.ts';
import { escapeMarkdownFields } from './markdown-fields.ts';
import { parseEntryFile, serializeEntry, sha256 } from './entry-file.ts';
import { parseNews } from './news/parse-news.ts';
import { createPageLocator } from './formats/paragraph-pages.ts';
import { readDocument, type ReadDocument } from './formats/read-document.ts';
import { planWrite, type WritePlan } from './plan-write.ts';
import { tagDocument, type TaggingIndexes } from './tag-document.ts';
import { assertValidEntry } from './validate-entry.ts';
import { parseThesis } from './thesis/parse-thesis.ts';
import { IngestError, READABLE_KINDS, type KindDetection, type ParsedDocument, type ReadableKind, type ReviewFlag } from './types.ts';
import { LANGS } from '../langs.ts';
import { slugify, sourceFileSlug } from '../slug.ts';
import type { SourceEncoding } from '../source-text.ts';

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
  /** The format the raw document came in. */
  format: ReadDocument['format'];
  /** The encoding a text or web page was read in (a PDF has none). */
  encoding?: SourceEncoding;
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
    detection.kind === 'news' ? parseNews(text, file) : parseThesis(text, { article: detection.kind === 'article' });
  if (detection.confidence === 'weak') {
    doc.review.unshift({
      field: 'kind',
      reason: `Read as ${detection.kind} on weak evidence (${detection.reasons.join('; ')}); if it is another kind, ingest it again with --kind.`,
    });
  }
  return doc;
}

/**
 * The words a new entry's id is made from. A news item without a headline is named by its outlet
 * and publication date; with neither, the id falls back to the source digest.
 */
function titleForSlug(doc: ParsedDocument): string {
  if (doc.kind === 'news') {
    const { headline, outlet, published } = doc.data;
    return headline ?? (outlet && published ? `${outlet} ${published}` : '');
  }
  return doc.data.title.id ?? doc.data.title.en ?? doc.data.authors?.[0] ?? '';
}

function storedSource(entry: StoredEntry): { file?: unknown; sha256?: unknown; originalName?: unknown; kind?: unknown } {
  const source = entry.frontmatter.source;
  return source !== null && typeof source === 'object' ? source : {};
}

/**
 * The kind a person named with `--kind` when the stored entry was made: a later run without
 * `--kind` reads the document as that kind again, so the entry does not drift back to what the
 * detection alone would make of it.
 */
function namedKindOf(entry: StoredEntry | undefined): ReadableKind | undefined {
  const kind = entry && storedSource(entry).kind;
  return (READABLE_KINDS as readonly unknown[]).includes(kind) ? (kind as ReadableKind) : undefined;
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
  stored: StoredEntries,
  reserved: ReservedPaths,
) {
  const base = slugify(titleForSlug(doc)) || `entry-${sourceSha.slice(0, 12)}`;
  const taken = reserved.has(`${collection}/${base}.md`) || stored.hasId(collection, base);
  return taken ? `${base}-${sourceSha.slice(0, 8)}` : base;
}

/**
 * For a PDF, the page each abstract and body block starts on, in entry order. Blocks are the
 * body's blank-line separated parts, as the site renders them.
 */
function locatePassages(doc: ParsedDocument, pages: string[]): Array<{ at: string; page: number }> {
  const locator = createPageLocator(pages);
  const abstracts = doc.kind === 'news' ? [] : LANGS.flatMap((lang) => (doc.data.abstract[lang] ? [{ at: `abstract.${lang}`, text: doc.data.abstract[lang] }] : []));
  const blocks = doc.body.split(/\n{2,}/).flatMap((text, n) => (text.trim() === '' ? [] : [{ at: `body.${n}`, text }]));
  return [...abstracts, ...blocks].flatMap(({ at, text }) => {
    const page = locator.pageOf(text);
    return page === undefined ? [] : [{ at, page }];
  });
}

/** Frontmatter in a fixed order: what a reviewer reads first comes first, the long texts last. */
function buildFrontmatter(doc: ParsedDocument, tags: ReturnType<typeof tagDocument>, source: Record<string, unknown>) {
  const review = [...doc.review, ...tags.review];
  const tagged = {
    concepts: tags.concepts,
    legalInstruments: tags.legalInstruments,
    countries: tags.countries,
    organisations: tags.organisations,
    persons: tags.persons,
  };
  if (doc.kind === 'news') {
    return { ...doc.data, ...tagged, source, review, curated: [] };
  }
  const { abstract, ...rest } = doc.data;
  return { ...rest, ...tagged, abstract, source, review, curated: [] };
}

export interface PrepareOptions {
  force: boolean;
  /**
   * The kind named with `--kind`, overriding the detection; recorded in the entry (`source.kind`)
   * and used again by later runs that name none.
   */
  kind?: ReadableKind;
  /** Entry paths the documents prepared before this one in the same batch will write. */
  reserved?: ReservedPaths;
}

/**
 * Reads, parses, tags and validates one raw document, and plans the write of its entry against
 * what is stored. Throws an {@link IngestError} naming the file for input it cannot use.
 */
export async function prepareEntry(
  raw: RawDocument,
  indexes: TaggingIndexes,
  storedEntries: StoredEntries | readonly StoredEntry[],
  options: PrepareOptions,
): Promise<PreparedEntry> {
  // A list (a test's few entries, or none) is looked up like the index a run opens.
  const stored = Array.isArray(storedEntries) ? storedEntriesOf(storedEntries) : (storedEntries as StoredEntries);
  const name = basename(raw.fileName);
  const read = await readDocument(raw.bytes, name);
  const { text, encoding, format, metadata } = read;
  const sourceSha = sha256(raw.bytes);
  // The entry this document already has: the one made from the same bytes, or else the one made
  // from a file of the same name (an updated copy of the document).
  const found = stored.findBySource(`sources/${sourceFileSlug(name)}`, sourceSha);
  const named = options.kind ?? namedKindOf(found);
  const detection = detectKindWithDeclaration(text, name, metadata.kind, named);
  if (named && !options.kind) detection.reasons = [`read as ${named}, the kind named with --kind when its entry was made (source.kind)`];
  const { doc, stated } = applyStatedMetadata(parseDocument(text, name, detection), metadata);
  const collection: IngestedCollection = doc.kind === 'news' ? 'news' : 'studies';

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
  const pages = read.pages ? locatePassages(doc, read.pages) : [];
  const source = {
    file: sourcePath,
    ...renamed,
    sha256: sourceSha,
    parser: doc.kind,
    ...(named ? { kind: named } : {}),
    digest: '',
    ...(format === 'text' ? {} : { format }),
    ...(Object.keys(stated).length > 0 ? { stated } : {}),
    ...(pages.length > 0 ? { pages } : {}),
  };
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
    format,
    ...(encoding ? { encoding } : {}),
    ...(sameBytesAs ? { sameBytesAs } : {}),
    text: entryText,
    review: (frontmatter.review as ReviewFlag[] | undefined) ?? [],
    plan: planWrite(path, onDisk, entryText, options.force),
    ...(found && found !== existing ? { replaces: found.path } : {}),
  };
}
