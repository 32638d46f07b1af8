/**
 * Blocks the thread for `ms` milliseconds. The ingest is synchronous from start to end, so a
 * wait (for a lock, or a test's pause between writes) blocks rather than yields.
 */
export function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}
