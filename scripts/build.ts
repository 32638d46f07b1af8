/**
 * `npm run build [-- ASTRO BUILD OPTIONS]`: builds the site in the current folder with
 * `astro build` (options such as `--force` passed on), then writes its Pagefind indexes, two per
 * UI language (`dist/pagefind-id/`, `dist/pagefind-full-text-id/`, and the same with `-en`).
 * Astro runs in a child process that has exited, its memory released, before Pagefind starts:
 * indexed from inside Astro's last hook, the build's peak memory was the sum of both. The
 * full-text indexes are set aside before Astro empties `dist/` and each used again if its pages
 * did not change (`src/lib/search/kept-index.ts`), unless `--force`.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setFullTextIndexesAside, writeSearchIndex } from '../src/lib/search/search-index.ts';
import { astroEnvironment, astroNodeOptions } from './astro-process.ts';
import { fail } from './cli.ts';

const project = process.cwd();
const dist = join(project, 'dist');
const astroArguments = process.argv.slice(2);
// Beside Astro's own caches, so that removing them (as the benchmark does for a clean build) removes it too.
const keptFullTextIndexes = join(project, 'node_modules/.astro/lintas-kept-full-text-indexes');
const reuse = !astroArguments.includes('--force');
if (reuse) setFullTextIndexesAside(dist, keptFullTextIndexes);
else rmSync(keptFullTextIndexes, { recursive: true, force: true });
// Its heap growth and memory allocators are set in `astro-process.ts`; the caller's settings win.
const astro = spawnSync(process.execPath, [...astroNodeOptions(process.env.NODE_OPTIONS), join(project, 'node_modules/astro/bin/astro.mjs'), 'build', ...astroArguments], {
  cwd: project,
  stdio: 'inherit',
  env: astroEnvironment(process.env),
});
if (astro.error) fail(`astro build could not start: ${astro.error.message}`);
if (astro.status !== 0) fail(`astro build failed (exit ${astro.status ?? astro.signal}); no search index written`);

const started = performance.now();
console.log(`[search-index] indexing the entry pages of ${dist}`);
const reports = await writeSearchIndex(dist, reuse ? keptFullTextIndexes : undefined);
for (const { locale, filesRead, fullTexts, fullTextKept } of reports) {
  console.log(`[search-index] ${locale}: ${filesRead} files read, ${fullTexts} full texts${fullTextKept ? ' (unchanged: index kept)' : ''}`);
}
console.log(`[search-index] indexed the entry pages of ${reports.length} languages in ${((performance.now() - started) / 1000).toFixed(2)} s`);
