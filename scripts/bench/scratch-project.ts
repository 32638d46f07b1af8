/**
 * Scratch project folders for the build benchmarks, outside the repository (which the benchmarks
 * never change): a copy of what the Lintas build reads with a generated corpus added, or a
 * Starlight site of the same corpus. Each gets its own `node_modules` folder of links to the
 * packages, so that Astro's caches inside it (`node_modules/.astro`) belong to that project alone.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { searchBundleUrl } from '../../src/lib/urls.ts';
import { readCorpusVocabulary } from './corpus-vocabulary.ts';
import { CORPUS_SEED, generateCorpus, type GeneratedEntry, type GeneratedFile } from './generate-corpus.ts';

/** The repository root. */
export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** What the Lintas build reads, besides `node_modules`. */
const BUILD_INPUTS = ['src', 'content', 'public', 'astro.config.mjs', 'package.json', 'tsconfig.json'];

/** Caches a project keeps in `node_modules`; never shared between projects. */
const PROJECT_CACHES = new Set(['.astro', '.vite', '.vite-temp', '.cache']);

/** The folder of the Lintas copy with `size` generated entries. */
export const lintasProjectDir = (size: number): string => join(tmpdir(), `lintas-bench-${size}`);

/** The folder of the Starlight site of the same corpus. */
export const starlightProjectDir = (size: number): string => join(tmpdir(), `lintas-bench-starlight-${size}`);

/** Makes `project/node_modules` a folder of links to each package in `modules`, caches left out. */
export function linkModules(modules: string, project: string): void {
  const target = join(project, 'node_modules');
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(modules)) {
    if (PROJECT_CACHES.has(name) || existsSync(join(target, name))) continue;
    symlinkSync(join(modules, name), join(target, name));
  }
}

/** Writes `files` under `dir`, creating folders as needed. */
export function writeFiles(dir: string, files: readonly GeneratedFile[]): void {
  const made = new Set<string>();
  for (const file of files) {
    const path = join(dir, file.path);
    const folder = dirname(path);
    if (!made.has(folder)) mkdirSync(folder, { recursive: true });
    made.add(folder);
    writeFileSync(path, file.text);
  }
}

/**
 * Writes a fresh Lintas project of the bundled content plus `size` generated entries (the old
 * folder, its build and caches are removed first) and returns the entries generated.
 */
export function writeLintasProject(size: number, seed = CORPUS_SEED): GeneratedEntry[] {
  const dir = lintasProjectDir(size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (const input of BUILD_INPUTS) {
    if (existsSync(join(REPO_ROOT, input))) cpSync(join(REPO_ROOT, input), join(dir, input), { recursive: true });
  }
  linkModules(join(REPO_ROOT, 'node_modules'), dir);
  const entries = generateCorpus(size, readCorpusVocabulary(join(REPO_ROOT, 'content')), seed);
  writeFiles(join(dir, 'content'), entries.flatMap((entry) => entry.files));
  return entries;
}

/** Removes a project's build output and Astro's caches, so that its next build is a clean one. */
export function removeBuildState(dir: string): void {
  for (const path of ['dist', '.astro', 'node_modules/.astro', 'node_modules/.vite']) rmSync(join(dir, path), { recursive: true, force: true });
}

/** The file that records which corpus and which commit a scratch project's `dist/` was built from. */
const BUILT_MARK = '.bench-built.json';

/** What a built scratch project was built from. */
export interface BuiltMark {
  size: number;
  seed: number;
  /** The repository's commit when its files were copied. */
  commit: string;
}

/** The repository's current commit. */
export function repoCommit(): string {
  return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: REPO_ROOT, encoding: 'utf8' }).trim();
}

/** Records that the project of `size` entries was built from the current commit. */
export function markBuilt(size: number, seed = CORPUS_SEED): void {
  const mark: BuiltMark = { size, seed, commit: repoCommit() };
  writeFileSync(join(lintasProjectDir(size), BUILT_MARK), `${JSON.stringify(mark)}\n`);
}

/** True when the project of `size` entries holds a build of this seed from the current commit. */
export function isBuilt(size: number, seed = CORPUS_SEED): boolean {
  const dir = lintasProjectDir(size);
  if (!existsSync(join(dir, BUILT_MARK)) || !LOCALE_LIST.every((locale) => existsSync(join(dir, 'dist', searchBundleUrl(locale, 'records'))))) return false;
  const mark = JSON.parse(readFileSync(join(dir, BUILT_MARK), 'utf8')) as BuiltMark;
  return mark.size === size && mark.seed === seed && mark.commit === repoCommit();
}
