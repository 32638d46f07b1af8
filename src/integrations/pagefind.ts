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
import { LOCALE_LIST } from '../lib/i18n/locales.ts';
import { collectionUrl, COLLECTIONS } from '../lib/urls.ts';

/**
 * The built files Pagefind reads, relative to `dist/`: every entry page of every collection in
 * both languages (`studies/<id>/index.html`, `en/legal/<id>/index.html`, ...), the only pages
 * carrying `data-pagefind-body`. Pagefind would otherwise parse every page of the site (about
 * three times as many, and 28 % more bytes) only to drop those without it. Other files the glob
 * meets, such as a moved entry's forwarding page, still lack the attribute and stay out.
 */
export function searchablePagesGlob(): string {
  const folders = LOCALE_LIST.flatMap((locale) => COLLECTIONS.map((collection) => collectionUrl(locale, collection).slice(1, -1)));
  return `{${folders.join(',')}}/*/index.html`;
}

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
          const added = await index.addDirectory({ path: outDir, glob: searchablePagesGlob() });
          assertNoErrors('addDirectory', added.errors);
          const written = await index.writeFiles({ outputPath: path.join(outDir, 'pagefind') });
          assertNoErrors('writeFiles', written.errors);
          // Pagefind counts the files it read, forwarding pages included; the bench reads "indexed".
          logger.info(`indexed the entry pages (${added.page_count} files read)`);
        } finally {
          await close();
        }
      },
    },
  };
}
