import { describe, expect, it } from 'vitest';
import { sleepSync } from '../../../src/lib/ingest/sleep-sync.ts';

describe('sleepSync', () => {
  it('blocks the thread for at least the time given', () => {
    const started = performance.now();
    let timerRan = false;
    setTimeout(() => (timerRan = true), 0);
    sleepSync(50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(49);
    // Blocking, not yielding: the timer due meanwhile has not run yet.
    expect(timerRan).toBe(false);
  });
});
