/**
 * The relations a regulation states about other instruments, each with the words it was read
 * from: `amends` (a title "Perubahan [Kedua] atas ..."), `ratifies` (a title "Pengesahan ..."),
 * `replaces` (a closing provision "... dicabut dan dinyatakan tidak berlaku", or a consideration
 * "perlu mengganti ..."), `implements` (a consideration "untuk melaksanakan ketentuan Pasal ...")
 * and `legal_basis` (every item under "Mengingat", the constitution included).
 */
import type { RelationType } from '../../graph/build-knowledge-graph.ts';
import { citationKey, parseLegalCitations, type LegalCitation } from '../legal/parse-citations.ts';
import { flatten } from './flat-text.ts';

export interface RelationReading {
  type: RelationType;
  /** The instrument acted on, when the words cite an Indonesian regulation by form, number and year. */
  citation?: LegalCitation;
  /** The instrument acted on, as the text names it. */
  cited: string;
  /** The sentence, item or title the relation was read from. */
  sentence: string;
}

const CONSTITUTION = /Undang\s*-\s*Undang\s+Dasar(?:\s+Negara)?(?:\s+Republik\s+Indonesia)?(?:\s+Tahun)?\s+1945/i;

/** Every cited regulation in `words`, once each, with the words naming it. */
function citedIn(words: string, type: RelationType, sentence: string): RelationReading[] {
  const seen = new Set<string>();
  return parseLegalCitations(words).flatMap(({ citation, match }) => {
    const key = citationKey(citation);
    if (seen.has(key)) return [];
    seen.add(key);
    return [{ type, citation, cited: flatten(match), sentence }];
  });
}

/** `amends` and `ratifies` from the title as printed ("PERUBAHAN KEDUA ATAS UNDANG-UNDANG ..."). */
export function readTitleRelations(title: string): RelationReading[] {
  const flat = flatten(title);
  const amended = /^PERUBAHAN\s+(?:\p{L}+\s+)?ATAS\s+(.+)$/iu.exec(flat);
  if (amended) return citedIn(amended[1]!, 'amends', flat).slice(0, 1);
  const ratified = /^PENGESAHAN\s+(.+)$/iu.exec(flat);
  if (ratified) return [{ type: 'ratifies', cited: ratified[1]!, sentence: flat }];
  return [];
}

/** `legal_basis`: each Mengingat item names one instrument (and the ones that amended it). */
export function readBasisRelations(items: readonly string[]): RelationReading[] {
  return items.flatMap((item) => {
    const constitution = CONSTITUTION.exec(item);
    if (constitution) return [{ type: 'legal_basis' as const, cited: flatten(constitution[0]), sentence: item }];
    return citedIn(item, 'legal_basis', item);
  });
}

/** `implements` and `replaces` from the considerations. */
export function readConsiderationRelations(items: readonly string[]): RelationReading[] {
  return items.flatMap((item) => {
    const implementing = /untuk\s+melaksanakan\s+ketentuan\s+(.+)$/i.exec(item);
    const replacing = /\b(?:perlu\s+)?mengganti\s+(.+)$/i.exec(item);
    return [
      ...(implementing ? citedIn(implementing[1]!, 'implements', item).slice(0, 1) : []),
      ...(replacing ? citedIn(replacing[1]!, 'replaces', item).slice(0, 1) : []),
    ];
  });
}

/**
 * `replaces` from the closing provisions: every regulation a revoking sentence names. `body` has
 * one paragraph or heading a line (the Markdown body), so a sentence never runs into a heading.
 */
export function readRevocations(body: string): RelationReading[] {
  const sentences = body
    .split('\n')
    .flatMap((line) => flatten(line.replace(/\\(?=[^\s])/g, '')).split(/(?<=[.;])\s+(?=\p{Lu}|\(\d+\))/u));
  return sentences
    .filter((sentence) => /dicabut\s+dan\s+dinyatakan\s+tidak\s+berlaku/i.test(sentence))
    .flatMap((sentence) => citedIn(sentence, 'replaces', sentence));
}
