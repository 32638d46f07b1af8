/**
 * How `scripts/build.ts` starts Astro's process: the Node options and the environment that keep
 * its memory near what it holds live. Measured on clean builds of 3,000 generated entries, where
 * the heap held 200-250 MB live after each full collection while V8, with its memory limit of
 * about 4 GB, let it grow to 700-930 MB of garbage before collecting (see README, "Performance").
 */

/**
 * The old generation may grow to 1.5 times what the last full collection left live before the
 * next one, instead of V8's own factor of up to 4: the heap follows the corpus (no fixed limit
 * for a large corpus to reach) and holds at most half as much garbage as live data.
 */
export const HEAP_GROWING_PERCENT = 50;

/** Options in `NODE_OPTIONS` that size V8's heap (V8 reads `_` as `-` in them). */
const HEAP_SIZE_OPTION = /(^|\s)--(max-old-space-size|max-semi-space-size|max-heap-size)(=|\s|$)/;

/**
 * Node's command-line options for Astro's process, given the caller's `NODE_OPTIONS`: `gc` exposed
 * for the content store's module (`src/integrations/data-store-from-file.ts`), and the heap's
 * growth limited unless those options size the heap themselves, so that the caller's heap
 * settings alone decide.
 */
export function astroNodeOptions(callerNodeOptions: string | undefined): string[] {
  const callerSizesHeap = HEAP_SIZE_OPTION.test((callerNodeOptions ?? '').replaceAll('_', '-'));
  return ['--expose-gc', ...(callerSizesHeap ? [] : [`--heap-growing-percent=${HEAP_GROWING_PERCENT}`])];
}

/**
 * The environment of Astro's process: the caller's, with two allocator settings it does not set.
 * - glibc gives threads that allocate memory arenas of their own and seldom returns what they
 *   free; limited to two arenas, Astro's process (whose bundler runs worker threads) peaked
 *   100-170 MB lower in a pair of builds at 1,000 and at 3,000 entries.
 * - The bundler (Rolldown) and Astro's compiler allocate with mimalloc, which by default gives
 *   freed pages back to the system only on a later allocation after a delay; both are idle once
 *   the pages render, so what they freed stayed resident (about 290 MB at 3,000 entries).
 *   Given back at once, their memory there was about 180 MB.
 * Other C libraries ignore these variables.
 */
export function astroEnvironment(callerEnvironment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return { MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0', ...callerEnvironment };
}
