/**
 * Makes the page code of a build read Astro's content store from its file instead of carrying it.
 *
 * Astro bundles the store into the code that renders the pages as one module,
 * `export default JSON.parse("<the whole store as a string literal>")`. Making that module cost
 * the build the store's text four times over at once (read, parsed to check it, quoted as code,
 * then read again by Vite), and Node kept the module's source and literal all build long beside
 * the parsed store. The module made here instead is a few lines that read the file when the pages
 * are rendered and rebuild the store's `Map`s from it, so the flat parsed form is dropped at once
 * and only the store itself stays.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Vite gives the store's module once resolved (Astro's `astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The store's file in Astro's cache folder, where a build writes it after syncing the content. */
const DATA_STORE_FILE = 'data-store.json';

/**
 * Whether Astro keeps the store in one file (its default), the only layout made here: the
 * chunked layout (`experimental.collectionStorage`) is left as Astro makes it.
 */
export function storeIsOneFile(collectionStorage: unknown): boolean {
  return collectionStorage === undefined || collectionStorage === 'single-file';
}

/**
 * The store's module: it reads `storePath` (devalue's flat JSON, as Astro writes it) and gives
 * the store as the `Map` Astro's runtime takes as is. While it is made, the file's text (two bytes
 * a character once one character is not Latin-1), its flat parsed form and devalue's array of
 * rebuilt values (each about twice the file's size) are held at once, on top of what the sync and
 * the bundling left; at 10,000 entries that was Astro's peak. So when Node exposes `gc`
 * (`scripts/build.ts` starts Astro with `--expose-gc`), the module collects that garbage before
 * reading the file, and the text and flat forms after.
 */
export function storeModuleSource(storePath: string): string {
  return [
    "import { readFileSync } from 'node:fs';",
    "import { unflatten } from 'devalue';",
    'globalThis.gc?.();',
    `const store = unflatten(JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8')));`,
    'globalThis.gc?.();',
    'export default store;',
    '',
  ].join('\n');
}

/** The integration: in a build only, the store's module reads its file (see the module comment). */
export default function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'lintas:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        const experimental = config.experimental as { collectionStorage?: unknown };
        if (command !== 'build' || !storeIsOneFile(experimental.collectionStorage)) return;
        const storePath = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lintas:data-store-from-file',
                apply: 'build',
                // Before Astro's own loader of the module, which would read and quote the whole store.
                load: {
                  order: 'pre',
                  handler(id) {
                    // Without a file Astro gives an empty store; its loader still does that.
                    if (id !== DATA_STORE_MODULE_ID || !existsSync(storePath)) return undefined;
                    return { code: storeModuleSource(storePath), map: { mappings: '' } };
                  },
                },
              },
            ],
          },
        });
      },
    },
  };
}
