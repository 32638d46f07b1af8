/**
 * Indexes the built site with Pagefind once Astro has written `dist/`, the way Starlight does:
 * through Pagefind's Node API rather than a CLI step, so a failed index fails `astro build`.
 *
 * Only pages marking their content with `data-pagefind-body` (the entry pages) are indexed, and
 * Pagefind keeps one index per `<html lang>`, so each language's search page searches its pages.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';

/** Throws with every message Pagefind reported, if it reported any. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

/** An Astro integration that writes the Pagefind index and UI bundle into `dist/pagefind/`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'lintas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here so that `astro dev` never starts Pagefind's binary.
        const { createIndex, close } = await import('pagefind');
        const outDir = fileURLToPath(dir);
        try {
          const { index, errors } = await createIndex();
          assertNoErrors('createIndex', errors);
          if (!index) throw new Error('Pagefind createIndex returned no index');
          const added = await index.addDirectory({ path: outDir });
          assertNoErrors('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          assertNoErrors('writeFiles', written.errors);
          logger.info(`indexed ${added.page_count} pages`);
        } finally {
          await close();
        }
      },
    },
  };
}
