/**
 * The README's way to add documents, as a person does it: ingest a folder of raw files the corpus
 * has not seen (made-up ones and real ones of each kind), rebuild, and find them on the site and
 * through search; the build's content checks run on the grown corpus. Runs in a scratch copy of the
 * project so the bundled content stays as it is.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readStoredEntries } from '../../src/lib/ingest/content-store.ts';
import { sha256 } from '../../src/lib/ingest/entry-file.ts';
import { launchBrowser, search } from './browser.ts';
import { ingestInbox, makeScratchProject } from './scratch-project.ts';
import { buildSite, projectRoot, serveDist, type RunningServer } from './site-server.ts';

const fixture = join(projectRoot, 'tests/fixtures/unseen/news/kompas-style.txt');
// Ingested in the same build: an article about a hacking case that quotes the attacker's markup.
const markupFixture = join(projectRoot, 'tests/fixtures/markup/quoted-markup-news.txt');
// Real documents of the development corpus, one of each kind, added in the same batch.
const DEV_DOCUMENTS = [
  'news/suaramerdeka-red-notice-harun-masiku.txt',
  'article/umy-jhi-indonesia-australia-cybersecurity-interdependence.txt',
  'thesis/anu-phd-australia-indonesia-irregular-migration-catalogue.txt',
].map((path) => join(projectRoot, 'tests/fixtures/real/dev', path));
/**
 * Takes the entries made from these documents, and their kept sources, out of a scratch content
 * folder: the corpus may bundle any real document, and here each must be new to it.
 */
function forgetDocuments(contentDir: string, files: readonly string[]): void {
  const digests = new Set(files.map((file) => sha256(readFileSync(file))));
  for (const entry of readStoredEntries(contentDir)) {
    const source = entry.frontmatter.source as { file: string; sha256: string };
    if (!digests.has(source.sha256)) continue;
    rmSync(join(contentDir, entry.path));
    rmSync(join(contentDir, source.file));
  }
}

let copy: string;
let server: RunningServer;
let browser: Browser;
let ingestOutput: string;

beforeAll(async () => {
  copy = makeScratchProject('lintas-add-');
  forgetDocuments(join(copy, 'content'), DEV_DOCUMENTS);
  // A folder of new documents, as the README says to add many: the two above and real ones.
  ingestOutput = ingestInbox(copy, [fixture, markupFixture, ...DEV_DOCUMENTS]);
  buildSite(copy);
  server = await serveDist(copy);
  browser = await launchBrowser();
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  rmSync(copy, { recursive: true, force: true });
});

/**
 * The page of the news entry the ingest says it created from `inbox/<name>` (ids are the
 * ingest's to choose, so the test reads them rather than guessing).
 */
function newsPageOf(name: string): string {
  const line = ingestOutput.split('\n').find((text) => text.startsWith('create: content/news/') && text.endsWith(`(from inbox/${name})`));
  const id = line?.match(/^create: content\/news\/([^/]+)\.md /)?.[1];
  if (!id) throw new Error(`the ingest output names no news entry created from inbox/${name}:\n${ingestOutput}`);
  return `/news/${id}/`;
}

describe('adding a document', () => {
  it('says what it wrote, and ends with a row per document', () => {
    const path = newsPageOf('kompas-style.txt');
    expect(ingestOutput).toMatch(new RegExp(`\\ninbox/kompas-style\\.txt +news +content${path.replace(/\/$/, '\\.md')} +\\d+ `));
    expect(ingestOutput).toMatch(/\n5 files, \d with fields to review\n/);
  });

  // Only the documents just added are read again: the whole corpus is `npm run check:entries`.
  it('reads the documents it added again as they are, every entry unchanged', () => {
    const again = spawnSync(process.execPath, ['scripts/ingest.ts', '--dry-run', 'inbox/'], { cwd: copy, encoding: 'utf8' });
    expect(again.status, `${again.stdout}${again.stderr}`).toBe(0);
    const actions = [...again.stdout.matchAll(/^\[dry run\] (\w+): /gm)].map((m) => m[1]);
    expect(actions).toEqual(Array(5).fill('unchanged'));
  });

  it('shows a journal article as one: where it appeared, and no rows only a thesis has', async () => {
    const row = /\ninbox\/umy-jhi-\S+ +article +content\/studies\/(\S+)\.md /.exec(ingestOutput);
    expect(row, ingestOutput).not.toBeNull();
    const page = await browser.newPage();
    await page.goto(`${server.url}/en/studies/${row![1]}/`);
    expect(await page.locator('main').textContent()).toContain('Journal article');
    const rows = await page.locator('main dt').allTextContents();
    expect(rows).toContain('Published in');
    expect(rows).not.toContain('Student number');
    expect(rows).not.toContain('Supervisors');
    await page.close();
  });

  it('puts it on the site, in the news list, with its tags linked', async () => {
    const path = newsPageOf('kompas-style.txt');
    const page = await browser.newPage();
    await page.goto(`${server.url}/news/`);
    await page.locator(`main a[href="${path}"]`).click();
    await page.waitForURL(`${server.url}${path}`);
    expect(await page.locator('h1').textContent()).toContain('Polda Sulsel Ungkap Jaringan Lowongan Kerja Palsu');
    await page.locator('main a[href="/concepts/human-trafficking/"]').first().click();
    await page.waitForURL(`${server.url}/concepts/human-trafficking/`);
    // Listed once among the entries tagged with the concept (it may be quoted among mentions too).
    expect(await page.locator(`section[aria-labelledby="tagged-heading"] a[href="${path}"]`).count()).toBe(1);
    await page.close();
  });

  it('shows markup quoted in an article as text and runs none of it, in both languages', async () => {
    for (const prefix of ['', '/en']) {
      const page = await browser.newPage();
      const dialogs: string[] = [];
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message());
        void dialog.dismiss();
      });
      await page.goto(`${server.url}${prefix}${newsPageOf('quoted-markup-news.txt')}`);
      const text = await page.locator('main').innerText();
      expect(text).toContain('pelaku menulis potongan kode <img src=x onerror=alert(document.domain)> di kolom komentar');
      expect(text).toContain('memakai tautan [klik di sini](javascript:alert(1)) yang dikirim');
      expect(text).toContain('# pagar ini juga ditemukan');
      // The site's own bundled scripts (the graph loader) are the only scripts a page may hold.
      expect(await page.locator('main img, main script:not([src^="/_astro/"]), main a[href^="javascript:"], main hr').count()).toBe(0);
      expect(await page.locator('h1').count()).toBe(1);
      expect(dialogs).toEqual([]);
      await page.close();
    }
  });

  it('makes it findable through search', async () => {
    const path = newsPageOf('kompas-style.txt');
    const page = await browser.newPage();
    await page.goto(`${server.url}/search/`);
    expect(await search(page, 'lowongan kerja palsu', [path])).toContain(path);
    await page.close();
  });
});
