/**
 * The HTML pages of a built site: where they are in `dist/` and the URL path each is served at.
 * Shared by the build's `_headers` step and the build-output tests.
 */
import { readdirSync } from 'node:fs';
import { join, sep } from 'node:path';
import { fromHtml } from 'hast-util-from-html';
import type { Root } from 'hast';

/** A built HTML page: its file and the URL path a static server answers with it. */
export interface DistPage {
  file: string;
  path: string;
}

/**
 * The URL path of a file in `dist/` given relative to it: `studies/x/index.html` is served at
 * `/studies/x/`, any other file (`404.html`) at its own name.
 */
export function distUrlPath(relativeFile: string): string {
  const path = `/${relativeFile.split(sep).join('/')}`;
  return path.endsWith('/index.html') ? path.slice(0, -'index.html'.length) : path;
}

/** Orders pages by URL path, the same way on every machine. */
export const byPath = (a: DistPage, b: DistPage): number => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

/** Every `.html` file under `distDir`, sorted by URL path so that runs are repeatable. */
export function listDistPages(distDir: string): DistPage[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => ({ file: join(distDir, name), path: distUrlPath(name) }))
    .sort(byPath);
}

/** A page's HTML as a hast tree, parsed the way a browser would. */
export function parseHtmlPage(html: string): Root {
  return fromHtml(html);
}

const HEAD_END = /<\/head\s*>/i;

/**
 * A page's `<head>` as a hast tree (the body left out): what a browser reads a `<meta>` policy
 * from, at a fraction of the cost of parsing a long page whole.
 */
export function parseHtmlHead(html: string): Root {
  const end = HEAD_END.exec(html);
  return fromHtml(end ? html.slice(0, end.index + end[0].length) : html);
}
