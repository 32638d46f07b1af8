/**
 * Dotted field paths as review flags, curated lists and legal caveats name them: `title`,
 * `title.en`, `keywords.id`. One path is inside another when it is the same path or starts with
 * it followed by a dot, so `title.en` is inside `title` but `titles` is not.
 */

/** The first segment of a dotted path: `title` for `title.en`, the path itself when undotted. */
export function topLevelField(path: string): string {
  const dot = path.indexOf('.');
  return dot === -1 ? path : path.slice(0, dot);
}

/** Whether `path` names `field` itself or one of its sub-fields (`title.en` is within `title`). */
export function isWithinField(path: string, field: string): boolean {
  return path === field || path.startsWith(`${field}.`);
}

/**
 * Whether two paths touch the same value: one is within the other. A flag on `title` concerns
 * `title.en`, and a flag on `title.en` concerns `title`; `title.id` and `title.en` do not overlap.
 */
export function fieldPathsOverlap(a: string, b: string): boolean {
  return isWithinField(a, b) || isWithinField(b, a);
}
