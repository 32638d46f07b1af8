/**
 * The entity data's consistency, checked by the build and by the ingest before either uses it:
 * no name (label or plain alias) belongs to two entities, a name several bodies share is marked
 * ambiguous on every one of them, every reference names an entity of the right kind, and no two
 * countries carry one ISO code.
 */
import type { ContentProblem } from '../graph/content-problem.ts';
import { findSharedLabels } from '../graph/find-shared-labels.ts';
import {
  ambiguousNameFields,
  entityNameFields,
  entityReferences,
  kindWithArticle,
  type EntityRecord,
} from './entity-record.ts';

const entryOf = (id: string) => `entities/${id}`;

function referenceProblems(entities: readonly EntityRecord[]): ContentProblem[] {
  const kindById = new Map(entities.map((entity) => [entity.id, entity.kind]));
  return entities.flatMap((entity) =>
    entityReferences(entity).flatMap(({ field, target, kind }): ContentProblem[] => {
      const at = { entry: entryOf(entity.id), field };
      const found = kindById.get(target);
      if (found === undefined) return [{ ...at, message: `names "${target}", which is not in entities` }];
      if (target === entity.id) return [{ ...at, message: 'names the entity itself' }];
      return found === kind ? [] : [{ ...at, message: `names "${target}", which is ${kindWithArticle(found)}, not ${kindWithArticle(kind)}` }];
    }),
  );
}

function codeProblems(entities: readonly EntityRecord[]): ContentProblem[] {
  const owner = new Map<string, string>();
  const problems: ContentProblem[] = [];
  for (const { id, code } of entities) {
    if (code === undefined) continue;
    const first = owner.get(code);
    if (first === undefined) owner.set(code, id);
    else problems.push({ entry: entryOf(id), field: 'code', message: `"${code}" is also the code of ${entryOf(first)}` });
  }
  return problems;
}

/** Every problem in the entity data, located by entity and field; empty when it is consistent. */
export function checkEntities(entities: readonly EntityRecord[]): ContentProblem[] {
  const claims = entities.flatMap((entity) => [
    ...entityNameFields(entity).map(({ field, label }) => ({ entry: entryOf(entity.id), field, label, shared: false })),
    ...ambiguousNameFields(entity).map(({ field, label }) => ({ entry: entryOf(entity.id), field, label, shared: true })),
  ]);
  return [...referenceProblems(entities), ...codeProblems(entities), ...findSharedLabels(claims)];
}
