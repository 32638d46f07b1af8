/**
 * What a reader does on the built site, in Debian's Chromium: open the pages of the bundled
 * documents in both languages, follow tags, read a legal instrument, and search.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { orderByPageLang, type LocalizedText } from '../../src/lib/i18n/localized-text.ts';
import { t } from '../../src/lib/i18n/ui.ts';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import type { Lang } from '../../src/lib/langs.ts';
import { markdownToPlainText } from '../../src/lib/markdown/render-inline.ts';
import { newsTitle } from '../../src/lib/news-title.ts';
import { launchBrowser, listedResults, search, searchSettled } from './browser.ts';
import { sampleKeeping } from './dist-sample.ts';

const baseUrl = inject('baseUrl');
const contentDir = fileURLToPath(new URL('../../content/', import.meta.url));

interface BundledEntry {
  collection: 'studies' | 'news';
  id: string;
  source: string;
  heading: string;
  /** The raw file is only the beginning of the document (`source.excerpt`). */
  excerpt: boolean;
  sourceUrl?: string;
  /** The concepts it is tagged with, its language and its year (a news item's from its date). */
  concepts: string[];
  lang: string;
  year?: number;
}

function bundledEntries(): BundledEntry[] {
  return (['studies', 'news'] as const).flatMap((collection) =>
    readdirSync(`${contentDir}${collection}`)
      .filter((name) => name.endsWith('.md'))
      .map((name) => {
        const { frontmatter } = parseEntryFile(readFileSync(`${contentDir}${collection}/${name}`, 'utf8'), name);
        const title = orderByPageLang((frontmatter.title ?? {}) as LocalizedText, 'id')[0]?.text ?? t('id', 'study.untitled');
        // The heading a reader sees: the title the page chooses, its inline Markdown rendered.
        const shown = collection === 'news' ? newsTitle(frontmatter as { headline?: string; language: Lang }, 'id').text : title;
        const heading = markdownToPlainText(shown);
        const { file: source, excerpt = false } = frontmatter.source as { file: string; excerpt?: boolean };
        const sourceUrl = frontmatter.sourceUrl as string | undefined;
        const concepts = ((frontmatter.concepts ?? []) as (string | { id: string })[]).map((c) => (typeof c === 'string' ? c : c.id));
        const lang = String(collection === 'news' ? frontmatter.language : (frontmatter.languages as string[])[0]);
        const year = collection === 'news' ? Number(String(frontmatter.published ?? '').slice(0, 4)) || undefined : (frontmatter.year as number | undefined);
        return {
          collection,
          id: name.replace(/\.md$/, ''),
          source,
          heading,
          excerpt,
          concepts,
          lang,
          ...(year ? { year } : {}),
          ...(sourceUrl ? { sourceUrl } : {}),
        };
      }),
  );
}

const entries = bundledEntries();
const entryFor = (seedPrefix: string) => {
  const entry = entries.find((e) => e.source.startsWith(`sources/${seedPrefix}_`));
  if (!entry) throw new Error(`no bundled entry for seed ${seedPrefix}`);
  return entry;
};
// The documents the checks below name: the seeds. Adding documents leaves them in place.
const SEEDS = ['000', '001', '002', '003', '004'];
/**
 * The entries opened one by one in a browser: the seeds and a fixed number of others spread
 * over the corpus, so the cost stays the same however many documents are added.
 */
const MAX_OPENED_ENTRIES = 8;
const byId = (a: BundledEntry, b: BundledEntry) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
const openedEntries = sampleKeeping([...entries].sort(byId), SEEDS.map(entryFor), MAX_OPENED_ENTRIES);
const squash = (text: string | null) => (text ?? '').replace(/\s+/g, ' ').trim();

let browser: Browser;

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string, options: { javaScript?: boolean; width?: number } = {}): Promise<Page> {
  const context = await browser.newContext({
    javaScriptEnabled: options.javaScript ?? true,
    viewport: { width: options.width ?? 1280, height: 900 },
  });
  const page = await context.newPage();
  const response = await page.goto(`${baseUrl}${path}`);
  expect(response?.status(), `status of ${path}`).toBe(200);
  return page;
}

describe('the pages of the bundled documents', () => {
  it('opens the seeds and a fixed number of other entries, whatever the size of the corpus', () => {
    expect(openedEntries.length).toBe(Math.min(entries.length, MAX_OPENED_ENTRIES));
    expect(openedEntries.map((e) => e.source.slice(8, 11))).toEqual(expect.arrayContaining(SEEDS));
  });

  it.each(openedEntries.map((e) => [e.source, e] as const))('%s opens in Indonesian and English', async (_source, entry) => {
    const page = await open(`/${entry.collection}/${entry.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('id');
    expect(squash(await page.locator('h1').textContent())).toBe(squash(entry.heading));

    await page.getByRole('link', { name: 'Read in English' }).click();
    await page.waitForURL(`${baseUrl}/en/${entry.collection}/${entry.id}/`);
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    await page.context().close();
  });

  it.each(openedEntries.map((e) => [e.source, e] as const))(
    '%s says whether it holds only the beginning of its document, in both languages',
    async (_source, entry) => {
      for (const [prefix, wording] of [['', 'bagian awal dokumen ini'], ['/en', 'only the beginning of this document']] as const) {
        const page = await open(`${prefix}/${entry.collection}/${entry.id}/`);
        const notice = page.locator('main .excerpt-notice');
        expect(await notice.count()).toBe(entry.excerpt ? 1 : 0);
        if (entry.excerpt) {
          expect(await notice.textContent()).toContain(wording);
          if (entry.sourceUrl) expect(await notice.locator('a').getAttribute('href')).toBe(entry.sourceUrl);
        }
        await page.context().close();
      }
    },
  );

  it('shows a thesis with its metadata, both abstracts and its chapters', async () => {
    const study = entryFor('004');
    const page = await open(`/studies/${study.id}/`);
    const text = squash(await page.locator('main').textContent());
    expect(text).toContain('Muh. Faiq Qushayyi');
    expect(text).toContain('E061181339');
    expect(text).toContain('Universitas Hasanuddin');
    expect(text).toContain('Penelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan');
    expect(await page.locator('[lang="en"]', { hasText: 'This research aims to determine' }).count()).toBeGreaterThan(0);
    await expect(page.locator('h2', { hasText: 'BAB I PENDAHULUAN' }).count()).resolves.toBe(1);
    await expect(page.locator('blockquote[lang="en"]', { hasText: 'Security is primarily about the fate' }).count()).resolves.toBe(1);
    await page.context().close();
  });

  it('says which fields the source does not give', async () => {
    const page = await open(`/studies/${entryFor('000').id}/`);
    const text = squash(await page.locator('main').textContent());
    expect(text).toMatch(/tidak disebut dalam sumber/);
    // The title was derived from the stated aim: the heading itself says it is unverified.
    await page.locator('header a[href="#review"]', { hasText: 'Judul ini belum diverifikasi' }).click();
    expect(await page.locator('#review').isVisible()).toBe(true);
    await page.context().close();
  });

  it('shows a news item with its outlet, event date and key figures', async () => {
    const page = await open(`/news/${entryFor('002').id}/`);
    const text = squash(await page.locator('main').textContent());
    expect(text).toContain('VIVA');
    expect(text).toContain('17 Desember 2025');
    expect(text).toContain('474 juta dolar AS');
    expect(text).not.toContain('Baca Juga');
    await page.context().close();
  });
});

describe('provenance', () => {
  it('links each opened entry to its raw source, shown as received and offered as the original file', async () => {
    for (const entry of openedEntries) {
      const raw = readFileSync(`${contentDir}${entry.source}`);
      const page = await open(`/${entry.collection}/${entry.id}/`);
      await page.getByRole('link', { name: 'Teks sumber mentah' }).click();
      await page.waitForURL(`${baseUrl}/${entry.source}/`);
      // Shown as UTF-8 text, whatever the server says about .txt files.
      expect(await page.locator('pre.raw-source').textContent()).toBe(raw.toString('utf8'));
      expect(await page.locator(`main a[href="/${entry.collection}/${entry.id}/"]`).count()).toBe(1);
      const download = await page.getByRole('link', { name: 'Unduh berkas aslinya' }).getAttribute('href');
      const response = await page.request.get(`${baseUrl}${download}`);
      expect(await response.body()).toEqual(raw);
      await page.context().close();
    }
  });
});

describe('links between entries', () => {
  it('follows a concept tag to the concept page, which lists every study tagged with it', async () => {
    const page = await open(`/studies/${entryFor('004').id}/`);
    await page.locator('main a[href="/concepts/bilateral-cooperation/"]').first().click();
    await page.waitForURL(`${baseUrl}/concepts/bilateral-cooperation/`);
    expect(squash(await page.locator('h1').textContent())).toBe('kerja sama bilateral');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    for (const seed of ['000', '001', '004']) expect(links).toContain(`/studies/${entryFor(seed).id}/`);
    await page.context().close();
  });

  it('follows a detected legal instrument to its page, which lists the entries mentioning it', async () => {
    const page = await open(`/news/${entryFor('003').id}/`);
    await page.locator('main a[href="/legal/untoc/"]').first().click();
    await page.waitForURL(`${baseUrl}/legal/untoc/`);
    const text = squash(await page.locator('main').textContent());
    expect(text).toContain('Konvensi Perserikatan Bangsa-Bangsa Menentang Tindak Pidana Transnasional yang Terorganisasi');
    const links = await page.locator('main a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(links).toContain(`/news/${entryFor('002').id}/`);
    expect(links).toContain(`/news/${entryFor('003').id}/`);
    expect(links).toContain('/legal/uu-5-2009/');
    await page.context().close();
  });
});

describe('related entries and works cited', () => {
  it.each([
    ['002', '003', 'id'],
    ['003', '002', 'en'],
  ] as const)('shows the news item %s on the Bangkok conference as related to %s, with the reason (%s)', async (from, to, locale) => {
    const prefix = locale === 'en' ? '/en' : '';
    const page = await open(`${prefix}/news/${entryFor(from).id}/`);
    const related = page.getByRole('region', { name: t(locale, 'related.heading') });
    const item = related.locator('li', { has: page.locator(`a[href="${prefix}/news/${entryFor(to).id}/"]`) });
    const reason = squash(await item.locator('.entry-list__note').textContent());
    expect(reason.startsWith(t(locale, 'related.shares'))).toBe(true);
    // Among the rarest things both name: the Deputy Foreign Minister, the Bali Process, the conference's statement.
    const shared = locale === 'en' ? ['Arrmanatha', 'Bali Process', 'IC-GPOS'] : ['Arrmanatha', 'Proses Bali', 'Pernyataan Bersama Bangkok 2025'];
    expect(shared.filter((name) => reason.includes(name)).length).toBeGreaterThan(0);
    await item.locator('a').first().click();
    await page.waitForURL(`${baseUrl}${prefix}/news/${entryFor(to).id}/`);
    await page.context().close();
  });

  it('links a work cited in the Netherlands thesis to the paragraph citing it', async () => {
    const page = await open(`/studies/${entryFor('004').id}/`);
    const works = page.getByRole('region', { name: 'Karya yang dikutip' });
    const maier = works.locator('li', { hasText: 'Charles Maier (1990)' });
    await maier.getByRole('link').first().click();
    const anchor = new URL(page.url()).hash;
    expect(anchor).toMatch(/^#p-[0-9a-f]{8}(?:-\d+)?$/);
    expect(await page.locator(anchor).textContent()).toContain('Charles Maier (1990)');
    await page.context().close();
  });
});

describe('search', () => {
  const GUIDE_PATH = /^\/(?:en\/)?(?:concepts|legal|entities)\//;
  const entryPath = (entry: BundledEntry, root = '') => `${root}/${entry.collection}/${entry.id}/`;

  it('finds the studies on bilateral cooperation', async () => {
    const page = await open('/search/');
    const wanted = ['000', '001', '004'].map((seed) => entryPath(entryFor(seed)));
    const results = await search(page, 'bilateral', wanted);
    for (const path of wanted) expect(results).toContain(path);
    await page.context().close();
  });

  it('lists entries first for an acronym: "BSSN" gives the study on BSSN, not the regulations about it', async () => {
    const page = await open('/search/');
    const results = await search(page, 'BSSN', []);
    expect(results.filter((path) => GUIDE_PATH.test(path))).toEqual([]);
    expect(results.slice(0, 5)).toContain(entryPath(entryFor('004')));
    // The guides stay findable, in their own list below the results.
    expect(await page.locator('#search-guides a').count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('lists the news on trafficking for "tindak pidana perdagangan orang", and names the concept in a card', async () => {
    const page = await open('/search/');
    const wanted = ['002', '003'].map((seed) => entryPath(entryFor(seed)));
    const results = await search(page, 'tindak pidana perdagangan orang', wanted);
    expect(results.filter((path) => GUIDE_PATH.test(path))).toEqual([]);
    for (const path of wanted) expect(results).toContain(path);
    const card = page.locator('.search-card[data-guide="concept:human-trafficking"]');
    expect(squash(await card.textContent())).toMatch(/^Konsep: perdagangan orang \/ human trafficking — \d+ entri$/);
    expect(await card.locator('a').getAttribute('href')).toBe('/concepts/human-trafficking/');
    await page.context().close();
  });

  it('shows the concept card in the page language for a label in the other, and says what else was searched', async () => {
    const page = await open('/en/search/');
    await search(page, 'kerja sama bilateral', []);
    const card = page.locator('.search-card[data-guide="concept:bilateral-cooperation"]');
    expect(squash(await card.textContent())).toMatch(/^Concept: bilateral cooperation \/ kerja sama bilateral — \d+ entries$/);
    expect(squash(await page.locator('#search-also').textContent())).toContain('bilateral cooperation');
    await page.context().close();
  });

  it('finds "kerja sama" for "kerjasama" and "kerjasama" for "kerja sama"', async () => {
    const page = await open('/search/');
    const open004 = entryPath(entryFor('004'));
    expect(squash(entryFor('004').heading).toLowerCase()).toContain('kerja sama');
    expect(await search(page, 'kerjasama', [open004])).toContain(open004);
    const closed000 = entryPath(entryFor('000'));
    expect(squash(entryFor('000').heading).toLowerCase()).toContain('kerjasama');
    expect(await search(page, 'kerja sama', [closed000])).toContain(closed000);
    await page.context().close();
  });

  it('finds an Indonesian entry by the English label of its concept from the English root', async () => {
    const news = entryFor('002');
    expect(news.lang).toBe('id');
    const page = await open('/en/search/');
    const wanted = entryPath(news, '/en');
    expect(await search(page, 'human trafficking', [wanted])).toContain(wanted);
    await page.context().close();
  });

  it('finds an English entry by the Indonesian label of its concept from the Indonesian root', async () => {
    const english = entries.find((entry) => entry.lang === 'en' && entry.concepts.length > 0);
    if (!english) throw new Error('the corpus has no English entry with a concept');
    const concept = parseYaml(readFileSync(`${contentDir}concepts/${english.concepts[0]}.yaml`, 'utf8')) as { prefLabel: { id: string } };
    const page = await open('/search/');
    const wanted = entryPath(english);
    expect(await search(page, concept.prefLabel.id, [wanted])).toContain(wanted);
    await page.context().close();
  });

  it('browses by filters alone from the address: the studies on one concept from 2020 to 2023', async () => {
    const inRange = entries.filter((e) => e.collection === 'studies' && e.year !== undefined && e.year >= 2020 && e.year <= 2023);
    const tally = new Map<string, number>();
    for (const e of inRange) for (const c of e.concepts) tally.set(c, (tally.get(c) ?? 0) + 1);
    const [concept] = [...tally].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0] ?? [];
    if (!concept) throw new Error('the corpus has no study with a concept and a year from 2020 to 2023');
    const expected = inRange.filter((e) => e.concepts.includes(concept)).map((e) => entryPath(e));
    const page = await open(`/search/?kind=study&concept=${concept}&from=2020&to=2023`);
    await searchSettled(page);
    // The concept filter holds the studies tagged with the concept and those whose text mentions it.
    const yearOf = new Map(inRange.map((e) => [entryPath(e), e.year]));
    const listed = await listedResults(page);
    for (const path of listed) expect(yearOf.has(path), path).toBe(true);
    if (expected.length <= 10) for (const path of expected) expect(listed).toContain(path);
    const count = Number(/^(\d+) entri ditemukan$/.exec(squash(await page.locator('#search-status').textContent()))?.[1]);
    expect(count).toBeGreaterThanOrEqual(expected.length);
    expect(await page.locator(`input[name="concept"][value="${concept}"]`).isChecked()).toBe(true);
    expect(await page.locator('select[name="from"]').inputValue()).toBe('2020');
    await page.context().close();
  });

  it('takes the query from the address and writes every change back to it', async () => {
    const page = await open('/en/search/?q=bilateral');
    await searchSettled(page);
    expect(await page.locator('#search-q').inputValue()).toBe('bilateral');
    expect(await page.locator('.search-result').count()).toBeGreaterThan(0);
    await page.locator('#search-filters summary').click();
    await page.locator('select[name="sort"]').selectOption('newest');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('sort') === 'newest');
    expect(new URL(page.url()).searchParams.get('q')).toBe('bilateral');
    await page.context().close();
  });

  it('works by keyboard alone, and marks the searched words on the page a result opens', async () => {
    const page = await open('/search/');
    await page.waitForFunction(() => document.activeElement?.id === 'search-q');
    await page.keyboard.type('bilateral');
    await page.waitForFunction(() => new URLSearchParams(window.location.search).get('q') === 'bilateral');
    await searchSettled(page);
    for (let tab = 0; tab < 40; tab += 1) {
      await page.keyboard.press('Tab');
      if (await page.evaluate(() => document.activeElement?.classList.contains('search-result__link'))) break;
    }
    const target = await page.evaluate(() => (document.activeElement as HTMLAnchorElement | null)?.href ?? '');
    expect(target).toContain('highlight=bilateral');
    await page.keyboard.press('Enter');
    await page.waitForURL(target);
    await page.locator('mark.pagefind-highlight:visible').first().waitFor({ timeout: 15_000 });
    await page.context().close();
  });

  it('announces the number of results in a live region', async () => {
    const page = await open('/search/?q=bilateral');
    await searchSettled(page);
    const status = page.locator('#search-status');
    expect(await status.getAttribute('role')).toBe('status');
    expect(squash(await status.textContent())).toMatch(/^\d+ entri ditemukan$/);
    await page.context().close();
  });

  it('offers the browse and concept pages without JavaScript', async () => {
    const page = await open('/en/search/', { javaScript: false });
    expect(await page.locator('main a[href="/en/concepts/"]').count()).toBe(1);
    expect(await page.locator('main a[href="/en/studies/"]').count()).toBe(1);
    await page.context().close();
  });
});

describe('without JavaScript and on a phone', () => {
  it('serves readable pages and working navigation without JavaScript', async () => {
    const page = await open('/', { javaScript: false });
    await page.locator('nav a[href="/studies/"]').click();
    await page.waitForURL(`${baseUrl}/studies/`);
    const text = squash(await page.locator('main').textContent());
    expect(text).toContain(squash(entryFor('004').heading));
    await page.context().close();
  });

  it.each(['/', '/search/?q=bilateral', '/en/search/?q=kerja+sama', `/studies/${entryFor('004').id}/`, `/news/${entryFor('002').id}/`, '/legal/untoc/'])(
    '%s fits a 360px screen without sideways scrolling',
    async (path) => {
      const page = await open(path, { width: 360 });
      if (path.includes('/search/')) await searchSettled(page);
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect(overflow).toBeLessThanOrEqual(0);
      await page.context().close();
    },
  );
});
