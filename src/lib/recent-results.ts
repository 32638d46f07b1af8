/**
 * Keeps the results of a function for its last few distinct arguments. An entry's pages in both
 * locales are rendered one after the other and ask the same questions of the same entry, so a
 * short memory answers the second page; remembering every entry would hold the whole corpus's
 * results in memory all build long.
 */

/**
 * `compute`, answering from the results of its last `size` distinct keys (`keyOf` of the
 * arguments) and computing the others. The oldest result is forgotten first.
 */
export function rememberRecent<A extends unknown[], R>(compute: (...args: A) => R, keyOf: (...args: A) => string, size: number): (...args: A) => R {
  if (!(Number.isInteger(size) && size >= 1)) throw new Error(`A memory of recent results holds at least one, got ${size}`);
  const recent = new Map<string, R>();
  return (...args: A): R => {
    const key = keyOf(...args);
    if (recent.has(key)) return recent.get(key) as R;
    const result = compute(...args);
    recent.set(key, result);
    // A Map iterates in insertion order: the first key is the oldest.
    if (recent.size > size) recent.delete(recent.keys().next().value as string);
    return result;
  };
}
