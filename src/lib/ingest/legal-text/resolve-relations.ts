/**
 * Matches the relations a legal text states to the legal entries Lintas holds: a cited
 * regulation by its citation identity (form, number, year, ministry), a named instrument (the
 * constitution, a ratified convention) by its names. An instrument Lintas does not hold is never
 * created: it is listed for review with its citation and the words it came from.
 */
import { citationKey } from '../legal/parse-citations.ts';
import { detectLegalInstruments, type LegalInstrumentIndexEntry } from '../detect-legal.ts';
import type { ReviewFlag } from '../types.ts';
import type { RelationReading } from './relations.ts';
import type { RelationType } from '../../graph/build-knowledge-graph.ts';

export interface ResolvedRelation {
  type: RelationType;
  target: string;
  quote: string;
}

export interface ResolvedRelations {
  relations: ResolvedRelation[];
  /** One flag per instrument named in a relation that Lintas does not hold. */
  review: ReviewFlag[];
}

/** The entry a reading names: by citation key, else by a name of the whole cited words. */
export function findRelationTarget(reading: RelationReading, index: readonly LegalInstrumentIndexEntry[]): string | undefined {
  if (reading.citation) {
    const key = citationKey(reading.citation);
    return index.find((entry) => entry.citationKey === key)?.id;
  }
  return detectLegalInstruments(reading.cited, index)[0]?.id;
}

const QUOTE_LENGTH = 300;

/** The words a relation came from, cut at a word when very long (a whole consideration). */
function quoteOf(sentence: string): string {
  if (sentence.length <= QUOTE_LENGTH) return sentence;
  return `${sentence.slice(0, sentence.lastIndexOf(' ', QUOTE_LENGTH))} …`;
}

/**
 * The relations of `readings` to entries of `index` (never to `selfId`), each once per type and
 * target, and review flags for the instruments not held.
 */
export function resolveRelations(
  readings: readonly RelationReading[],
  index: readonly LegalInstrumentIndexEntry[],
  selfId: string | undefined,
): ResolvedRelations {
  const relations: ResolvedRelation[] = [];
  const review: ReviewFlag[] = [];
  const seen = new Set<string>();
  for (const reading of readings) {
    const target = findRelationTarget(reading, index);
    if (target === selfId && target !== undefined) continue;
    const key = `${reading.type}|${target ?? reading.cited}`;
    if (seen.has(key)) continue;
    seen.add(key);
    if (target) relations.push({ type: reading.type, target, quote: quoteOf(reading.sentence) });
    else
      review.push({
        field: 'relations',
        reason: `${reading.type}: "${reading.cited}" is not in Lintas (from: "${quoteOf(reading.sentence)}"); add an entry for it to content/legal/ to link it.`,
      });
  }
  return { relations, review };
}
