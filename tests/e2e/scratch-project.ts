/**
 * A scratch copy of the project for browser tests that add documents: the bundled content stays
 * as it is, and each test reads what the ingest wrote in its own copy.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { linkModules } from '../../scripts/bench/scratch-project.ts';
import { projectRoot } from './site-server.ts';

/**
 * Copies what a build and an ingest read into a new folder, its packages linked but not the
 * caches inside `node_modules` (Astro's content store and incremental build, the ingest's index),
 * which belong to each project; returns its path.
 */
export function makeScratchProject(prefix: string): string {
  const copy = mkdtempSync(join(tmpdir(), prefix));
  for (const item of ['src', 'content', 'scripts', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    cpSync(join(projectRoot, item), join(copy, item), { recursive: true });
  }
  linkModules(join(projectRoot, 'node_modules'), copy);
  return copy;
}

/**
 * Ingests `files` in `copy` as a person adds a folder of documents (`npm run ingest -- inbox/`);
 * returns what the ingest printed, and throws with it when the ingest fails.
 */
export function ingestInbox(copy: string, files: readonly string[]): string {
  const inbox = join(copy, 'inbox');
  mkdirSync(inbox);
  for (const file of files) cpSync(file, join(inbox, basename(file)));
  const ingest = spawnSync(process.execPath, ['scripts/ingest.ts', 'inbox/'], { cwd: copy, encoding: 'utf8' });
  const output = `${ingest.stdout}${ingest.stderr}`;
  if (ingest.status !== 0) throw new Error(`ingest failed:\n${output}`);
  return output;
}
