/**
 * Which built pages the build-output checks look at. Checks without a browser may read every
 * page, up to a fixed cap; above it they read a repeatable sample that still holds one page of
 * every route kind. Browser checks read one page per route kind, plus a few more.
 */
import { join } from 'node:path';
import { byPath, listDistPages, type DistPage } from '../../src/integrations/dist-pages.ts';
import { LOCALE_LIST, LOCALES } from '../../src/lib/i18n/locales.ts';
import { redirectedPaths } from '../../src/lib/redirects.ts';
import { projectRoot } from './site-server.ts';

/** Most pages a check without a browser reads, whatever the size of the corpus. */
export const MAX_CHECKED_PAGES = 400;

/** The built site the global setup of the browser tests has just written. */
export const distDir = join(projectRoot, 'dist');

/**
 * The route a page was built from, by its URL: `en /studies/*` for an English study,
 * `id /studies/` for the Indonesian list, `id /` for the home page, `/404.html` for a file.
 */
export function routeKind(path: string): string {
  const prefixed = LOCALE_LIST.find((locale) => LOCALES[locale].pathPrefix && path.startsWith(`/${LOCALES[locale].pathPrefix}/`));
  const locale = prefixed ?? LOCALE_LIST[0];
  const rest = prefixed ? path.slice(LOCALES[prefixed].pathPrefix.length + 1) : path;
  if (!rest.endsWith('/')) return rest;
  const segments = rest.split('/').filter(Boolean);
  const [section] = segments;
  const shape = section === undefined ? '/' : segments.length === 1 ? `/${section}/` : `/${section}/*`;
  return `${locale} ${shape}`;
}

/** The first page (by URL) of every route kind, in URL order. */
export function onePerRouteKind(pages: readonly DistPage[]): DistPage[] {
  const firsts = new Map<string, DistPage>();
  for (const page of pages) if (!firsts.has(routeKind(page.path))) firsts.set(routeKind(page.path), page);
  return [...firsts.values()];
}

/**
 * Up to `max` items: `kept` first, then others spread evenly over the order of `items`; all of
 * them when they fit. The same ones on every run, whatever the size of the corpus.
 */
export function sampleKeeping<T>(items: readonly T[], kept: readonly T[], max: number): T[] {
  if (items.length <= max) return [...items];
  const rest = items.filter((item) => !kept.includes(item));
  const room = Math.max(0, max - kept.length);
  const spread = Array.from({ length: Math.min(room, rest.length) }, (_, i) => rest[Math.floor((i * rest.length) / room)]);
  return [...kept, ...spread.filter((item) => item !== undefined)];
}

/**
 * Up to `max` pages: all of them when they fit; otherwise one of every route kind and then
 * pages spread evenly over the URL order, the same ones on every run.
 */
export function samplePages(pages: readonly DistPage[], max: number): DistPage[] {
  return sampleKeeping(pages, onePerRouteKind(pages), max).sort(byPath);
}

/** The built pages the checks without a browser read. */
export function checkedDistPages(): DistPage[] {
  return samplePages(listDistPages(distDir), MAX_CHECKED_PAGES);
}

/**
 * The pages a reader stays on: every built page but those left at moved entries' old addresses
 * (`content/redirects.yaml`), which forward the browser at once.
 */
export function readerPages(pages: readonly DistPage[]): DistPage[] {
  const forwarding = redirectedPaths(join(projectRoot, 'content'));
  return pages.filter((page) => !forwarding.has(page.path));
}
