import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { afterAll, describe, expect, it } from 'vitest';
import { childrenCpuMs, processTreeRss } from '../../../scripts/bench/process-tree-memory.ts';

const HOLD_BYTES = 200 * 1024 * 1024;
let child: ChildProcess | undefined;
afterAll(() => child?.kill());

describe('processTreeRss', () => {
  it('counts the memory a child process holds in its parent’s tree', async () => {
    const before = processTreeRss(process.pid).total;
    // A child that touches 200 MB and says so, then waits to be killed.
    child = spawn(process.execPath, ['-e', `const b = Buffer.alloc(${HOLD_BYTES}, 1); console.log('ready'); setInterval(() => b[0]++, 1000);`], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    await once(child.stdout!, 'data');
    expect(processTreeRss(child.pid!).total).toBeGreaterThan(HOLD_BYTES);
    const tree = processTreeRss(process.pid);
    expect(tree.total - before).toBeGreaterThan(HOLD_BYTES * 0.9);
    expect(tree.largest).toBeGreaterThan(HOLD_BYTES);
    expect(tree.largest).toBeLessThan(tree.total);
  });

  it('gives 0 for a process that does not exist', () => {
    expect(processTreeRss(2 ** 22 + 7)).toEqual({ total: 0, largest: 0 });
  });
});

describe('childrenCpuMs', () => {
  it('is a whole number of clock ticks that never decreases', () => {
    const first = childrenCpuMs();
    expect(first % 10).toBe(0);
    expect(childrenCpuMs()).toBeGreaterThanOrEqual(first);
  });
});
