/**
 * The site's content, queried once per build and handed to pages as ready lists and lookups.
 *
 * Every route calls `loadSiteContent()`; the first call reads the collections, checks the
 * references and the curated data (`checkThesaurus`, `checkEntities`) and builds the
 * knowledge graph, later calls reuse that promise, so no page scans the collections again.
 */
import type { Root } from 'mdast';
import { readEntryBody } from './entry-body.ts';
import { legalTitleIn } from './legal-title.ts';
import { getCollection, type CollectionEntry } from 'astro:content';
import { fieldPathsOverlap } from './field-paths.ts';
import { buildKnowledgeGraph, type EntryRef, type KnowledgeGraph, type KnowledgeGraphInput } from './graph/build-knowledge-graph.ts';
import { findDanglingReferences } from './graph/find-dangling-references.ts';
import { entryMentions, mentionIndexOf, type Backlink, type EntryMention, type MentionIndexInput } from './graph/build-mention-index.ts';
import { buildDerivedCache } from './derived-cache.ts';
import { buildLinkTargets } from './links/build-link-targets.ts';
import { buildMentionMatcher } from './links/find-mentions.ts';
import type { LinkTarget } from './links/link-target.ts';
import { abstractAnchorPrefix, BODY_ANCHOR_PREFIX } from './markdown/paragraph-anchors.ts';
import { LANGS } from './langs.ts';
import { buildSearchGuides, type SearchGuideData } from './search/build-search-guides.ts';
import { laterPages } from './pagination.ts';
import { buildRelatedEntries, type RelatableEntry, type RelatedEntry } from './graph/related-entries.ts';
import { buildCitedWorksIndex, type CorpusCitedWork } from './citations/cited-works-index.ts';
import { extractWorksCited, parseBodyLikeSite, type WorkCitedInEntry } from './citations/extract-works-cited.ts';
import { checkEntities } from './entities/check-entities.ts';
import type { EntityJsonInput } from './entities/entities-json.ts';
import { buildPersonNameLookup } from './entities/person-names.ts';
import { contentProblemsError } from './graph/content-problem.ts';
import { checkThesaurus } from './thesaurus/check-thesaurus.ts';
import type { SkosConceptInput } from './thesaurus/skos-json-ld.ts';
import { LOCALE_LIST, localeParam, type Locale } from './i18n/locales.ts';
import { entryUrl } from './urls.ts';
import { readContentDates, type FileDates } from './content-history.ts';

/** A link as list components take it. */
export interface LinkItem {
  href: string;
  text: string;
}

/** A thesis or study entry as the collection returns it. */
export type StudyEntry = CollectionEntry<'studies'>;
/** A news item entry. */
export type NewsEntry = CollectionEntry<'news'>;
/** A legal instrument entry. */
export type LegalEntry = CollectionEntry<'legal'>;
/** A concept of the thesaurus. */
export type ConceptEntry = CollectionEntry<'concepts'>;
/** An organisation, person or country. */
export type EntityEntry = CollectionEntry<'entities'>;

/** Every collection, sorted for listing, with lookups by id and the knowledge graph. */
export interface SiteContent {
  /** Newest year first; studies without a year last. */
  studies: StudyEntry[];
  /** Most recently published first; items without a date last. */
  news: NewsEntry[];
  legal: LegalEntry[];
  concepts: ConceptEntry[];
  /** Sorted by kind, then by id. */
  entities: EntityEntry[];
  studyById: ReadonlyMap<string, StudyEntry>;
  newsById: ReadonlyMap<string, NewsEntry>;
  legalById: ReadonlyMap<string, LegalEntry>;
  conceptById: ReadonlyMap<string, ConceptEntry>;
  entityById: ReadonlyMap<string, EntityEntry>;
  /** The entities as plain data (references as ids), in the order of `entities`. */
  entityRecords: readonly EntityJsonInput[];
  /** The concepts as plain data (references as ids), in the order of `concepts`. */
  thesaurus: readonly SkosConceptInput[];
  /** The person entity a written name (author, supervisor, speaker) stands for, if any. */
  personInName: (name: string) => string | undefined;
  /** The entries made from each raw document, by its `source.file` (`sources/<file>`). */
  entriesBySource: ReadonlyMap<string, readonly (StudyEntry | NewsEntry)[]>;
  /** The plain ids the knowledge graph was built from, for other views of the same links. */
  graphInput: KnowledgeGraphInput;
  graph: KnowledgeGraph;
  /** Every concept, legal instrument and entity as a target of in-text links (abstracts link with these). */
  linkTargets: readonly LinkTarget[];
  /** Target key (`linkTargetKey`) -> the entries mentioning it, each quoting its first mention. */
  mentionsByTarget: ReadonlyMap<string, readonly Backlink[]>;
  /** Study id -> the works its body cites, by first author and year. */
  worksCitedByStudy: ReadonlyMap<string, readonly WorkCitedInEntry[]>;
  /** Every work the studies cite, by first author and year. */
  citedWorks: readonly CorpusCitedWork[];
  /** Entry (`studies/<id>`, `news/<id>`) -> its most related entries with the shared features. */
  relatedByEntry: ReadonlyMap<string, readonly RelatedEntry[]>;
  /** The guides search matches queries against, and per entry the guides it leads from. */
  searchGuides: SearchGuideData;
  /**
   * An entry's content file (its `filePath`) -> when it was first and last committed, read once
   * from git; empty without a repository.
   */
  datesByFile: ReadonlyMap<string, FileDates>;
}

function byId<T extends { id: string }>(entries: readonly T[]): Map<string, T> {
  return new Map(entries.map((entry) => [entry.id, entry]));
}

function groupBySource(entries: readonly (StudyEntry | NewsEntry)[]): Map<string, (StudyEntry | NewsEntry)[]> {
  const groups = new Map<string, (StudyEntry | NewsEntry)[]>();
  for (const entry of entries) groups.set(entry.data.source.file, [...(groups.get(entry.data.source.file) ?? []), entry]);
  return groups;
}

/** Descending order with missing keys last, ties broken by id so builds are reproducible. */
function newestFirst<T extends { id: string }>(entries: T[], key: (entry: T) => string | number | undefined): T[] {
  return entries.sort((a, b) => {
    const ka = key(a);
    const kb = key(b);
    if (ka !== kb) {
      if (ka === undefined) return 1;
      if (kb === undefined) return -1;
      return ka < kb ? 1 : -1;
    }
    return a.id.localeCompare(b.id);
  });
}

/**
 * A study's texts as its page shows them: the abstracts, then the body. `body` is its body parsed
 * by `parseBodyLikeSite`, read here only for a full text.
 */
function studyTexts(study: StudyEntry, body: Root): MentionIndexInput {
  const bodyLang = study.data.languages[0] ?? 'id';
  const abstracts = LANGS.flatMap((lang) => {
    const markdown = study.data.abstract[lang];
    return markdown ? [{ markdown, lang, anchorPrefix: abstractAnchorPrefix(lang), format: 'abstract' as const }] : [];
  });
  // The page shows a body only for a full text; a mention elsewhere would lead nowhere.
  const fullText = study.data.fullText
    ? [{ markdown: body, lang: bodyLang, anchorPrefix: BODY_ANCHOR_PREFIX, format: 'body' as const }]
    : [];
  return { entry: { kind: 'studies', id: study.id }, texts: [...abstracts, ...fullText] };
}

function newsTexts(item: NewsEntry): MentionIndexInput {
  const body = { markdown: readEntryBody(item), lang: item.data.language, anchorPrefix: BODY_ANCHOR_PREFIX, format: 'body' as const };
  return { entry: { kind: 'news', id: item.id }, texts: [body] };
}

/** What the build derives from a study's or news item's file alone, kept between builds. */
interface DerivedFromEntry {
  mentions: [string, EntryMention][];
  /** A study's works cited. */
  worksCited?: WorkCitedInEntry[];
}

/** What relates an entry to others: its tags, the people it names and the works it cites. */
function relatable(
  kind: EntryRef['kind'],
  entry: StudyEntry | NewsEntry,
  people: readonly string[],
  citedWorks: readonly string[],
): RelatableEntry {
  const { concepts, legalInstruments, organisations, countries } = entry.data;
  return {
    ref: { kind, id: entry.id },
    concepts: concepts.map((ref) => ref.id),
    legalInstruments: legalInstruments.map((ref) => ref.id),
    organisations: organisations.map((ref) => ref.id),
    people,
    countries: countries.map((ref) => ref.id),
    citedWorks,
  };
}


/** An entity entry as plain data, references as ids: what the checks and matchers read. */
function entityRecord(entry: EntityEntry): EntityJsonInput {
  const { data } = entry;
  const base = {
    id: entry.id,
    label: data.label,
    aliases: data.aliases,
    ambiguousAliases: data.ambiguousAliases,
    description: data.description,
  };
  switch (data.kind) {
    case 'organisation':
      return { ...base, kind: data.kind, country: data.country?.id, partOf: data.partOf?.id };
    case 'person':
      return {
        ...base,
        kind: data.kind,
        roles: data.roles.map((role) => ({ title: role.title, organisation: role.organisation?.id })),
      };
    case 'country':
      return { ...base, kind: data.kind, code: data.code };
  }
}

const ENTITY_KIND_ORDER = ['organisation', 'person', 'country'] as const;

async function querySiteContent(): Promise<SiteContent> {
  const [studies, news, legal, concepts, entities] = await Promise.all([
    getCollection('studies'),
    getCollection('news'),
    getCollection('legal'),
    getCollection('concepts'),
    getCollection('entities'),
  ]);
  newestFirst(studies, (entry) => entry.data.year);
  newestFirst(news, (entry) => entry.data.published);
  legal.sort((a, b) => a.id.localeCompare(b.id));
  concepts.sort((a, b) => a.id.localeCompare(b.id));
  entities.sort(
    (a, b) =>
      ENTITY_KIND_ORDER.indexOf(a.data.kind) - ENTITY_KIND_ORDER.indexOf(b.data.kind) || a.id.localeCompare(b.id),
  );
  const entityRecords = entities.map(entityRecord);
  const datesByFile = readContentDates(process.cwd(), ['content']);

  const tagged = (kind: EntryRef['kind']) => (entry: StudyEntry | NewsEntry) => ({
    kind,
    id: entry.id,
    concepts: entry.data.concepts.map((ref) => ref.id),
    legalInstruments: entry.data.legalInstruments.map((ref) => ref.id),
    organisations: entry.data.organisations.map((ref) => ref.id),
    countries: entry.data.countries.map((ref) => ref.id),
    persons: entry.data.persons.map((ref) => ref.id),
  });
  const thesaurus = concepts.map((entry) => ({
    ...entry.data,
    id: entry.id,
    broader: entry.data.broader.map((ref) => ref.id),
    related: entry.data.related.map((ref) => ref.id),
  }));
  const graphInput: KnowledgeGraphInput = {
    entries: [...studies.map(tagged('studies')), ...news.map(tagged('news'))],
    legal: legal.map((entry) => ({
      id: entry.id,
      relations: entry.data.relations.map(({ type, target }) => ({ type, target: target.id })),
    })),
    concepts: thesaurus,
    entities: entityRecords.map(({ id, kind, partOf }) => ({ id, kind, partOf })),
  };
  const problems = [
    ...findDanglingReferences(graphInput),
    ...checkThesaurus(thesaurus),
    ...checkEntities(entityRecords),
  ];
  if (problems.length > 0) {
    const files = new Map(
      [...studies, ...news, ...legal, ...concepts, ...entities].map((e) => [`${e.collection}/${e.id}`, e.filePath]),
    );
    throw contentProblemsError('Broken references or inconsistent data between entries', problems, (entry) =>
      files.get(entry),
    );
  }
  const graph = buildKnowledgeGraph(graphInput);
  const linkTargets = buildLinkTargets({ concepts, legal, entities });
  // Each study body is parsed once for both the works it cites and the mentions it makes, and
  // dropped before the next is parsed; an entry whose file did not change since the last build
  // is not read at all (`derived-cache.ts`).
  const worksCitedByStudy = new Map<string, WorkCitedInEntry[]>();
  const derived = await buildDerivedCache<DerivedFromEntry>('entry-texts', import.meta.url, linkTargets);
  const matcher = buildMentionMatcher(linkTargets);
  function derive(entry: StudyEntry | NewsEntry, compute: () => DerivedFromEntry): DerivedFromEntry {
    const key = `${entry.collection}/${entry.id}`;
    const digest = entry.digest === undefined ? undefined : String(entry.digest);
    const value = (digest === undefined ? undefined : derived.get(key, digest)) ?? compute();
    if (digest !== undefined) derived.set(key, digest, value);
    return value;
  }
  function* mentionsByEntry() {
    for (const study of studies) {
      const { mentions, worksCited } = derive(study, () => {
        const body = parseBodyLikeSite(readEntryBody(study));
        return { mentions: entryMentions(studyTexts(study, body).texts, matcher), worksCited: extractWorksCited(body) };
      });
      worksCitedByStudy.set(study.id, worksCited ?? []);
      yield { entry: { kind: 'studies' as const, id: study.id }, mentions };
    }
    for (const item of news) {
      const { mentions } = derive(item, () => ({ mentions: entryMentions(newsTexts(item).texts, matcher) }));
      yield { entry: { kind: 'news' as const, id: item.id }, mentions };
    }
  }
  const mentionsByTarget = mentionIndexOf(mentionsByEntry());
  derived.save();
  const personInName = buildPersonNameLookup(entityRecords);
  // A person with a page relates entries by their entity id, however each text writes the name.
  const personOf = (name: string) => personInName(name) ?? name;
  const citedWorks = buildCitedWorksIndex(
    studies.map((study) => ({ ref: { kind: 'studies', id: study.id }, works: worksCitedByStudy.get(study.id) ?? [] })),
  );
  const relatedByEntry = buildRelatedEntries([
    ...studies.map((study) =>
      relatable('studies', study, study.data.authors.map(personOf), (worksCitedByStudy.get(study.id) ?? []).map((work) => work.key)),
    ),
    ...news.map((item) => relatable('news', item, item.data.people.map((person) => personOf(person.name)), [])),
  ]);

  return {
    studies,
    news,
    legal,
    concepts,
    studyById: byId(studies),
    newsById: byId(news),
    legalById: byId(legal),
    conceptById: byId(concepts),
    entities,
    entityById: byId(entities),
    entityRecords,
    thesaurus,
    personInName,
    entriesBySource: groupBySource([...studies, ...news]),
    graphInput,
    graph,
    linkTargets,
    mentionsByTarget,
    worksCitedByStudy,
    citedWorks,
    relatedByEntry,
    searchGuides: buildSearchGuides({
      linkTargets,
      hiddenLabelsByConcept: new Map(thesaurus.map(({ id, hiddenLabels }) => [id, [...(hiddenLabels?.id ?? []), ...(hiddenLabels?.en ?? [])]])),
      entities: entityRecords,
      entriesByConcept: graph.entriesByConcept,
      entriesByLegal: graph.entriesByLegal,
      entriesByEntity: graph.entriesByEntity,
      mentionsByTarget,
      relationsByLegal: graph.relationsByLegal,
      entityParts: graph.entityParts,
    }),
    datesByFile,
  };
}

/**
 * `getStaticPaths` results for one page per entry per locale: `/studies/x/` and `/en/studies/x/`.
 * An entry's locales come one after the other, so what its pages share (a rendered abstract) is
 * made for the first and still cached for the next.
 */
export function localizedEntryPaths<T extends { id: string }>(
  entries: readonly T[],
  keyOf: (entry: T) => string,
): { params: { locale: string | undefined; id: string }; props: { entry: T }; cacheKey: string }[] {
  return entries.flatMap((entry) => {
    const cacheKey = keyOf(entry);
    return LOCALE_LIST.map((locale) => ({ params: { locale: localeParam(locale), id: entry.id }, props: { entry }, cacheKey }));
  });
}

/**
 * `getStaticPaths` results for the later pages (2, 3, ...) of a list of `total` items in every
 * locale; the first page is the list's own route. `keyOf` gives each page's cache key
 * (`cache-key.ts`).
 */
export function localizedListPagePaths(
  total: number,
  keyOf: (page: number, locale: Locale) => string,
): { params: { locale: string | undefined; page: string }; cacheKey: string }[] {
  return LOCALE_LIST.flatMap((locale) =>
    laterPages(total).map((page) => ({ params: { locale: localeParam(locale), page: String(page) }, cacheKey: keyOf(page, locale) })),
  );
}

let cached: Promise<SiteContent> | undefined;

/** All collections and the knowledge graph, read on the first call of the build and shared after. */
export function loadSiteContent(): Promise<SiteContent> {
  cached ??= querySiteContent();
  return cached;
}

/**
 * A test for "does the entry's `review` list concern this field?": a flag on the field, on one of
 * its sub-fields (`title.en` flags `title`) or on a field containing it (`title` flags `title.en`).
 */
export function reviewFlagTest(review: readonly { field: string }[]): (field: string) => boolean {
  const fields = review.map((flag) => flag.field);
  return (field) => fields.some((flagged) => fieldPathsOverlap(flagged, field));
}

/** Links to the concepts an entry is tagged with, labelled in the page language. */
export function conceptLinks(content: SiteContent, refs: readonly { id: string }[], locale: Locale): LinkItem[] {
  return refs.flatMap(({ id }) => {
    const concept = content.conceptById.get(id);
    return concept ? [{ href: entryUrl(locale, 'concepts', id), text: concept.data.prefLabel[locale] }] : [];
  });
}

/** Links to entities (organisations, countries, people), named in the page language. */
export function entityLinks(content: SiteContent, refs: readonly { id: string }[], locale: Locale): LinkItem[] {
  return refs.flatMap(({ id }) => {
    const entity = content.entityById.get(id);
    return entity ? [{ href: entryUrl(locale, 'entities', id), text: entity.data.label[locale] }] : [];
  });
}

/**
 * The page of the person a written name stands for (an author, a supervisor, a speaker), when
 * the entry is tagged with that person; otherwise undefined, and the name stays plain text.
 */
export function personHref(
  content: SiteContent,
  persons: readonly { id: string }[],
  locale: Locale,
): (name: string) => string | undefined {
  const tagged = new Set(persons.map(({ id }) => id));
  return (name) => {
    const id = content.personInName(name);
    return id !== undefined && tagged.has(id) ? entryUrl(locale, 'entities', id) : undefined;
  };
}

/** Links to legal instruments, titled in the page language. */
export function legalLinks(content: SiteContent, refs: readonly { id: string }[], locale: Locale): LinkItem[] {
  return refs.flatMap(({ id }) => {
    const instrument = content.legalById.get(id);
    return instrument ? [{ href: entryUrl(locale, 'legal', id), text: legalTitleIn(instrument.data.title, locale).text }] : [];
  });
}
