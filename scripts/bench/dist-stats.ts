/** Figures of a built `dist/`: how many pages and how many bytes, the search index's among them. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

/** Page count and total size of a build output folder, and the size of its Pagefind index. */
export function distTotals(distDir: string): { pages: number; bytes: number; searchIndexBytes: number } {
  let pages = 0;
  let bytes = 0;
  let searchIndexBytes = 0;
  const searchDir = join(distDir, 'pagefind') + '/';
  for (const entry of readdirSync(distDir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    const size = statSync(path).size;
    bytes += size;
    if (entry.name.endsWith('.html')) pages++;
    if (path.startsWith(searchDir)) searchIndexBytes += size;
  }
  return { pages, bytes, searchIndexBytes };
}
