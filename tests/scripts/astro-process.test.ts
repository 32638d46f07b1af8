import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { astroEnvironment, astroNodeOptions, HEAP_GROWING_PERCENT } from '../../scripts/astro-process.ts';

describe('astroNodeOptions', () => {
  it('exposes gc and limits the heap growth when the caller sets no heap options', () => {
    const options = ['--expose-gc', `--heap-growing-percent=${HEAP_GROWING_PERCENT}`];
    expect(astroNodeOptions(undefined)).toEqual(options);
    expect(astroNodeOptions('--enable-source-maps --max-old-space-sizes')).toEqual(options);
  });

  it.each(['--max-old-space-size=8192', '--enable-source-maps --max_old_space_size=8192', '--max-semi-space-size=64', '--max-heap-size 4096'])(
    'leaves the heap to the caller whose NODE_OPTIONS hold %s',
    (callerOptions) => {
      expect(astroNodeOptions(callerOptions)).toEqual(['--expose-gc']);
    },
  );

  it('gives options that this Node accepts', () => {
    const run = spawnSync(process.execPath, [...astroNodeOptions(undefined), '-e', "process.stdout.write(typeof gc)"], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    expect(run.stdout).toBe('function');
    expect(run.status).toBe(0);
  });
});

describe('astroEnvironment', () => {
  it('sets the allocator variables the caller leaves unset and keeps the rest', () => {
    const env = astroEnvironment({ PATH: '/bin' });
    expect(env).toEqual({ PATH: '/bin', MALLOC_ARENA_MAX: '2', MIMALLOC_PURGE_DELAY: '0' });
  });

  it("keeps the caller's own allocator settings", () => {
    expect(astroEnvironment({ MALLOC_ARENA_MAX: '8', MIMALLOC_PURGE_DELAY: '10' })).toEqual({ MALLOC_ARENA_MAX: '8', MIMALLOC_PURGE_DELAY: '10' });
  });
});
