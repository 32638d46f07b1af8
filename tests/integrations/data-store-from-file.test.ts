import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { storeModuleFromFile } from '../../src/integrations/data-store-from-file.ts';

/** Astro's module of a store kept in one file, for the store text `text`. */
const inlinedModule = (text: string): string => `export default JSON.parse(${JSON.stringify(text)})`;

describe('storeModuleFromFile', () => {
  it('gives a module that reads the same store from its file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'lintas-store-'));
    try {
      const store = JSON.stringify([['Map', 1, 2], 'studies', { body: 'Kalimat "kutipan" \\ dan \u2028 baris' }]);
      const storePath = join(dir, 'data-store.json');
      writeFileSync(storePath, store);
      const code = storeModuleFromFile(inlinedModule(store), storePath, () => store);
      expect(code).toBeDefined();
      expect(code).not.toContain('studies');
      const modulePath = join(dir, 'store.mjs');
      writeFileSync(modulePath, code!);
      const loaded = (await import(pathToFileURL(modulePath).href)) as { default: unknown };
      expect(loaded.default).toEqual(JSON.parse(store));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves other layouts of the store alone without reading the file', () => {
    const unread = () => {
      throw new Error('read');
    };
    expect(storeModuleFromFile('export default new Map()', '/x/data-store.json', unread)).toBeUndefined();
    expect(storeModuleFromFile('export default{"studies":[(await import("astro:data-layer-content/part-0.json"))]}', '/x/data-store.json', unread)).toBeUndefined();
  });

  it('leaves the module alone when the file no longer holds the text it was made of', () => {
    expect(storeModuleFromFile(inlinedModule('[1]'), '/x/data-store.json', () => '[2]')).toBeUndefined();
  });
});
