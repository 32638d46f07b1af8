/**
 * Builds, once per build, what search knows of the guides: one `SearchGuide` per concept, legal
 * instrument and entity (its names and how many entries it leads to), and per entry the guides it
 * is tagged with or mentions, which its page carries as filters and as index-time synonyms.
 */
import type { EntryRef } from '../graph/build-knowledge-graph.ts';
import type { RelationLabel, RelationView } from '../graph/inverse-links.ts';
import type { EntityRecord } from '../entities/entity-record.ts';
import type { LinkTarget } from '../links/link-target.ts';
import type { GuideKind, SearchGuide } from './search-guides.ts';

/** What the guides are made from, as plain data (see `loadSiteContent`). */
export interface SearchGuideSources {
  /** Concepts and legal instruments with every name per language. */
  linkTargets: readonly LinkTarget[];
  /** Concept id -> its hidden labels (misspellings, other spellings), which find it but never link. */
  hiddenLabelsByConcept: ReadonlyMap<string, readonly string[]>;
  entities: readonly EntityRecord[];
  entriesByConcept: ReadonlyMap<string, readonly EntryRef[]>;
  entriesByLegal: ReadonlyMap<string, readonly EntryRef[]>;
  entriesByEntity: ReadonlyMap<string, readonly EntryRef[]>;
  /** `linkTargetKey` -> the entries whose text mentions the target. */
  mentionsByTarget: ReadonlyMap<string, readonly { entry: EntryRef }[]>;
  /** Legal id -> its relations, stated or inverted (`deriveLegalRelations`). */
  relationsByLegal: ReadonlyMap<string, readonly RelationView[]>;
  /** Organisation id -> its units and member offices (`deriveEntityParts`). */
  entityParts: ReadonlyMap<string, readonly string[]>;
}

/**
 * Relations along which a search for an instrument also leads to the other's entries. A law
 * ratifying a treaty is how the treaty binds Indonesia, so a text citing either discusses both
 * (both ways); a process includes its meetings and declarations, so a text on one of them is on
 * the process (one way: a search for the process finds its meetings, not the reverse). Amending,
 * implementing or adding a protocol makes another instrument, with texts of its own.
 */
const LEADING_RELATIONS: ReadonlySet<RelationLabel> = new Set(['ratifies', 'ratified_by', 'has_part']);

/** The guides and, per entry (`studies/x`, `news/y`), the keys (`concept:z`) of the guides it leads from. */
export interface SearchGuideData {
  guides: SearchGuide[];
  guideByKey: ReadonlyMap<string, SearchGuide>;
  guidesByEntry: ReadonlyMap<string, readonly string[]>;
}

/** The key of an entry in `guidesByEntry`. */
export function entryKey(ref: EntryRef): string {
  return `${ref.kind}/${ref.id}`;
}

/** The key of a guide in `guidesByEntry`, also its Pagefind filter and value. */
export function guideKey(guide: Pick<SearchGuide, 'kind' | 'id'>): string {
  return `${guide.kind}:${guide.id}`;
}

function unique(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.filter((name) => {
    const key = name.trim().toLowerCase();
    if (key === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Every guide, in the order given (concepts and legal instruments, then entities), with the
 * entries tagged with or mentioning it counted once each. A guide also leads to the entries of
 * the guides it stands for: an organisation to those of its units ("Interpol" to the entries on
 * NCB-Interpol Indonesia), a law to those of the treaty it ratifies and the reverse
 * ("UU 5/2009" to the entries on UNTOC); its count includes them.
 */
export function buildSearchGuides(sources: SearchGuideSources): SearchGuideData {
  const drafts: { guide: Omit<SearchGuide, 'entries'>; entries: Set<string> }[] = [];
  const guidesByEntry = new Map<string, string[]>();
  const add = (guide: Omit<SearchGuide, 'entries' | 'alsoLeadsTo'>, refs: readonly EntryRef[], leadsTo: readonly string[]) => {
    const entries = new Set(refs.map(entryKey));
    const key = guideKey(guide);
    for (const entry of entries) guidesByEntry.set(entry, [...(guidesByEntry.get(entry) ?? []), key]);
    drafts.push({ guide: leadsTo.length > 0 ? { ...guide, alsoLeadsTo: leadsTo } : guide, entries });
  };
  const mentioning = (key: string) => (sources.mentionsByTarget.get(key) ?? []).map(({ entry }) => entry);

  for (const target of sources.linkTargets) {
    if (target.kind !== 'concept' && target.kind !== 'legal') continue;
    const kind: GuideKind = target.kind;
    const tagged = (kind === 'concept' ? sources.entriesByConcept : sources.entriesByLegal).get(target.id) ?? [];
    const [labelId = target.id] = target.labels.id;
    const [labelEn = labelId] = target.labels.en;
    add(
      {
        kind,
        id: target.id,
        label: { id: labelId, en: labelEn },
        names: unique([...target.labels.id, ...target.labels.en]),
        ...hiddenNames(kind === 'concept' ? (sources.hiddenLabelsByConcept.get(target.id) ?? []) : []),
        ...(target.citationKey ? { citationKey: target.citationKey } : {}),
      },
      [...tagged, ...mentioning(guideKey({ kind, id: target.id }))],
      kind === 'legal' ? instrumentsLedTo(sources.relationsByLegal.get(target.id) ?? []) : [],
    );
  }
  for (const entity of sources.entities) {
    const shared = unique(entity.ambiguousAliases ?? []);
    add(
      {
        kind: 'entity',
        id: entity.id,
        label: entity.label,
        names: unique([entity.label.id, entity.label.en, ...(entity.aliases.id ?? []), ...(entity.aliases.en ?? [])]),
        ...(shared.length > 0 ? { sharedNames: shared } : {}),
      },
      sources.entriesByEntity.get(entity.id) ?? [],
      (sources.entityParts.get(entity.id) ?? []).map((id) => guideKey({ kind: 'entity', id })),
    );
  }
  const entriesByKey = new Map(drafts.map(({ guide, entries }) => [guideKey(guide), entries]));
  const guides = drafts.map(({ guide, entries }) => {
    const all = new Set([...entries, ...(guide.alsoLeadsTo ?? []).flatMap((key) => [...(entriesByKey.get(key) ?? [])])]);
    return { ...guide, entries: all.size };
  });
  return { guides, guideByKey: new Map(guides.map((guide) => [guideKey(guide), guide])), guidesByEntry };
}

/** The `hiddenNames` field of a guide, when it has any. */
function hiddenNames(labels: readonly string[]): Pick<SearchGuide, 'hiddenNames'> {
  const names = unique(labels);
  return names.length > 0 ? { hiddenNames: names } : {};
}

/** The keys of the instruments a search for a legal instrument also leads to (`LEADING_RELATIONS`). */
function instrumentsLedTo(relations: readonly RelationView[]): string[] {
  const ids = relations.filter(({ label }) => LEADING_RELATIONS.has(label)).map(({ other }) => other);
  return [...new Set(ids)].map((id) => guideKey({ kind: 'legal', id }));
}
