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
import { buildLegalEntry } from './legal-entry.ts';
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
import { sourceFileSlug } from '../slug.ts';
import { chooseEntryId, ID_BASES, type ChosenId, type IdBasis, type IdSource } from '../entry-id.ts';
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
 * What a new entry's id may be made from: the title (a study's Indonesian one first) or headline,
 * the year and the first author, each only when it is not awaiting review, so no address cites a
 * value a person has yet to check.
 */
function idSourceOf(doc: ParsedDocument, fileName: string, digest: string): IdSource {
  const flagged = new Set(doc.review.map((flag) => flag.field));
  const usable = <T,>(field: string, value: T | undefined) => (value === undefined || flagged.has(field) ? undefined : value);
  if (doc.kind === 'news') {
    const headline = usable('headline', doc.data.headline);
    return { fileName, digest, ...(headline ? { title: { text: headline, field: 'headline' } } : {}) };
  }
  const { title, year, authors } = doc.data;
  const field = title.id ? 'title.id' : title.en ? 'title.en' : undefined;
  const text = field && usable(field, field === 'title.id' ? title.id : title.en);
  const author = usable('authors', authors?.[0]);
  const reviewedYear = usable('year', year);
  return {
    fileName,
    digest,
    ...(field && text ? { title: { text, field } } : {}),
    ...(reviewedYear !== undefined ? { year: reviewedYear } : {}),
    ...(author ? { author } : {}),
  };
}

function storedSource(entry: StoredEntry): { file?: unknown; sha256?: unknown; originalName?: unknown; kind?: unknown; idFrom?: unknown } {
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
 * A new entry's id (see `entry-id.ts`), free of the ids on disk in its collection and of the
 * entry paths other documents of the batch (`reserved`) claimed.
 */
function newEntryId(
  doc: ParsedDocument,
  collection: IngestedCollection,
  sourcePath: string,
  sourceSha: string,
  stored: StoredEntries,
  reserved: ReservedPaths,
): ChosenId {
  const taken = (id: string) => stored.hasId(collection, id) || reserved.has(`${collection}/${id}.md`);
  return chooseEntryId(idSourceOf(doc, sourcePath.slice('sources/'.length), sourceSha), taken);
}

/** What the stored entry's id was made from, when it says (entries from before ids recorded it do not). */
function storedIdBasis(entry: StoredEntry): IdBasis | undefined {
  const from = storedSource(entry).idFrom;
  return (ID_BASES as readonly unknown[]).includes(from) ? (from as IdBasis) : undefined;
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
  const collection: IngestedCollection = detection.kind === 'legal' ? 'legal' : detection.kind === 'news' ? 'news' : 'studies';

  const { sourcePath, originalName, sameBytesAs } = chooseSource(raw.fileName, found, sourceSha, options.force);
  if (found && found.collection !== collection && !options.force) {
    throw new IngestError(
      name,
      `it was ingested before as ${found.path} but now reads as ${detection.kind}; ` +
        'pass --force to replace that entry (its curated fields are not carried over)',
    );
  }
  // Curation belongs to an entry of the same collection; a changed kind starts afresh.
  const existing = found?.collection === collection ? found : undefined;
  // The original name is recorded only when it could not be kept, so kept names stay as they were.
  const renamed = sourcePath !== `sources/${originalName}` ? { originalName } : {};
  const provenance = (
    parser: string,
    stated: Record<string, string>,
    pages: Array<{ at: string; page: number }>,
    idFrom: string | undefined,
  ) => ({
    file: sourcePath,
    ...renamed,
    sha256: sourceSha,
    parser,
    ...(named ? { kind: named } : {}),
    ...(idFrom ? { idFrom } : {}),
    digest: '',
    ...(format === 'text' ? {} : { format }),
    ...(Object.keys(stated).length > 0 ? { stated } : {}),
    ...(pages.length > 0 ? { pages } : {}),
  });

  let id: string;
  let frontmatter: Record<string, unknown>;
  let body: string;
  let takesPlaceOf: string | undefined;
  if (collection === 'legal') {
    // A legal text states its own metadata in its heading; a page's tags about it are not read.
    const draft = buildLegalEntry(text, name, indexes, stored, existing, sourceSha, options.reserved ?? new Set());
    id = draft.id;
    frontmatter = { ...draft.frontmatter, source: provenance('legal', {}, [], undefined) };
    body = draft.body;
    takesPlaceOf = draft.replaces;
  } else {
    const { doc, stated } = applyStatedMetadata(parseDocument(text, name, detection), metadata);
    // An id once published is kept, whatever the title now reads or however ids are made today.
    const chosen = existing
      ? { id: existing.id, from: storedIdBasis(existing) }
      : newEntryId(doc, collection, sourcePath, sourceSha, stored, options.reserved ?? new Set());
    id = chosen.id;
    const tags = tagDocument(doc, indexes);
    const pages = read.pages ? locatePassages(doc, read.pages) : [];
    const generated = buildFrontmatter(escapeMarkdownFields(doc), tags, provenance(doc.kind, stated, pages, chosen.from));
    frontmatter = existing ? applyCuratedFields(generated, existing.frontmatter, existing.path) : generated;
    body = doc.body;
  }
  const path = `${collection}/${id}.md`;
  const entryText = serializeEntry(frontmatter, body);
  assertValidEntry(collection, parseEntryFile(entryText, path).frontmatter, name);
  const held = existing ?? stored.findByPath(path);
  const onDisk = held?.path === path ? held.text : undefined;

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
    ...(found && found !== existing ? { replaces: found.path } : takesPlaceOf ? { replaces: takesPlaceOf } : {}),
  };
}
