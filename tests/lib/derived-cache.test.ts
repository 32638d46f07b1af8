import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { buildDerivedCache, builtModuleDigest, noDerivedCache, openDerivedCache } from '../../src/lib/derived-cache.ts';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'lintas-derived-cache-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('openDerivedCache', () => {
  it('gives back what the previous build recorded for an entry of the same digest', () => {
    const file = join(dir, 'cache.json');
    const first = openDerivedCache<number[]>(file, 'v1');
    expect(first.get('studies/a', 'd1')).toBeUndefined();
    first.set('studies/a', 'd1', [1, 2]);
    first.save();
    const second = openDerivedCache<number[]>(file, 'v1');
    expect(second.get('studies/a', 'd1')).toEqual([1, 2]);
    expect(second.hits).toBe(1);
  });

  it('gives nothing for a changed entry, another version or an unknown key', () => {
    const file = join(dir, 'cache.json');
    const first = openDerivedCache<string>(file, 'v1');
    first.set('studies/a', 'd1', 'a');
    first.save();
    expect(openDerivedCache<string>(file, 'v1').get('studies/a', 'd2')).toBeUndefined();
    expect(openDerivedCache<string>(file, 'v2').get('studies/a', 'd1')).toBeUndefined();
    expect(openDerivedCache<string>(file, 'v1').get('toString', 'd1')).toBeUndefined();
  });

  it('keeps only the entries recorded in the last build', () => {
    const file = join(dir, 'cache.json');
    const first = openDerivedCache<string>(file, 'v1');
    first.set('studies/a', 'd1', 'a');
    first.set('studies/b', 'd1', 'b');
    first.save();
    const second = openDerivedCache<string>(file, 'v1');
    second.set('studies/a', 'd1', 'a');
    second.save();
    expect(openDerivedCache<string>(file, 'v1').get('studies/b', 'd1')).toBeUndefined();
  });

  it('starts empty from a file that is not JSON', () => {
    const file = join(dir, 'cache.json');
    writeFileSync(file, '{"version":');
    expect(openDerivedCache<string>(file, 'v1').get('studies/a', 'd1')).toBeUndefined();
  });
});

describe('noDerivedCache', () => {
  it('keeps nothing', () => {
    const cache = noDerivedCache<string>();
    cache.set('studies/a', 'd1', 'a');
    cache.save();
    expect(cache.get('studies/a', 'd1')).toBeUndefined();
  });
});

describe('builtModuleDigest', () => {
  const write = (name: string, code: string) => {
    mkdirSync(join(dir, 'chunks'), { recursive: true });
    writeFileSync(join(dir, 'chunks', name), code);
  };

  it('follows the relative imports, static and dynamic, and changes with any module it reaches', async () => {
    write('entry.mjs', "import { a } from './a.mjs';\nimport 'node:fs';\nexport const b = () => import('./b.mjs');\n");
    write('a.mjs', "import { c } from './c.mjs';\nexport const a = c;\n");
    write('b.mjs', 'export default 1;\n');
    write('c.mjs', 'export const c = 1;\n');
    write('manifest.mjs', 'export const key = "one";\n');
    const entry = join(dir, 'chunks', 'entry.mjs');
    const before = await builtModuleDigest(entry);
    write('manifest.mjs', 'export const key = "two";\n');
    expect(await builtModuleDigest(entry)).toBe(before);
    write('c.mjs', 'export const c = 2;\n');
    const changed = await builtModuleDigest(entry);
    expect(changed).not.toBe(before);
    write('b.mjs', 'export default 2;\n');
    expect(await builtModuleDigest(entry)).not.toBe(changed);
  });

  it('reads a module imported twice once, and ends on import cycles', async () => {
    write('entry.mjs', "import './a.mjs';\nimport './b.mjs';\n");
    write('a.mjs', "import './b.mjs';\nimport './entry.mjs';\n");
    write('b.mjs', "import './a.mjs';\n");
    expect(await builtModuleDigest(join(dir, 'chunks', 'entry.mjs'))).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('buildDerivedCache', () => {
  it('keeps nothing outside a production build, where the code is not built page code', async () => {
    const cache = await buildDerivedCache<string>('test', pathToFileURL(join(dir, 'content.ts')).href, []);
    cache.set('studies/a', 'd1', 'a');
    cache.save();
    expect(cache.get('studies/a', 'd1')).toBeUndefined();
    expect(() => readFileSync(join(process.cwd(), 'node_modules', '.astro', 'lintas-test.json'))).toThrow();
  });
});
