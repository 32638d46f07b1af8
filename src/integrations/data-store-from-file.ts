/**
 * Makes the page code of a build read Astro's content store from its file instead of carrying it.
 *
 * Astro bundles the store into the code that renders the pages as one module,
 * `export default JSON.parse("<the whole store as a string literal>")`. Node keeps a module's
 * source for as long as the module lives and the literal with the module's code, so the store sat
 * in memory three times all build long: as source, as literal and as the parsed objects (at 3,000
 * entries 85 + 81 MB of strings beside the store itself). The module made here reads the same
 * file when the pages are rendered, so only the parsed store stays.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** The id Vite gives the store's module once resolved (Astro's `astro:data-layer-content`). */
export const DATA_STORE_MODULE_ID = '\0astro:data-layer-content';

/** The store's file in Astro's cache folder, where a build writes it after syncing the content. */
const DATA_STORE_FILE = 'data-store.json';

/** How Astro's module of a store kept in one file starts; an empty or chunked store looks otherwise. */
const INLINED_STORE_START = 'export default JSON.parse(';

/**
 * A module that reads the store from `storePath` and gives what `code` gives, or undefined when
 * `code` is not the module of exactly the file's text (`readStore`): another layout of the store,
 * such as the chunked one, or a file changed since, is left as Astro made it.
 */
export function storeModuleFromFile(code: string, storePath: string, readStore: () => string): string | undefined {
  if (!code.startsWith(INLINED_STORE_START) || code !== `${INLINED_STORE_START}${JSON.stringify(readStore())})`) return undefined;
  return `import { readFileSync } from 'node:fs';\nexport default JSON.parse(readFileSync(${JSON.stringify(storePath)}, 'utf8'));\n`;
}

/** The integration: in a build only, the store's module reads its file (see the module comment). */
export default function dataStoreFromFile(): AstroIntegration {
  return {
    name: 'lintas:data-store-from-file',
    hooks: {
      'astro:config:setup': ({ config, command, updateConfig }) => {
        if (command !== 'build') return;
        const storePath = fileURLToPath(new URL(DATA_STORE_FILE, config.cacheDir));
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'lintas:data-store-from-file',
                apply: 'build',
                transform(code, id) {
                  if (id !== DATA_STORE_MODULE_ID) return undefined;
                  const replaced = storeModuleFromFile(code, storePath, () => readFileSync(storePath, 'utf8'));
                  return replaced === undefined ? undefined : { code: replaced, map: { mappings: '' } };
                },
              },
            ],
          },
        });
      },
    },
  };
}
