/**
 * The feed of entries (RSS 2.0, `/rss.xml`): studies and news items, newest first, each linked at
 * its citation address. Dated by the news item's publication or the study's year.
 */
import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { loadSiteContent } from '../lib/content.ts';
import { studyTitle } from '../lib/entry-summary.ts';
import { DEFAULT_LOCALE } from '../lib/i18n/locales.ts';
import { t } from '../lib/i18n/ui.ts';
import { markdownToPlainText } from '../lib/markdown/render-inline.ts';
import { newsTitle } from '../lib/news-title.ts';
import { citationUrl } from '../lib/urls.ts';

/** Most items a feed carries: readers only look at the newest. */
const FEED_SIZE = 50;

export const GET: APIRoute = async ({ site, url }) => {
  const base = site ?? url;
  const content = await loadSiteContent();
  const locale = DEFAULT_LOCALE;
  const items = [
    ...content.news.map((entry) => ({
      title: markdownToPlainText(newsTitle(entry.data, locale).text),
      link: citationUrl('news', entry.id, base),
      pubDate: entry.data.published ? new Date(`${entry.data.published}T00:00:00Z`) : undefined,
    })),
    ...content.studies.map((entry) => ({
      title: markdownToPlainText(studyTitle(entry, locale).text),
      link: citationUrl('studies', entry.id, base),
      pubDate: entry.data.year ? new Date(Date.UTC(entry.data.year, 0, 1)) : undefined,
    })),
  ]
    .sort((a, b) => (b.pubDate?.getTime() ?? 0) - (a.pubDate?.getTime() ?? 0))
    .slice(0, FEED_SIZE);
  return rss({ title: t(locale, 'site.name'), description: t(locale, 'site.description'), site: base, items });
};
