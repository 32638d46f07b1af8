/**
 * Indexes the built site with Pagefind once Astro has written `dist/`, the way Starlight does:
 * through Pagefind's Node API rather than a CLI step, so a failed index fails `astro build`.
 *
 * Only pages marking their content with `data-pagefind-body` (the entry pages) are indexed, and
 * Pagefind keeps one index per `<html lang>`, so each language's search page searches its pages.
 *
 * Two indexes are written. The main one (`/pagefind/`) holds each entry page without the full
 * text of a study; the other (`/pagefind-full-text/`) holds only those full texts. A full thesis is
 * tens of times longer than its record, and a query downloads each of its words' lists of pages:
 * with the full texts in the main index those lists carried them all (at 10,000 generated entries,
 * four fifths of the study text). The search page searches the full texts when the reader asks,
 * or when the records find nothing.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { LOCALE_LIST } from '../lib/i18n/locales.ts';
import { collectionUrl, COLLECTIONS, FULL_TEXT_BUNDLE, PAGEFIND_BUNDLE } from '../lib/urls.ts';

/**
 * The attributes a study page marks its full text with: the section (a child of the page's
 * `<article>`) and, inside it, the text itself, without the section's heading and contents list.
 */
export const FULL_TEXT_SECTION = 'data-full-text-section';
export const FULL_TEXT = 'data-full-text';

/** What the main index leaves out: the full texts. */
export const RECORD_EXCLUDES: readonly string[] = [`[${FULL_TEXT}]`];

/**
 * What the full-text index leaves out: everything on the page but the full text. Pagefind still
 * reads the page's metadata and filters from the parts it leaves out, so a full-text result has
 * its title, year and kind like any other.
 */
export const FULL_TEXT_EXCLUDES: readonly string[] = [
  '[data-pagefind-body] > :not(article)',
  `[data-pagefind-body] > article > :not([${FULL_TEXT_SECTION}])`,
  `[${FULL_TEXT_SECTION}] > :not([${FULL_TEXT}])`,
];

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

/** A built page: its address and its HTML. */
export interface BuiltPage {
  url: string;
  html: string;
}

/** The study pages of both languages in `distDir` that show a full text. */
export function fullTextPages(distDir: string): BuiltPage[] {
  return LOCALE_LIST.flatMap((locale) => {
    const url = collectionUrl(locale, 'studies');
    const folder = path.join(distDir, url);
    let names: string[];
    try {
      names = readdirSync(folder);
    } catch {
      return [];
    }
    return names.flatMap((name) => {
      let html: string;
      try {
        html = readFileSync(path.join(folder, name, 'index.html'), 'utf8');
      } catch {
        return [];
      }
      return html.includes(` ${FULL_TEXT_SECTION}`) ? [{ url: `${url}${name}/`, html }] : [];
    });
  });
}

/** Throws with every message Pagefind reported, if it reported any. */
function assertNoErrors(step: string, errors: readonly string[]): void {
  if (errors.length > 0) throw new Error(`Pagefind ${step} failed:\n${errors.join('\n')}`);
}

type PagefindModule = typeof import('pagefind');

/**
 * Writes one index into `dist/<bundle>`, of the files a glob names or of pages read already.
 * Returns how many files Pagefind read.
 */
async function writeIndex(
  pagefind: PagefindModule,
  outDir: string,
  bundle: string,
  excludeSelectors: readonly string[],
  pages: { glob: string } | { read: readonly BuiltPage[] },
): Promise<number> {
  const { index, errors } = await pagefind.createIndex({ excludeSelectors: [...excludeSelectors] });
  assertNoErrors('createIndex', errors);
  if (!index) throw new Error('Pagefind createIndex returned no index');
  let count = 0;
  if ('glob' in pages) {
    const added = await index.addDirectory({ path: outDir, glob: pages.glob });
    assertNoErrors('addDirectory', added.errors);
    count = added.page_count;
  } else {
    for (const page of pages.read) {
      const added = await index.addHTMLFile({ url: page.url, content: page.html });
      assertNoErrors(`addHTMLFile ${page.url}`, added.errors);
      count++;
    }
  }
  const written = await index.writeFiles({ outputPath: path.join(outDir, bundle) });
  assertNoErrors('writeFiles', written.errors);
  return count;
}

/** An Astro integration that writes both Pagefind indexes, each with its UI bundle, into `dist/`. */
export default function pagefind(): AstroIntegration {
  return {
    name: 'lintas:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        // Loaded here so that `astro dev` never starts Pagefind's binary.
        const api = await import('pagefind');
        const outDir = fileURLToPath(dir);
        try {
          const records = await writeIndex(api, outDir, PAGEFIND_BUNDLE, RECORD_EXCLUDES, { glob: searchablePagesGlob() });
          const fullTexts = await writeIndex(api, outDir, FULL_TEXT_BUNDLE, FULL_TEXT_EXCLUDES, { read: fullTextPages(outDir) });
          // Pagefind counts the files it read, forwarding pages included; the bench reads "indexed".
          logger.info(`indexed the entry pages (${records} files read) and the full texts of ${fullTexts}`);
        } finally {
          await api.close();
        }
      },
    },
  };
}
