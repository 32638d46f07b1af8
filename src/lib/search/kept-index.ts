/**
 * A search index kept from the previous build and used again when the pages it was made from are
 * the same. Pagefind cannot update an index page by page, but an index whose input did not change
 * need not be written again: the full texts change far less often than the records around them.
 *
 * Astro empties `dist/` when a build starts, so the index folder is first moved aside (a rename,
 * never a copy), and after the build moved back if the digest written inside it names the pages
 * of this build; otherwise it is removed and a fresh index is written.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/** A built page: its address and its HTML. */
export interface BuiltPage {
  url: string;
  html: string;
}

/** The file, inside an index folder, holding the digest of the pages and settings it was made from. */
export const PAGES_DIGEST_FILE = 'pages.sha256';

/**
 * One digest of `pages` (in any order) and of the `settings` an index of them is written with
 * (such as Pagefind's version and the selectors it leaves out). Each page is hashed as it comes,
 * so the pages need never be in memory together.
 */
export function pagesDigest(pages: Iterable<BuiltPage>, settings: unknown): string {
  const perPage: string[] = [];
  // Lengths first, so that no two different lists of pages run together into the same bytes.
  for (const { url, html } of pages) perPage.push(`${url.length}:${url}${createHash('sha256').update(html).digest('hex')}`);
  perPage.sort();
  const hash = createHash('sha256').update(JSON.stringify(settings));
  for (const page of perPage) hash.update(`\n${page}`);
  return hash.digest('hex');
}

/** Moves the index folder `indexDir`, if there is one, to `keptDir`, replacing what was kept before. */
export function setIndexAside(indexDir: string, keptDir: string): void {
  rmSync(keptDir, { recursive: true, force: true });
  if (!existsSync(indexDir)) return;
  mkdirSync(dirname(keptDir), { recursive: true });
  renameSync(indexDir, keptDir);
}

/** Writes `digest` into the index folder `indexDir`, naming what the index was made from. */
export function writePagesDigest(indexDir: string, digest: string): void {
  writeFileSync(join(indexDir, PAGES_DIGEST_FILE), `${digest}\n`);
}

/**
 * Moves the index kept in `keptDir` back to `indexDir` if it was made from pages and settings of
 * digest `digest`, and says whether it did; a kept index of other pages is removed.
 */
export function restoreKeptIndex(keptDir: string, indexDir: string, digest: string): boolean {
  let kept: string | undefined;
  try {
    kept = readFileSync(join(keptDir, PAGES_DIGEST_FILE), 'utf8').trim();
  } catch {
    kept = undefined;
  }
  if (kept !== digest || existsSync(indexDir)) {
    rmSync(keptDir, { recursive: true, force: true });
    return false;
  }
  mkdirSync(dirname(indexDir), { recursive: true });
  renameSync(keptDir, indexDir);
  return true;
}
