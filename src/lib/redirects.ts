/**
 * Entry ids that moved: `content/redirects.yaml` maps, per collection, an old id to the entry's
 * current id, so an address someone cited keeps leading to the entry. The build refuses a map
 * that would leave a cited address broken or ambiguous.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'astro/zod';
import { LOCALE_LIST } from './i18n/locales.ts';
import { COLLECTIONS, entryUrl, type CollectionName } from './urls.ts';

/** Where the map lives, relative to the content folder. */
export const REDIRECTS_FILE = 'redirects.yaml';

const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const idMap = z.record(z.string().regex(ID, 'an old id is lower-case words joined by -'), z.string().regex(ID, 'a current id is lower-case words joined by -'));
const redirectFile = z.object(Object.fromEntries(COLLECTIONS.map((c) => [c, idMap.optional()]))).strict();

/** Old id → current id, per collection. */
export type RedirectMap = Partial<Record<CollectionName, Record<string, string>>>;

/** The map in a YAML text; throws naming `file` and the field when it is malformed. */
export function parseRedirectMap(text: string, file: string): RedirectMap {
  const result = redirectFile.safeParse(parse(text) ?? {});
  if (!result.success) {
    const problems = result.error.issues.map((issue) => `${issue.path.join('.') || '(top level)'}: ${issue.message}`);
    throw new Error(`${file}: ${problems.join('; ')}`);
  }
  return result.data as RedirectMap;
}

/**
 * What is wrong with `map` against the ids that exist now, one message per problem: an old id
 * that is an entry's id again (the redirect would hide it), a target that does not exist, a
 * target that is itself redirected (a chain, or a cycle; each old address must lead straight to
 * its entry).
 */
export function redirectProblems(map: RedirectMap, currentIds: Partial<Record<CollectionName, ReadonlySet<string>>>): string[] {
  return COLLECTIONS.flatMap((collection) => {
    const moves = map[collection] ?? {};
    const current = currentIds[collection] ?? new Set<string>();
    return Object.entries(moves).flatMap(([from, to]) => {
      const where = `${collection}.${from}`;
      if (from === to) return [`${where}: redirects to itself`];
      if (current.has(from)) return [`${where}: "${from}" is the id of an entry; an id in use cannot also redirect`];
      if (Object.hasOwn(moves, to)) return [`${where}: "${to}" is redirected too; point it straight to "${moves[to]}"`];
      if (!current.has(to)) return [`${where}: no ${collection} entry "${to}"`];
      return [];
    });
  });
}

/** The map in `file` as written, or none when there is no such file. */
function readUncheckedMap(file: string): RedirectMap {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return {};
    throw error;
  }
  return parseRedirectMap(text, file);
}

/** The checked map of the content folder (none when it has no map); throws listing every problem. */
export function readRedirectMap(contentDir: string, currentIds: Partial<Record<CollectionName, ReadonlySet<string>>>): RedirectMap {
  const file = join(contentDir, REDIRECTS_FILE);
  const map = readUncheckedMap(file);
  const problems = redirectProblems(map, currentIds);
  if (problems.length > 0) throw new Error(`${file}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return map;
}

/** Every moved entry as one list: collection, old id, current id. */
export function listRedirects(map: RedirectMap): { collection: CollectionName; from: string; to: string }[] {
  return COLLECTIONS.flatMap((collection) => Object.entries(map[collection] ?? {}).map(([from, to]) => ({ collection, from, to })));
}

/**
 * The paths of the pages left at old addresses, in every locale: they only forward the reader,
 * so a sitemap or a search index leaves them out. Read straight from the file (unchecked: the
 * build's own check runs when the redirect pages are made).
 */
export function redirectedPaths(contentDir: string): Set<string> {
  const moved = listRedirects(readUncheckedMap(join(contentDir, REDIRECTS_FILE)));
  return new Set(moved.flatMap(({ collection, from }) => LOCALE_LIST.map((locale) => entryUrl(locale, collection, from))));
}
