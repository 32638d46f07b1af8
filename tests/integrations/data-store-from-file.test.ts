import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { stringify } from 'devalue';
import { describe, expect, it } from 'vitest';
import { storeIsOneFile, storeModuleSource } from '../../src/integrations/data-store-from-file.ts';

describe('storeModuleSource', () => {
  it('gives a module whose default export is the store written to the file, as Maps', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
    try {
      const entry = { id: 'x', data: { title: 'Kalimat "kutipan" \\ dan \u2028 baris' }, rendered: { html: '<p>é</p>' } };
      const store = new Map([['studies', new Map([['x', entry]])]]);
      const storePath = join(dir, 'data-store.json');
      writeFileSync(storePath, stringify(store));
      const code = storeModuleSource(storePath);
      expect(code).not.toContain('studies');
      const modulePath = join(dir, 'store.mjs');
      writeFileSync(modulePath, code);
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
