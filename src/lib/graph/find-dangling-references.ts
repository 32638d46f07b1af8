/**
 * Astro only logs a `reference()` to an entry that does not exist and builds on; Lintas would
 * then drop the tag without a word. This check finds such references so the build can fail,
 * naming the file and the field.
 */
import type { KnowledgeGraphInput } from './build-knowledge-graph.ts';

/** A reference naming an entry that does not exist, located for the error message. */
export interface DanglingReference {
  /** `studies/x`, `legal/y`, ... */
  entry: string;
  /** The field and position, e.g. `concepts[2]`. */
  field: string;
  target: string;
  collection: 'concepts' | 'legal';
}

/** Every concept or legal reference in the graph input whose target is not in its collection. */
export function findDanglingReferences(input: KnowledgeGraphInput): DanglingReference[] {
  const concepts = new Set(input.concepts.map((c) => c.id));
  const legal = new Set(input.legal.map((l) => l.id));
  const problems: DanglingReference[] = [];
  const check = (entry: string, field: string, targets: readonly string[], collection: 'concepts' | 'legal') => {
    const known = collection === 'concepts' ? concepts : legal;
    targets.forEach((target, index) => {
      if (!known.has(target)) problems.push({ entry, field: `${field}[${index}]`, target, collection });
    });
  };
  for (const e of input.entries) {
    check(`${e.kind}/${e.id}`, 'concepts', e.concepts, 'concepts');
    check(`${e.kind}/${e.id}`, 'legalInstruments', e.legalInstruments, 'legal');
  }
  for (const l of input.legal) {
    check(`legal/${l.id}`, 'relations', l.relations.map((r) => r.target), 'legal');
  }
  for (const c of input.concepts) {
    for (const field of ['broader', 'narrower', 'related'] as const) check(`concepts/${c.id}`, field, c[field], 'concepts');
  }
  return problems;
}
