/**
 * A regulation read from its text, on the built site: ingest real texts (a regulation with
 * articles, one whose legal basis names it) and a news item that cites an article, build, then do
 * what a reader does: open the regulation's page, follow a legal-basis link, open the address of
 * one ayat, and follow an article citation. Runs in a scratch copy of the project, so the bundled
 * content stays as it is; the entries are found from what the ingest says it wrote and what their
 * files hold, never from ids written here.
 */
import { readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { readLinkTargets } from '../../src/lib/links/read-link-targets.ts';
import { regulationHeading } from '../../src/lib/legal-heading.ts';
import { articleAnchorsOf } from '../../src/lib/markdown/article-anchors.ts';
import { launchBrowser } from './browser.ts';
import { ingestInbox, makeScratchProject } from './scratch-project.ts';
import { buildSite, projectRoot, serveDist, type RunningServer } from './site-server.ts';

/** Perpres 53/2017 with its Pasal 53 and three ayat (an excerpt of the real text). */
const REGULATION = join(projectRoot, 'tests/fixtures/legal/perpres-53-2017.txt');
/** Peraturan BSSN 10/2019, whose Mengingat names Perpres 53/2017. */
const BASED_ON_IT = join(projectRoot, 'tests/fixtures/real/dev/legal/perbssn-10-2019-persandian-pemda-scribd.txt');
/** A news item that cites "Pasal 4 Undang-Undang Nomor 21 Tahun 2007". */
const CITING_NEWS = join(projectRoot, 'tests/fixtures/unseen/news/kompas-style.txt');
const CITED = { article: 'Pasal 4', instrument: 'Undang-Undang Nomor 21 Tahun 2007', citationKey: 'uu|21|2007|', anchor: 'pasal-4' };

let copy: string;
let server: RunningServer;
let browser: Browser;
let ingestOutput: string;

beforeAll(async () => {
  copy = makeScratchProject('lintas-legal-');
  ingestOutput = ingestInbox(copy, [REGULATION, BASED_ON_IT, CITING_NEWS]);
  buildSite(copy);
  server = await serveDist(copy);
  browser = await launchBrowser();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (copy) rmSync(copy, { recursive: true, force: true });
});

/** The entry the ingest says it wrote (or found unchanged) for `file`, read from its file. */
function entryOf(file: string): { id: string; frontmatter: Record<string, unknown>; body: string } {
  const line = ingestOutput.split('\n').find((text) => text.endsWith(`(from inbox/${basename(file)})`));
  const [, collection, id] = /^\w+: content\/(\w+)\/([^/]+)\.md /.exec(line ?? '') ?? [];
  if (!collection || !id) throw new Error(`the ingest output names no entry made from inbox/${basename(file)}:\n${ingestOutput}`);
  const path = `${collection}/${id}.md`;
  return { id, ...parseEntryFile(readFileSync(join(copy, 'content', path), 'utf8'), path) };
}

async function open(path: string): Promise<Page> {
  const page = await browser.newPage({ viewport: { width: 1280, height: 700 } });
  await page.goto(`${server.url}${path}`);
  return page;
}

describe('a regulation ingested from its text', () => {
  it('shows its heading block, its considerations, its legal basis, and its articles and ayat with anchors', async () => {
    const regulation = entryOf(REGULATION);
    const page = await open(`/legal/${regulation.id}/`);
    const title = (regulation.frontmatter.title as { id: string }).id;
    expect((await page.locator('.legal-heading').innerText()).split('\n')).toEqual(regulationHeading(title));
    const considerations = regulation.frontmatter.considerations as string[];
    expect(considerations.length).toBeGreaterThan(0);
    expect(await page.locator('section[aria-labelledby="considerations-heading"] li').allTextContents()).toEqual(considerations);
    const basis = regulation.frontmatter.legalBasis as unknown[];
    expect(await page.locator('section[aria-labelledby="basis-heading"] li').count()).toBe(basis.length);
    const anchors = articleAnchorsOf(regulation.body);
    expect(anchors.some((anchor) => anchor.includes('-ayat-'))).toBe(true);
    const articles = page.locator('section[aria-labelledby="articles-heading"]');
    for (const anchor of anchors) {
      expect(await articles.locator(`[id="${anchor}"] > a.pilcrow[href="#${anchor}"]`).count(), anchor).toBe(1);
    }
    await page.close();
  });

  it('links a legal-basis item Lintas holds to that instrument, and the link reaches its articles', async () => {
    const based = entryOf(BASED_ON_IT);
    const regulation = entryOf(REGULATION);
    const page = await open(`/legal/${based.id}/`);
    const link = page.locator(`section[aria-labelledby="basis-heading"] a[href="/legal/${regulation.id}/"]`);
    expect(await link.count()).toBe(1);
    await link.click();
    await page.waitForURL(`${server.url}/legal/${regulation.id}/`);
    const firstArticle = articleAnchorsOf(regulation.body)[0];
    expect(await page.locator(`section[aria-labelledby="articles-heading"] h3[id="${firstArticle}"]`).count()).toBe(1);
    await page.close();
  });

  it('lands on an ayat from its address, and offers that address to cite', async () => {
    const regulation = entryOf(REGULATION);
    const ayat = articleAnchorsOf(regulation.body).find((anchor) => anchor.includes('-ayat-'));
    const page = await open(`/legal/${regulation.id}/#${ayat}`);
    const passage = page.locator(`[id="${ayat}"]`);
    expect(await passage.evaluate((element) => element.tagName)).toBe('P');
    expect(await passage.textContent()).toMatch(/^\(\d+[a-z]?\) /);
    expect(Math.abs(await passage.evaluate((element) => element.getBoundingClientRect().top))).toBeLessThan(5);
    const citeLink = page.locator('[data-passage-link]');
    await expect.poll(() => citeLink.getAttribute('href')).toMatch(new RegExp(`/legal/${regulation.id}/#${ayat}$`));
    await page.close();
  });
});

describe('an article cited in another entry', () => {
  it("links to the article when the instrument's page has it, else to the instrument alone", async () => {
    const news = entryOf(CITING_NEWS);
    expect(news.body).toContain(`${CITED.article} ${CITED.instrument}`);
    const target = readLinkTargets(join(copy, 'content')).find((known) => known.citationKey === CITED.citationKey);
    expect(target, `no legal entry of ${CITED.instrument}`).toBeDefined();
    const page = await open(`/news/${news.id}/`);
    // Body links are relative to the entry page; read them as the browser resolves them.
    const links = await page.locator('main article .prose a').evaluateAll((anchors) =>
      anchors.map((a) => ({ href: (a as HTMLAnchorElement).href, text: a.textContent ?? '' })),
    );
    const cited = links.find(({ href, text }) => new URL(href).pathname === `/legal/${target!.id}/` && text.includes(CITED.instrument));
    expect(cited, JSON.stringify(links)).toBeDefined();
    const url = new URL(cited!.href);
    if (target!.anchors?.includes(CITED.anchor)) {
      expect(url.hash).toBe(`#${CITED.anchor}`);
      expect(cited!.text.startsWith(`${CITED.article} `)).toBe(true);
      await page.goto(url.href);
      expect(await page.locator(`[id="${CITED.anchor}"]`).count()).toBe(1);
    } else {
      // Lintas holds the instrument without its text: the name links to its page, with no anchor.
      expect(url.hash).toBe('');
      expect(cited!.text.startsWith(CITED.instrument)).toBe(true);
    }
    await page.close();
  });
});
