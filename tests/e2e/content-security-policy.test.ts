/**
 * The Content-Security-Policy of the built site: in a `<meta>` of every page and in `_headers`,
 * with no inline script or style it does not hash, WebAssembly allowed in Pagefind's worker only,
 * and, in Chromium, no violation on any kind of page while search still works.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Element, Root } from 'hast';
import { toString } from 'hast-util-to-string';
import type { Browser, Page } from 'playwright-core';
import { visit } from 'unist-util-visit';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { headerPolicy, isPolicyMeta, metaPolicy } from '../../src/integrations/csp-headers.ts';
import { listDistPages, parseHtmlPage } from '../../src/integrations/dist-pages.ts';
import { parseHeadersFile, rulesMatching } from '../../src/integrations/headers-file.ts';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { SEARCH_BUNDLE_LIST, searchAssetUrl } from '../../src/lib/urls.ts';
import { launchBrowser, longestWordOfHeading, search } from './browser.ts';
import { checkedDistPages, distDir, onePerRouteKind, routeKind } from './dist-sample.ts';

const baseUrl = inject('baseUrl');
const isSearchPage = (path: string) => routeKind(path).endsWith(' /search/');

/** The sources of one directive of a policy (`script-src` -> `'self' 'sha256-…'`). */
function sources(policy: string, directive: string): string[] {
  const found = policy
    .split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([name]) => name === directive);
  return found ? found.slice(1) : [];
}

const sha256 = (text: string) => `'sha256-${createHash('sha256').update(text).digest('base64')}'`;

interface PageFacts {
  policy: string | undefined;
  inlineScripts: string[];
  styleElements: string[];
  styleAttributes: number;
  /** Scripts, styles and stylesheets that come before the policy and so escape it. */
  loadedBeforePolicy: string[];
}

/** A JSON-LD data block: a browser never executes it, so no script policy covers it. */
const isDataBlock = (node: Element): boolean => node.tagName === 'script' && node.properties.type === 'application/ld+json';

function factsOf(tree: Root): PageFacts {
  const facts: PageFacts = { policy: metaPolicy(tree), inlineScripts: [], styleElements: [], styleAttributes: 0, loadedBeforePolicy: [] };
  let policySeen = false;
  visit(tree, 'element', (node: Element) => {
    if (isPolicyMeta(node)) policySeen = true;
    if (node.properties.style !== undefined) facts.styleAttributes += 1;
    const rel = node.properties.rel;
    const loads = (node.tagName === 'script' && !isDataBlock(node)) || node.tagName === 'style' || (node.tagName === 'link' && Array.isArray(rel) && rel.includes('stylesheet'));
    if (loads && !policySeen) facts.loadedBeforePolicy.push(node.tagName);
    if (node.tagName === 'script' && node.properties.src === undefined && !isDataBlock(node)) facts.inlineScripts.push(toString(node));
    if (node.tagName === 'style') facts.styleElements.push(toString(node));
  });
  return facts;
}

describe('the policy in the built pages', () => {
  const headerRules = parseHeadersFile(readFileSync(join(distDir, '_headers'), 'utf8'));
  const pagefindWorkerPaths = LOCALE_LIST.flatMap((locale) => SEARCH_BUNDLE_LIST.map((bundle) => searchAssetUrl(locale, bundle, 'pagefind-worker.js')));
  const pages = checkedDistPages().map((page) => ({ ...page, facts: factsOf(parseHtmlPage(readFileSync(page.file, 'utf8'))) }));

  it('is in every page, before anything it governs', () => {
    expect(pages.filter(({ facts }) => facts.policy === undefined).map(({ path }) => path)).toEqual([]);
    expect(pages.filter(({ facts }) => facts.loadedBeforePolicy.length > 0).map(({ path }) => path)).toEqual([]);
  });

  it('never allows inline code or eval wholesale', () => {
    for (const { path, facts } of pages) {
      expect(facts.policy, path).not.toMatch(/'unsafe-inline'|'unsafe-eval'|'unsafe-hashes'|\*/);
      expect(sources(facts.policy ?? '', 'default-src'), path).toEqual(["'none'"]);
    }
  });

  it('allows WebAssembly nowhere in a page: Pagefind compiles it in its worker', () => {
    const allowing = pages.filter(({ facts }) => facts.policy?.includes("'wasm-unsafe-eval'"));
    expect(allowing.map(({ path }) => path)).toEqual([]);
  });

  it('hashes every inline script and style element, and no page has a style attribute', () => {
    for (const { path, facts } of pages) {
      const scriptSources = sources(facts.policy ?? '', 'script-src');
      const styleSources = sources(facts.policy ?? '', 'style-src');
      for (const script of facts.inlineScripts) expect(scriptSources, `inline script in ${path}`).toContain(sha256(script));
      for (const style of facts.styleElements) expect(styleSources, `<style> in ${path}`).toContain(sha256(style));
      expect(facts.styleAttributes, `style attributes in ${path}`).toBe(0);
    }
  });

  it('is sent as a header too, by hosts that read _headers, and only one per page', () => {
    for (const { path, facts } of pages) {
      const policies = rulesMatching(headerRules, path).map(({ policy }) => policy);
      expect(policies.length, path).toBeGreaterThan(0);
      expect(new Set(policies), path).toEqual(new Set([headerPolicy(facts.policy ?? '')]));
    }
  });

  it("allows WebAssembly, by header, in Pagefind's workers only", () => {
    const workers = pagefindWorkerPaths.flatMap((path) => {
      // The worker's file name is Pagefind's; if it changed, the rule would no longer cover it.
      expect(existsSync(join(distDir, path)), path).toBe(true);
      const rules = rulesMatching(headerRules, path);
      expect(rules.length, path).toBeGreaterThan(0);
      for (const { policy } of rules) expect(sources(policy, 'script-src'), path).toContain("'wasm-unsafe-eval'");
      return rules;
    });
    const others = headerRules.filter((rule) => !workers.includes(rule) && rule.policy.includes("'wasm-unsafe-eval'"));
    expect(others).toEqual([]);
  });
});

describe('the policy in Chromium', () => {
  let browser: Browser;

  beforeAll(async () => {
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
  });

  /** Opens `path` with a record of every policy violation the page reports. */
  async function openWatched(path: string): Promise<{ page: Page; violations: string[] }> {
    const page = await browser.newPage();
    const violations: string[] = [];
    await page.exposeFunction('reportViolation', (line: string) => violations.push(line));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(line: string): void }).reportViolation(`${event.effectiveDirective} ${event.blockedURI}`);
      });
    });
    page.on('console', (message) => {
      if (/Content.Security.Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.goto(`${baseUrl}${path}`);
    expect(response?.status(), `status of ${path}`).toBe(200);
    return { page, violations };
  }

  it('reports a violation when a page runs code it does not allow (the watch works)', async () => {
    const { page, violations } = await openWatched('/');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'document.title = "injected"';
      document.body.append(script);
    });
    await expect.poll(() => violations.length).toBeGreaterThan(0);
    expect(await page.title()).not.toBe('injected');
    await page.close();
  });

  it.each(onePerRouteKind(listDistPages(distDir)).map(({ path }) => path))('%s loads with no violation', async (path) => {
    const { page, violations } = await openWatched(path);
    if (isSearchPage(path)) await page.locator('#search-q').waitFor();
    await page.waitForLoadState('networkidle');
    expect(violations).toEqual([]);
    await page.close();
  });

  it('lets search run under the policy and find a study by a word of its title', async () => {
    const all = listDistPages(distDir);
    for (const locale of ['id', 'en']) {
      const study = all.find((page) => routeKind(page.path) === `${locale} /studies/*`);
      const searchPage = all.find((page) => routeKind(page.path) === `${locale} /search/`);
      if (!study || !searchPage) throw new Error(`no ${locale} study or search page`);
      const word = await longestWordOfHeading(browser, `${baseUrl}${study.path}`);
      const { page, violations } = await openWatched(searchPage.path);
      expect(await search(page, word, [study.path])).toContain(study.path);
      expect(violations).toEqual([]);
      await page.close();
    }
  });
});
