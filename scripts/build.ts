/**
 * `npm run build [-- ASTRO BUILD OPTIONS]`: builds the site in the current folder with
 * `astro build` (options such as `--force` passed on), then writes its Pagefind indexes into
 * `dist/pagefind/` and `dist/pagefind-full-text/`. Astro runs in a child process that has exited,
 * its memory released, before Pagefind starts: indexed from inside Astro's last hook, the build's
 * peak memory was the sum of both.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { writeSearchIndex } from '../src/lib/search/search-index.ts';
import { fail } from './cli.ts';

const project = process.cwd();
const astro = spawnSync(process.execPath, [join(project, 'node_modules/astro/bin/astro.mjs'), 'build', ...process.argv.slice(2)], {
  cwd: project,
  stdio: 'inherit',
});
if (astro.error) fail(`astro build could not start: ${astro.error.message}`);
if (astro.status !== 0) fail(`astro build failed (exit ${astro.status ?? astro.signal}); no search index written`);

const dist = join(project, 'dist');
const started = performance.now();
console.log(`[search-index] indexing the entry pages of ${dist}`);
const { filesRead, fullTexts } = await writeSearchIndex(dist);
console.log(`[search-index] indexed the entry pages (${filesRead} files read) and ${fullTexts} full texts in ${((performance.now() - started) / 1000).toFixed(2)} s`);
