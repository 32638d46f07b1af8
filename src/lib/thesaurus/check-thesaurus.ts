/**
 * The thesaurus's consistency, checked by the build and by the ingest before either uses it:
 * every `broader` and `related` link names a concept that exists and is not the concept itself,
 * the `broader` hierarchy has no cycle, a `related` link is stated on one side only (the other is
 * derived), and no label belongs to two concepts.
 */
import type { ContentProblem } from '../graph/content-problem.ts';
import { findSharedLabels } from '../graph/find-shared-labels.ts';
import { conceptLabelFields, type ConceptLabels } from './label-fields.ts';

/** A concept as the check reads it: its labels and the links its data states. */
export interface ThesaurusConcept extends ConceptLabels {
  id: string;
  broader: readonly string[];
  related: readonly string[];
}

const entryOf = (id: string) => `concepts/${id}`;

function linkProblems(concepts: readonly ThesaurusConcept[]): ContentProblem[] {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const problems: ContentProblem[] = [];
  for (const concept of concepts) {
    for (const field of ['broader', 'related'] as const) {
      concept[field].forEach((target, index) => {
        const at = { entry: entryOf(concept.id), field: `${field}[${index}]` };
        if (target === concept.id) problems.push({ ...at, message: 'names the concept itself' });
        else if (!byId.has(target)) problems.push({ ...at, message: `names "${target}", which is not in concepts` });
        else if (field === 'related' && byId.get(target)?.related.includes(concept.id) && target < concept.id) {
          problems.push({ ...at, message: `names "${target}", which already states this link; state it once` });
        }
      });
    }
  }
  return problems;
}

/**
 * One problem per cycle in `broader`, reported on the link that closes it, with the path. A
 * depth-first walk colours each concept once, so the check is linear in concepts and links.
 */
function cycleProblems(concepts: readonly ThesaurusConcept[]): ContentProblem[] {
  const byId = new Map(concepts.map((concept) => [concept.id, concept]));
  const state = new Map<string, 'open' | 'done'>();
  const path: string[] = [];
  const problems: ContentProblem[] = [];
  const visit = (id: string): void => {
    state.set(id, 'open');
    path.push(id);
    byId.get(id)?.broader.forEach((parent, index) => {
      if (!byId.has(parent) || parent === id) return;
      if (state.get(parent) === 'open') {
        const cycle = [...path.slice(path.indexOf(parent)), parent].join(' → ');
        problems.push({ entry: entryOf(id), field: `broader[${index}]`, message: `closes a cycle: ${cycle}` });
      } else if (!state.has(parent)) {
        visit(parent);
      }
    });
    path.pop();
    state.set(id, 'done');
  };
  for (const { id } of concepts) if (!state.has(id)) visit(id);
  return problems;
}

/** Every problem in the thesaurus, located by concept and field; empty when it is consistent. */
export function checkThesaurus(concepts: readonly ThesaurusConcept[]): ContentProblem[] {
  const claims = concepts.flatMap((concept) =>
    conceptLabelFields(concept).map(({ field, label }) => ({ entry: entryOf(concept.id), field, label, shared: false })),
  );
  return [...linkProblems(concepts), ...cycleProblems(concepts), ...findSharedLabels(claims)];
}
