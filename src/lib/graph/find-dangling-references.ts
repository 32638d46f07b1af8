/**
 * Astro only logs a `reference()` to an entry that does not exist and builds on; Lintas would
 * then drop the tag without a word. This check finds such references, and entity tags naming an
 * entity of the wrong kind (a person under `organisations`), so the build can fail naming the
 * file and the field.
 */
import type { EntityKind } from '../content-model.ts';
import { kindWithArticle } from '../entities/entity-record.ts';
import type { KnowledgeGraphInput, TaggedEntryInput } from './build-knowledge-graph.ts';
import type { ContentProblem } from './content-problem.ts';

/** The entity kind each tag field of an entry holds. */
const ENTITY_TAG_FIELDS = [
  ['organisations', 'organisation'],
  ['countries', 'country'],
  ['persons', 'person'],
] as const satisfies readonly (readonly [keyof TaggedEntryInput, EntityKind])[];

/**
 * Every reference in the graph input whose target is not in its collection, or is an entity of
 * another kind than its field holds. Links between concepts are checked by `checkThesaurus`,
 * links between entities by `checkEntities`.
 */
export function findDanglingReferences(input: KnowledgeGraphInput): ContentProblem[] {
  const known = {
    concepts: new Set(input.concepts.map((c) => c.id)),
    legal: new Set(input.legal.map((l) => l.id)),
  };
  const entityKinds = new Map((input.entities ?? []).map((e) => [e.id, e.kind]));
  const problems: ContentProblem[] = [];
  const check = (entry: string, field: string, targets: readonly string[], collection: 'concepts' | 'legal') => {
    targets.forEach((target, index) => {
      if (!known[collection].has(target)) {
        problems.push({ entry, field: `${field}[${index}]`, message: `names "${target}", which is not in ${collection}` });
      }
    });
  };
  for (const e of input.entries) {
    const entry = `${e.kind}/${e.id}`;
    check(entry, 'concepts', e.concepts, 'concepts');
    check(entry, 'legalInstruments', e.legalInstruments, 'legal');
    for (const [field, kind] of ENTITY_TAG_FIELDS) {
      (e[field] ?? []).forEach((target, index) => {
        const found = entityKinds.get(target);
        const at = { entry, field: `${field}[${index}]` };
        if (found === undefined) problems.push({ ...at, message: `names "${target}", which is not in entities` });
        else if (found !== kind) problems.push({ ...at, message: `names "${target}", which is ${kindWithArticle(found)}, not ${kindWithArticle(kind)}` });
      });
    }
  }
  for (const l of input.legal) {
    check(`legal/${l.id}`, 'relations', l.relations.map((r) => r.target), 'legal');
  }
  return problems;
}
