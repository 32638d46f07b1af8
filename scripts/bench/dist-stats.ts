/** Figures of a built `dist/`: how many pages and how many bytes, the search index's among them. */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { searchBundleUrl } from '../../src/lib/urls.ts';

/**
 * Page count and total size of a build output folder, and the size of its Pagefind indexes of the
 * entries' records, every language's together (the full-text indexes are left out: a query only
 * reaches them when asked).
 */
export function distTotals(distDir: string): { pages: number; bytes: number; searchIndexBytes: number } {
  let pages = 0;
  let bytes = 0;
  let searchIndexBytes = 0;
  const searchDirs = LOCALE_LIST.map((locale) => join(distDir, searchBundleUrl(locale, 'records')));
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    bytes += size;
    if (entry.name.endsWith('.html')) pages++;
    if (searchDirs.some((dir) => path.startsWith(dir))) searchIndexBytes += size;
  }
  return { pages, bytes, searchIndexBytes };
}

/** Every file under `dir` by its path relative to it, with a digest of its bytes. */
function fileDigests(dir: string): Map<string, string> {
  const digests = new Map<string, string>();
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    digests.set(relative(dir, path), createHash('sha256').update(readFileSync(path)).digest('hex'));
  }
  return digests;
}

/** The files that differ between two build outputs: in one only, or with other bytes; sorted. */
export function differingFiles(dirA: string, dirB: string): string[] {
  const a = fileDigests(dirA);
  const b = fileDigests(dirB);
  const paths = new Set([...a.keys(), ...b.keys()]);
  return [...paths].filter((path) => a.get(path) !== b.get(path)).sort();
}
