/**
 * A small seeded random number generator (mulberry32), so that every benchmark run generates the
 * same inputs and figures from different runs compare like with like.
 */

/** A source of deterministic random choices. */
export interface SeededRandom {
  /** A number in [0, 1). */
  next(): number;
  /** One element of `items`. */
  pick<T>(items: readonly T[]): T;
  /** An integer in [min, max]. */
  between(min: number, max: number): number;
}

/** Returns a generator whose sequence depends only on `seed`. */
export function createSeededRandom(seed: number): SeededRandom {
  let state = seed >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    pick: (items) => items[Math.floor(next() * items.length)]!,
    between: (min, max) => min + Math.floor(next() * (max - min + 1)),
  };
}
