/**
 * Writes `dist/_headers` so that hosts reading one send each page's Content-Security-Policy as a
 * header too. The policy of each page is the one Astro wrote into its `<meta>` (with its hashes),
 * plus what only a header can carry: `frame-ancestors`.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';
import type { AstroIntegration } from 'astro';
import { listDistPages, parseHtmlHead } from './dist-pages.ts';
import { formatHeadersFile, policyRules, type PathPolicy } from './headers-file.ts';
import { LOCALE_LIST } from '../lib/i18n/locales.ts';
import { SEARCH_BUNDLE_LIST, searchAssetUrl } from '../lib/urls.ts';

/** Browsers ignore `frame-ancestors` in a `<meta>` policy; no page of the site is meant to be framed. */
const HEADER_ONLY_DIRECTIVES = ["frame-ancestors 'none'"];

/**
 * Pagefind's search runs in a worker loaded from each bundle of each language (`/pagefind-id/`,
 * `/pagefind-en/`, and the full-text indexes', whose modules have workers of their own), which is
 * governed by the policy its own file is served with, not the page's: it fetches the index and
 * compiles the WebAssembly engine. These are the only policies of the site that allow WebAssembly.
 */
const PAGEFIND_WORKERS: readonly PathPolicy[] = LOCALE_LIST.flatMap((locale) =>
  SEARCH_BUNDLE_LIST.map((bundle) => ({
    path: searchAssetUrl(locale, bundle, 'pagefind-worker.js'),
    policy: "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; connect-src 'self'",
  })),
);

/** Whether `node` is a `<meta http-equiv="content-security-policy">`, whatever its case. */
export function isPolicyMeta(node: Element): boolean {
  const equiv = node.properties.httpEquiv;
  const name = Array.isArray(equiv) ? equiv.join(' ') : String(equiv ?? '');
  return node.tagName === 'meta' && name.toLowerCase() === 'content-security-policy';
}

/** The content of a page's policy `<meta>`, if it has one. */
export function metaPolicy(tree: Root): string | undefined {
  let policy: string | undefined;
  visit(tree, 'element', (node: Element) => {
    if (isPolicyMeta(node)) policy = String(node.properties.content ?? '');
  });
  return policy;
}

/** A `<meta>` policy as a header value: directives trimmed, header-only ones added. */
export function headerPolicy(meta: string): string {
  const directives = meta
    .split(';')
    .map((directive) => directive.trim().replace(/\s+/g, ' '))
    .filter(Boolean);
  return [...directives, ...HEADER_ONLY_DIRECTIVES].join('; ');
}

/** An Astro integration that writes `dist/_headers` from the policies in the built pages. */
export default function cspHeaders(): AstroIntegration {
  return {
    name: 'lintas:csp-headers',
    hooks: {
      'astro:build:done': ({ dir, logger }) => {
        const distDir = fileURLToPath(dir);
        const pages = listDistPages(distDir).map(({ file, path }): PathPolicy => {
          const meta = metaPolicy(parseHtmlHead(readFileSync(file, 'utf8')));
          if (meta === undefined) throw new Error(`${file} has no Content-Security-Policy <meta>`);
          return { path, policy: headerPolicy(meta) };
        });
        const rules = policyRules([...pages, ...PAGEFIND_WORKERS]);
        writeFileSync(join(distDir, '_headers'), formatHeadersFile(rules));
        logger.info(`_headers: ${rules.length} rules for ${pages.length} pages`);
      },
    },
  };
}
