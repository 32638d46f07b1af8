/**
 * Lets go of the content store that Astro's content layer keeps after a build has synced it.
 *
 * A build syncs the collections into a store, writes it to a file and leaves the content layer
 * that made it (with the store, every entry's rendered HTML and its parsed Markdown headings
 * among it) in a module-level singleton, which only the dev server uses again. The pages are
 * rendered from a second copy, read from the file (`data-store-from-file.ts`), so until now the
 * store sat in memory twice through page generation. Astro exports no way to drop it; the
 * singleton is reached in Astro's own module, and if a later Astro moves it the build goes on
 * with a warning, holding the store twice as before.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { AstroIntegration } from 'astro';

/** What the integration needs of Astro's content-layer singleton. */
export interface ContentLayerHolder {
  dispose(): void;
}

/** Astro's module holding the singleton, relative to its package folder. */
const SINGLETON_MODULE = 'dist/content/instance.js';

function isHolder(value: unknown): value is ContentLayerHolder {
  return typeof value === 'object' && value !== null && typeof (value as ContentLayerHolder).dispose === 'function';
}

/** The singleton of the installed Astro, or undefined if it is no longer where this expects it. */
export async function astroContentLayer(): Promise<ContentLayerHolder | undefined> {
  try {
    const astroDir = dirname(createRequire(import.meta.url).resolve('astro/package.json'));
    const module = (await import(pathToFileURL(join(astroDir, SINGLETON_MODULE)).href)) as { globalContentLayer?: unknown };
    return isHolder(module.globalContentLayer) ? module.globalContentLayer : undefined;
  } catch {
    return undefined;
  }
}

/** The integration: once the build starts (after the sync), the content layer is disposed of. */
export default function releaseContentLayer(find: () => Promise<ContentLayerHolder | undefined> = astroContentLayer): AstroIntegration {
  return {
    name: 'lintas:release-content-layer',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        const holder = await find();
        if (holder) holder.dispose();
        else logger.warn(`Astro's content layer was not found at astro/${SINGLETON_MODULE}; the build keeps its store in memory`);
      },
    },
  };
}
