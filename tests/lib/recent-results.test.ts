import { describe, expect, it } from 'vitest';
import { rememberRecent } from '../../src/lib/recent-results.ts';

/** A function that records each argument it is really called with. */
function counted() {
  const calls: number[] = [];
  const square = (n: number): number => {
    calls.push(n);
    return n * n;
  };
  return { calls, square };
}

describe('rememberRecent', () => {
  it('computes each key once while it is among the last `size`', () => {
    const { calls, square } = counted();
    const remembered = rememberRecent(square, String, 2);
    expect([1, 1, 2, 1, 2].map(remembered)).toEqual([1, 1, 4, 1, 4]);
    expect(calls).toEqual([1, 2]);
  });

  it('forgets the oldest key once more than `size` were asked for', () => {
    const { calls, square } = counted();
    const remembered = rememberRecent(square, String, 2);
    [1, 2, 3, 1].forEach(remembered);
    expect(calls).toEqual([1, 2, 3, 1]);
  });

  it('tells arguments apart by the key alone', () => {
    const { calls, square } = counted();
    const remembered = rememberRecent(square, (n) => String(n % 2), 4);
    expect([2, 4].map(remembered)).toEqual([4, 4]);
    expect(calls).toEqual([2]);
  });

  it('remembers results that are undefined', () => {
    let runs = 0;
    const nothing = rememberRecent((_: string): undefined => void (runs += 1), (key) => key, 1);
    nothing('a');
    nothing('a');
    expect(runs).toBe(1);
  });

  it('refuses a memory of no results', () => {
    expect(() => rememberRecent(String, String, 0)).toThrow(/at least one/);
  });
});
