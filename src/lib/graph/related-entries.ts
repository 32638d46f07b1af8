/**
 * Related entries: for each study or news item, the other entries sharing the most telling
 * features (concepts, legal instruments, organisations, people, countries, cited works), with the
 * shared features as the reason.
 *
 * Weighting. Each feature is weighted by its rarity, idf(f) = ln(1 + N / df(f)), with N the
 * number of entries and df(f) the number carrying f: an online-scam conference two news items
 * share says more than the country every entry names. An entry is a binary vector of weighted
 * features (a tag is there or not; frontmatter has no counts, and counting citations would let
 * one much-cited book drown the rest), and two entries score the cosine of their vectors. Cosine
 * rather than a plain sum (or BM25 with its length normalisation tuned) because entries differ
 * widely in how many features they have: a full thesis citing thirty works would otherwise be
 * "related" to everything. The smoothed idf stays positive, so in a corpus of two entries the
 * two can still relate; the cut below, not the weight, drops what says nothing.
 *
 * Cut-offs. A feature carried by more than half of the entries (rounded up; a feature two
 * entries share is always kept) is dropped: sharing it says nothing (every entry names
 * Indonesia), and long posting lists are what would make the computation quadratic. So is one
 * carried by more than {@link MAX_POSTINGS} entries, which bounds the work per entry however
 * large the corpus grows.
 *
 * Reasons. The shared features are listed rarest first; among equally rare ones, the kinds a
 * reader recognises a relation by come first: instruments, people, organisations, cited works,
 * then concepts and countries.
 *
 * Cost. Scores are accumulated from an inverted index (feature -> entries): each entry walks the
 * posting lists of its own kept features, so the work is the number of (entry, other entry,
 * shared feature) triples, never every pair of entries; with the posting cap it is at most
 * features × MAX_POSTINGS per entry, linear in the corpus (`npm run bench -- related`).
 */
import type { EntryRef } from './build-knowledge-graph.ts';

/** The kinds of feature entries are related by. */
export type FeatureKind = 'concept' | 'legal' | 'organisation' | 'person' | 'country' | 'work';

/** One feature of one entry. */
export interface Feature {
  kind: FeatureKind;
  /** What two entries must both have to share the feature. */
  key: string;
  /** The feature as this entry gives it: an id (concept, legal, country, work) or a name as written. */
  value: string;
}

/** What an entry's frontmatter and body give to relate it by, as plain values. */
export interface RelatableEntry {
  ref: EntryRef;
  concepts: readonly string[];
  legalInstruments: readonly string[];
  /** Organisations as the frontmatter names them. */
  organisations: readonly string[];
  /** People as written: a study's authors, a news item's people. */
  people: readonly string[];
  /** ISO 3166-1 alpha-2 codes. */
  countries: readonly string[];
  /** Keys of the works the entry cites. */
  citedWorks: readonly string[];
}

/** An entry related to another, with the features they share, most telling first. */
export interface RelatedEntry {
  ref: EntryRef;
  /** Cosine similarity of the two entries' weighted features, in (0, 1]. */
  score: number;
  shared: Feature[];
}

/** How many related entries an entry keeps. */
export const RELATED_LIMIT = 5;
/** Above this share of all entries, a feature says nothing. */
const MAX_SHARE = 0.5;
/** A feature carried by more entries than this is not indexed, whatever the corpus size. */
export const MAX_POSTINGS = 1000;

/** A person's name made comparable: case, accents, punctuation and initials left out ("Arrmanatha C. Nasir" = "Arrmanatha Nasir"). */
function personKey(name: string): string {
  const words = name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u);
  return words.filter((word) => word.length > 1).join(' ');
}

function nameKey(name: string): string {
  return name.normalize('NFKC').toLowerCase().replace(/\s+/gu, ' ').trim();
}

/**
 * The features of one entry, each once. This is the one place that decides what relates
 * entries; when organisations and people become entities with ids, only their keys change here.
 */
export function featuresOf(entry: RelatableEntry): Feature[] {
  const byId = (kind: FeatureKind, values: readonly string[]) => values.map((value) => ({ kind, key: value, value }));
  const named = (kind: FeatureKind, values: readonly string[], key: (value: string) => string) =>
    values.map((value) => ({ kind, key: key(value), value }));
  // In the order reasons name equally rare features.
  const all: Feature[] = [
    ...byId('legal', entry.legalInstruments),
    ...named('person', entry.people, personKey),
    ...named('organisation', entry.organisations, nameKey),
    ...byId('work', entry.citedWorks),
    ...byId('concept', entry.concepts),
    ...byId('country', entry.countries),
  ];
  const seen = new Set<string>();
  return all.filter((feature) => {
    const id = `${feature.kind}\u0000${feature.key}`;
    if (feature.key === '' || seen.has(id)) return false;
    seen.add(id);
    return true;
  });
}

/** The key an entry has in the map {@link buildRelatedEntries} returns. */
export function entryRefKey(ref: EntryRef): string {
  return `${ref.kind}/${ref.id}`;
}

/** The most document frequency a feature may have and still be indexed, for a corpus of `entryCount`. */
export function maxDocumentFrequency(entryCount: number): number {
  return Math.min(MAX_POSTINGS, Math.max(2, Math.ceil(entryCount * MAX_SHARE)));
}

/** Index of the first element of the ascending `list` not below `value`. */
function lowerBound(list: readonly number[], value: number): number {
  let low = 0;
  let high = list.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (list[middle]! < value) low = middle + 1;
    else high = middle;
  }
  return low;
}

/** The kept features of an entry as numbers, with the weight and posting list of each. */
interface FeatureIndex {
  /** Per entry: its features and their numbers, kept features only. */
  kept: { feature: Feature; id: number }[][];
  weights: number[];
  /** Per feature number: the entries carrying it, ascending. */
  postings: number[][];
}

function indexFeatures(entries: readonly RelatableEntry[]): FeatureIndex {
  const numbers = new Map<string, number>();
  const postings: number[][] = [];
  const all = entries.map((entry, index) =>
    featuresOf(entry).map((feature) => {
      const name = `${feature.kind}\u0000${feature.key}`;
      let id = numbers.get(name);
      if (id === undefined) {
        id = postings.length;
        numbers.set(name, id);
        postings.push([]);
      }
      postings[id]!.push(index);
      return { feature, id };
    }),
  );
  const cut = maxDocumentFrequency(entries.length);
  const weights = postings.map((posting) => (posting.length <= cut ? Math.log(1 + entries.length / posting.length) : 0));
  return { kept: all.map((list) => list.filter(({ id }) => weights[id]! > 0)), weights, postings };
}

/** Another entry and how related it is. */
interface Candidate {
  other: number;
  score: number;
}

/** Best score first; on a tie, the earlier entry in the input. */
function rankOrder(a: Candidate, b: Candidate): number {
  return b.score - a.score || a.other - b.other;
}

/**
 * Each entry's most related other entries (at most `limit`), best first, keyed by
 * {@link entryRefKey}. An entry sharing no kept feature with any other has an empty list.
 * Ties keep the input order, so builds are reproducible.
 */
export function buildRelatedEntries(entries: readonly RelatableEntry[], limit = RELATED_LIMIT): Map<string, RelatedEntry[]> {
  const { kept, weights, postings } = indexFeatures(entries);
  const norms = kept.map((list) => Math.sqrt(list.reduce((sum, { id }) => sum + weights[id]! ** 2, 0)));
  // One score array reused for every entry, and the list of the entries it touched, so the
  // work per entry is the length of its posting lists and nothing is allocated per pair.
  const dots = new Float64Array(entries.length);
  const touched: number[] = [];

  const related = new Map<string, RelatedEntry[]>();
  entries.forEach((entry, index) => {
    for (const { id } of kept[index]!) {
      const squared = weights[id]! ** 2;
      for (const other of postings[id]!) {
        if (other === index) continue;
        const dot = dots[other]!;
        if (dot === 0) touched.push(other);
        dots[other] = dot + squared;
      }
    }
    const best: Candidate[] = [];
    for (const other of touched) {
      const candidate = { other, score: dots[other]! / (norms[index]! * norms[other]!) };
      dots[other] = 0;
      if (best.length === limit && rankOrder(candidate, best[best.length - 1]!) >= 0) continue;
      best.push(candidate);
      best.sort(rankOrder);
      if (best.length > limit) best.pop();
    }
    touched.length = 0;
    related.set(
      entryRefKey(entry.ref),
      best.map(({ other, score }) => ({
        ref: entries[other]!.ref,
        score,
        // Shared features are found for the few entries kept, by a look-up in each posting list.
        shared: kept[index]!
          .filter(({ id }) => postings[id]![lowerBound(postings[id]!, other)] === other)
          .sort((a, b) => weights[b.id]! - weights[a.id]!)
          .map(({ feature }) => feature),
      })),
    );
  });
  return related;
}
