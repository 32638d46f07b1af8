/**
 * Hand-completed fields survive re-ingestion: an entry's `curated` list names fields (dotted
 * paths such as `year` or `title.en`) that a person filled in or corrected, and the ingest copies
 * their values from the existing entry into what it regenerates.
 */

type Data = Record<string, unknown>;

export interface CuratedField {
  field: string;
  reason: string;
}

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

/** Reads the `curated` list of an existing entry, ignoring malformed items. */
export function readCuratedFields(existing: Data): CuratedField[] {
  const list = existing.curated;
  if (!Array.isArray(list)) return [];
  return list.filter(
    (item): item is CuratedField => isRecord(item) && typeof item.field === 'string' && typeof item.reason === 'string',
  );
}

/**
 * Carries curated values from `existing` into `generated`, keeps the curated list, and drops
 * review flags the curation answered (a flag on `title` is answered by curating `title.en` too).
 */
export function applyCuratedFields(generated: Data, existing: Data): Data {
  const curated = readCuratedFields(existing);
  if (curated.length === 0) return generated;
  let merged = generated;
  for (const { field } of curated) {
    merged = setPath(merged, field.split('.'), getPath(existing, field.split('.')));
  }
  const answered = (flag: string) =>
    curated.some(({ field }) => field === flag || field.startsWith(`${flag}.`) || flag.startsWith(`${field}.`));
  const review = Array.isArray(merged.review)
    ? merged.review.filter((flag) => !(isRecord(flag) && typeof flag.field === 'string' && answered(flag.field)))
    : merged.review;
  return { ...merged, review, curated };
}
