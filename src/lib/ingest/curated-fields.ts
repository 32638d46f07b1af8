/**
 * Hand-completed fields survive re-ingestion: an entry's `curated` list names fields (dotted
 * paths such as `year` or `title.en`) that a person filled in or corrected, and the ingest copies
 * their values from the existing entry into what it regenerates.
 */

import type { FieldNote } from '../content-model.ts';
import { fieldPathsOverlap } from '../field-paths.ts';
import { IngestError } from './types.ts';

type Data = Record<string, unknown>;

function isRecord(value: unknown): value is Data {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function getPath(data: Data, path: string[]): unknown {
  let node: unknown = data;
  for (const key of path) {
    if (!isRecord(node)) return undefined;
    node = node[key];
  }
  return node;
}

/** Returns a copy of `data` with `value` at `path`, creating objects on the way. */
function setPath(data: Data, path: string[], value: unknown): Data {
  const [head, ...rest] = path;
  if (head === undefined) return data;
  if (rest.length === 0) return { ...data, [head]: value };
  const child = isRecord(data[head]) ? data[head] : {};
  return { ...data, [head]: setPath(child, rest, value) };
}

/**
 * Reads the `curated` list of an existing entry, ignoring malformed items (the schema reports
 * those at build time). A path into a list (`supervisors.0.role`) is refused: lists are
 * regenerated whole, so only a whole list can be curated.
 */
function readCuratedFields(existing: Data, file: string): FieldNote[] {
  const list = existing.curated;
  if (!Array.isArray(list)) return [];
  const curated = list.filter(
    (item): item is FieldNote => isRecord(item) && typeof item.field === 'string' && typeof item.reason === 'string',
  );
  for (const { field } of curated) {
    const path = field.split('.');
    const intoList = path.findIndex((_, i) => i < path.length - 1 && Array.isArray(getPath(existing, path.slice(0, i + 1))));
    if (intoList >= 0) {
      const list = path.slice(0, intoList + 1).join('.');
      throw new IngestError(file, `curated field "${field}" points inside the list "${list}"; curate the whole list instead`);
    }
  }
  return curated;
}

/**
 * Carries curated values from `existing` into `generated`, keeps the curated list, and drops
 * review flags the curation answered (a flag on `title` is answered by curating `title.en` too).
 */
export function applyCuratedFields(generated: Data, existing: Data, file: string): Data {
  const curated = readCuratedFields(existing, file);
  if (curated.length === 0) return generated;
  let merged = generated;
  for (const { field } of curated) {
    merged = setPath(merged, field.split('.'), getPath(existing, field.split('.')));
  }
  const answered = (flag: string) => curated.some(({ field }) => fieldPathsOverlap(field, flag));
  const review = Array.isArray(merged.review)
    ? merged.review.filter((flag) => !(isRecord(flag) && typeof flag.field === 'string' && answered(flag.field)))
    : merged.review;
  return { ...merged, review, curated };
}
