/**
 * `npm run build [-- ASTRO BUILD OPTIONS]`: builds the site in the current folder with
 * `astro build` (options such as `--force` passed on), then writes its Pagefind indexes into
 * `dist/pagefind/` and `dist/pagefind-full-text/`. Astro runs in a child process that has exited,
 * its memory released, before Pagefind starts: indexed from inside Astro's last hook, the build's
 * peak memory was the sum of both. The full-text index is set aside before Astro empties `dist/`
 * and used again if its pages did not change (`src/lib/search/kept-index.ts`), unless `--force`.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { setIndexAside } from '../src/lib/search/kept-index.ts';
import { writeSearchIndex } from '../src/lib/search/search-index.ts';
import { FULL_TEXT_BUNDLE } from '../src/lib/urls.ts';
import { astroEnvironment, astroNodeOptions } from './astro-process.ts';
import { fail } from './cli.ts';

const project = process.cwd();
const dist = join(project, 'dist');
const astroArguments = process.argv.slice(2);
// Beside Astro's own caches, so that removing them (as the benchmark does for a clean build) removes it too.
const keptFullTextIndex = join(project, 'node_modules/.astro/lintas-kept-full-text-index');
const reuse = !astroArguments.includes('--force');
if (reuse) setIndexAside(join(dist, FULL_TEXT_BUNDLE), keptFullTextIndex);
else rmSync(keptFullTextIndex, { recursive: true, force: true });
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
const { filesRead, fullTexts, fullTextKept } = await writeSearchIndex(dist, reuse ? keptFullTextIndex : undefined);
console.log(`[search-index] indexed the entry pages (${filesRead} files read) and ${fullTexts} full texts${fullTextKept ? ' (unchanged: index kept)' : ''} in ${((performance.now() - started) / 1000).toFixed(2)} s`);
