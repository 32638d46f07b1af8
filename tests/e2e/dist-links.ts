/**
 * The link check of a built site: every internal `href`/`src` resolves to a file in `dist/` and
 * every `#fragment` to an id on its target page. External links are not fetched.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import { parseHtmlPage, type DistPage } from '../../src/integrations/dist-pages.ts';

/** Attributes holding one URL, on whatever element carries them. */
const URL_ATTRIBUTES = ['href', 'src'] as const;

/** A stand-in origin to resolve relative URLs against. */
const LOCAL_ORIGIN = 'http://dist.invalid';

function urlsIn(tree: Root): string[] {
  const urls: string[] = [];
  visit(tree, 'element', (node: Element) => {
    for (const attribute of URL_ATTRIBUTES) {
      const value = node.properties[attribute];
      if (typeof value === 'string') urls.push(value);
    }
  });
  return urls;
}

function idsIn(tree: Root): Set<string> {
  const ids = new Set<string>();
  visit(tree, 'element', (node: Element) => {
    if (typeof node.properties.id === 'string') ids.add(node.properties.id);
  });
  return ids;
}

/** The file in `distDir` a static server answers `pathname` with, if there is one. */
function fileFor(distDir: string, pathname: string): string | undefined {
  const file = join(distDir, decodeURIComponent(pathname), pathname.endsWith('/') ? 'index.html' : '');
  return existsSync(file) && statSync(file).isFile() ? file : undefined;
}

/**
 * Each broken internal link of `pages` as `page -> url (reason)`. `siteOrigins` are the origins
 * that count as this site (the public address in canonical links, for instance).
 */
export function findBrokenLinks(distDir: string, pages: readonly DistPage[], siteOrigins: readonly string[] = []): string[] {
  const idsByFile = new Map<string, Set<string>>();
  const idsOf = (file: string): Set<string> => {
    let ids = idsByFile.get(file);
    if (!ids) {
      ids = idsIn(parseHtmlPage(readFileSync(file, 'utf8')));
      idsByFile.set(file, ids);
    }
    return ids;
  };
  const broken: string[] = [];
  for (const page of pages) {
    const tree = parseHtmlPage(readFileSync(page.file, 'utf8'));
    idsByFile.set(page.file, idsIn(tree));
    for (const raw of urlsIn(tree)) {
      const url = new URL(raw, `${LOCAL_ORIGIN}${page.path}`);
      const internal = url.origin === LOCAL_ORIGIN || siteOrigins.includes(url.origin);
      if (!internal || !/^https?:$/.test(url.protocol)) continue;
      const file = fileFor(distDir, url.pathname);
      if (!file) {
        broken.push(`${page.path} -> ${raw} (no such file)`);
        continue;
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && file.endsWith('.html') && !idsOf(file).has(fragment)) {
        broken.push(`${page.path} -> ${raw} (no id "${fragment}" there)`);
      }
    }
  }
  return broken;
}

/** The origin of the site's public address, read from the home page's canonical link. */
export function siteOriginOf(homePage: string): string[] {
  const origins: string[] = [];
  visit(parseHtmlPage(readFileSync(homePage, 'utf8')), 'element', (node: Element) => {
    const rel = node.properties.rel;
    if (node.tagName === 'link' && Array.isArray(rel) && rel.includes('canonical') && typeof node.properties.href === 'string') {
      origins.push(new URL(node.properties.href).origin);
    }
  });
  return origins;
}
