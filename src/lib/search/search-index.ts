/**
 * Writes the Pagefind index of a built site into `dist/pagefind/` through Pagefind's Node API.
 * `scripts/build.ts` calls it once `astro build` has exited, so that Pagefind's memory, which
 * peaks while it writes the index, is never added to that of Astro's process.
 *
 * Only pages marking their content with `data-pagefind-body` (the entry pages) are indexed, and
 * Pagefind keeps one index per `<html lang>`, so each language's search page searches its pages.
 */
import path from 'node:path';
import { LOCALE_LIST } from '../i18n/locales.ts';
import { collectionUrl, COLLECTIONS } from '../urls.ts';

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

/**
 * Indexes the searchable pages of the built site in `distDir` and writes the index and Pagefind's
 * UI bundle to `distDir/pagefind/`. Returns how many files Pagefind read (forwarding pages
 * included); throws with Pagefind's messages if any step failed.
 */
export async function writeSearchIndex(distDir: string): Promise<{ filesRead: number }> {
  // Loaded here so that importing the glob never loads Pagefind's binary wrapper.
  const { createIndex, close } = await import('pagefind');
  try {
    const { index, errors } = await createIndex();
    assertNoErrors('createIndex', errors);
    if (!index) throw new Error('Pagefind createIndex returned no index');
    const added = await index.addDirectory({ path: distDir, glob: searchablePagesGlob() });
    assertNoErrors('addDirectory', added.errors);
    const written = await index.writeFiles({ outputPath: path.join(distDir, 'pagefind') });
    assertNoErrors('writeFiles', written.errors);
    return { filesRead: added.page_count };
  } finally {
    await close();
  }
}
