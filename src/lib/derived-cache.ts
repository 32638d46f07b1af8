/**
 * What the build derives from each entry's file alone (the mentions its texts make, the works its
 * body cites), kept in a file between builds so that a rebuild derives it again only for the
 * entries whose file changed. Astro renders again only the pages whose key changed, but the
 * whole-site data those keys are made from was derived from every entry on every build.
 *
 * A kept value is used only when its entry's digest (Astro's digest of the entry's file) and the
 * cache's version are those of this build. The version stands for everything else the values
 * depend on: the code that derived them, the installed packages and the inputs shared by all
 * entries (the curated link targets).
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { init, parse } from 'es-module-lexer';

/** Values derived per entry, read from and written to one file. */
export interface DerivedCache<T> {
  /** The value kept for `key` if it was derived from the entry of `digest`. */
  get(key: string, digest: string): T | undefined;
  /** Records `value` as derived from the entry of `digest`, for the next build. */
  set(key: string, digest: string, value: T): void;
  /** Writes the values recorded in this build (and only those: removed entries are dropped). */
  save(): void;
  /** How many values `get` found. */
  readonly hits: number;
}

interface CacheFile<T> {
  version: string;
  entries: Record<string, { digest: string; value: T }>;
}

/** A cache that keeps nothing, for runs outside a production build (tests, the dev server, `--force`). */
export function noDerivedCache<T>(): DerivedCache<T> {
  return { get: () => undefined, set: () => {}, save: () => {}, hits: 0 };
}

/**
 * The cache in `file` for `version`: a file of another version, or none, or one that cannot be
 * read, starts an empty cache, which `save` then replaces.
 */
export function openDerivedCache<T>(file: string, version: string): DerivedCache<T> {
  let previous: CacheFile<T>['entries'] = {};
  try {
    const read = JSON.parse(readFileSync(file, 'utf8')) as CacheFile<T>;
    if (read.version === version) previous = read.entries;
  } catch {
    previous = {};
  }
  const next: CacheFile<T> = { version, entries: {} };
  let hits = 0;
  return {
    get(key, digest) {
      const kept = Object.hasOwn(previous, key) ? previous[key] : undefined;
      if (kept?.digest !== digest) return undefined;
      hits++;
      return kept.value;
    },
    set(key, digest, value) {
      next.entries[key] = { digest, value };
    },
    save() {
      mkdirSync(dirname(file), { recursive: true });
      // Written whole, then renamed, so that a build stopped halfway never leaves half a file.
      writeFileSync(`${file}.tmp`, JSON.stringify(next));
      renameSync(`${file}.tmp`, file);
    },
    get hits() {
      return hits;
    },
  };
}

/**
 * A digest of the built module file `file` and of every built module it imports, directly or not
 * (relative specifiers only: packages are covered by the lockfile). Only the code that can run
 * from `file` counts, so that a module rewritten on every build (Astro's manifest carries a new
 * key each time) does not make the cache useless.
 */
export async function builtModuleDigest(file: string): Promise<string> {
  await init;
  const hash = createHash('sha256');
  const seen = new Set<string>();
  const pending = [file];
  while (pending.length > 0) {
    const next = pending.pop()!;
    if (seen.has(next)) continue;
    seen.add(next);
    const code = readFileSync(next, 'utf8');
    hash.update(`\n${relative(dirname(file), next)}\n${code.length}\n`).update(code);
    const [imports] = parse(code);
    for (const { n: specifier } of imports) {
      if (specifier?.startsWith('./') || specifier?.startsWith('../')) pending.push(join(dirname(next), specifier));
    }
  }
  return hash.digest('hex');
}

/** Where Astro puts the page code it builds for prerendering, as a folder name. */
const PRERENDER_FOLDER = '.prerender';

/** Whether the module at `moduleUrl` runs from the page code of a production build. */
function runsFromBuild(moduleUrl: string): boolean {
  if (!import.meta.env?.PROD || !moduleUrl.startsWith('file:')) return false;
  return fileURLToPath(moduleUrl).split(sep).includes(PRERENDER_FOLDER);
}

/**
 * The cache `name` of this build, kept in Astro's cache folder (`node_modules/.astro/`), for
 * values derived by the module at `moduleUrl` (its `import.meta.url`) that also depend on `inputs`
 * (a JSON value, such as the curated link targets). Its version is a digest of that module's
 * built code with all it imports, of the installed packages' lockfile and of `inputs`. Outside a
 * production build, and in one run with `--force` (which must derive everything again), the
 * cache keeps nothing.
 */
export async function buildDerivedCache<T>(name: string, moduleUrl: string, inputs: unknown): Promise<DerivedCache<T>> {
  if (!runsFromBuild(moduleUrl) || process.argv.includes('--force')) return noDerivedCache();
  const lockfile = join(process.cwd(), 'node_modules', '.package-lock.json');
  const version = createHash('sha256')
    .update(await builtModuleDigest(fileURLToPath(moduleUrl)))
    .update(existsSync(lockfile) ? readFileSync(lockfile) : '')
    .update(JSON.stringify(inputs))
    .digest('hex');
  return openDerivedCache(join(process.cwd(), 'node_modules', '.astro', `lintas-${name}.json`), version);
}
