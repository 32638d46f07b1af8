import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { storeIsOneFile, storeModuleSource } from '../../src/integrations/data-store-from-file.ts';

/** Writes `store` to a file in `dir` and the module reading it beside; returns the module's path. */
function writeStoreModule(dir: string, store: unknown): string {
  const storePath = join(dir, 'data-store.json');
  writeFileSync(storePath, stringify(store));
  const modulePath = join(dir, 'store.mjs');
  writeFileSync(modulePath, storeModuleSource(storePath));
  return modulePath;
}

describe('storeModuleSource', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('collects garbage before and after reading the store when Node exposes gc', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
    try {
      const collect = vi.fn();
      vi.stubGlobal('gc', collect);
      const modulePath = writeStoreModule(dir, new Map([['news', new Map()]]));
      const loaded = (await import(pathToFileURL(modulePath).href)) as { default: unknown };
      expect(loaded.default).toEqual(new Map([['news', new Map()]]));
      expect(collect).toHaveBeenCalledTimes(2);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives a module whose default export is the store written to the file, as Maps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
    try {
      const entry = { id: 'x', data: { title: 'Kalimat "kutipan" \\ dan \u2028 baris' }, rendered: { html: '<p>é</p>' } };
      const store = new Map([['studies', new Map([['x', entry]])]]);
      const modulePath = writeStoreModule(dir, store);
      expect(readFileSync(modulePath, 'utf8')).not.toContain('studies');
      const loaded = (await import(pathToFileURL(modulePath).href)) as { default: unknown };
      expect(loaded.default).toBeInstanceOf(Map);
      expect(loaded.default).toEqual(store);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('storeIsOneFile', () => {
  it("is true for Astro's default layout and false for the chunked one", () => {
    expect(storeIsOneFile(undefined)).toBe(true);
    expect(storeIsOneFile('single-file')).toBe(true);
    expect(storeIsOneFile('chunked')).toBe(false);
    expect(storeIsOneFile({ chunkSize: 1024 })).toBe(false);
  });
});
