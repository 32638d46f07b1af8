/**
 * A Starlight site of a generated corpus, for the comparison benchmark: one page per entry with
 * the same Markdown, built with Starlight's defaults (its Markdown pipeline, Pagefind search).
 * Starlight is installed from npm into a folder of its own, never as a dependency of Lintas.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { GeneratedEntry, GeneratedFile } from './generate-corpus.ts';
import { linkModules, REPO_ROOT, starlightProjectDir, writeFiles } from './scratch-project.ts';

/** The newest Starlight release when this was written; it supports Astro 7. */
export const STARLIGHT_VERSION = '0.42.4';

/** Where Starlight and the Astro version Lintas uses are installed, once for every corpus size. */
const MODULES_DIR = join(tmpdir(), 'lintas-bench-starlight-modules');

const CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

// One sidebar link: Starlight's default sidebar lists every page on every page, which no site
// of thousands of pages would keep.
export default defineConfig({
  integrations: [starlight({ title: 'Lintas benchmark', sidebar: [{ label: 'Home', link: '/' }] })],
});
`;

const CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = { docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }) };
`;

/** The Astro version installed for Lintas, so both sites build with the same Astro. */
function lintasAstroVersion(): string {
  return (JSON.parse(readFileSync(join(REPO_ROOT, 'node_modules/astro/package.json'), 'utf8')) as { version: string }).version;
}

/**
 * The manifest of a Starlight site. Astro bundles the packages a project lists that build on Astro
 * (Starlight among them); a package it does not find listed is left to Node, which cannot load
 * Starlight's `astro:` imports.
 */
const manifest = () =>
  `${JSON.stringify({ name: 'lintas-bench-starlight', private: true, type: 'module', dependencies: { astro: lintasAstroVersion(), '@astrojs/starlight': STARLIGHT_VERSION } }, null, 2)}\n`;

/** Installs Starlight and Astro into the shared modules folder unless they are there already. */
function installStarlight(): string {
  const modules = join(MODULES_DIR, 'node_modules');
  if (existsSync(join(modules, '@astrojs/starlight/package.json'))) return modules;
  mkdirSync(MODULES_DIR, { recursive: true });
  writeFileSync(join(MODULES_DIR, 'package.json'), manifest());
  console.log(`installing @astrojs/starlight@${STARLIGHT_VERSION} and astro@${lintasAstroVersion()} into ${MODULES_DIR}`);
  execFileSync('npm', ['install', '--no-audit', '--no-fund'], { cwd: MODULES_DIR, stdio: 'inherit' });
  return modules;
}

/** The Starlight page of one entry: its title as frontmatter, then the entry's Markdown. */
export function starlightPage(entry: GeneratedEntry): GeneratedFile {
  return { path: `src/content/docs/${entry.collection}/${entry.id}.md`, text: `---\n${stringify({ title: entry.title })}---\n\n${entry.page}\n` };
}

/** Writes a fresh Starlight site of `entries` (the old folder and its build are removed first). */
export function writeStarlightProject(size: number, entries: readonly GeneratedEntry[]): void {
  const dir = starlightProjectDir(size);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFiles(dir, [
    { path: 'package.json', text: manifest() },
    { path: 'astro.config.mjs', text: CONFIG },
    { path: 'src/content.config.ts', text: CONTENT_CONFIG },
    { path: 'src/content/docs/index.md', text: '---\ntitle: Lintas benchmark\n---\n\nA generated corpus.\n' },
    ...entries.map(starlightPage),
  ]);
  linkModules(installStarlight(), dir);
}
