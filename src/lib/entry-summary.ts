/**
 * Entries as lists and links show them: where each is, its title in the page language, a date
 * and a short line under the title. Kept apart from the content queries so that code which only
 * describes entries (lists, cache keys) can be used and tested without Astro's collections.
 */
import type { SiteContent, NewsEntry, StudyEntry } from './content.ts';
import type { EntryRef } from './graph/build-knowledge-graph.ts';
import type { Backlink } from './graph/build-mention-index.ts';
import type { Locale } from './i18n/locales.ts';
import { orderByPageLang, type TextInLang } from './i18n/localized-text.ts';
import { t } from './i18n/ui.ts';
import { newsTitle } from './news-title.ts';
import { entryUrl } from './urls.ts';

/** What a list item or a link needs to show an entry: where it is, its title, and a date. */
export interface EntrySummary {
  href: string;
  title: TextInLang;
  /** The year (`YYYY`) or publication date (`YYYY-MM-DD`), for the component to format per locale. */
  date: string | undefined;
  kind: EntryRef['kind'];
  /** A short line under the title: authors and institution, or the outlet. */
  detail: string | undefined;
}

function joinPresent(parts: readonly (string | undefined)[]): string | undefined {
  const present = parts.filter((part): part is string => Boolean(part));
  return present.length > 0 ? present.join(' · ') : undefined;
}

/** A study's title for a page in `locale`: the page language if given, else the other, else a placeholder. */
export function studyTitle(study: StudyEntry, locale: Locale): TextInLang {
  return orderByPageLang(study.data.title, locale)[0] ?? { lang: locale, text: t(locale, 'study.untitled') };
}

/** A study or news item ready to be listed or linked on a page in `locale`. */
export function summarizeStudy(study: StudyEntry, locale: Locale): EntrySummary {
  return {
    href: entryUrl(locale, 'studies', study.id),
    title: studyTitle(study, locale),
    date: study.data.year?.toString(),
    kind: 'studies',
    detail: joinPresent([study.data.authors.join(', '), study.data.institution]),
  };
}

/** A news item ready to be listed or linked; the headline stays in the article's language. */
export function summarizeNews(item: NewsEntry, locale: Locale): EntrySummary {
  return {
    href: entryUrl(locale, 'news', item.id),
    title: newsTitle(item.data, locale),
    date: item.data.published,
    kind: 'news',
    detail: joinPresent([item.data.outlet, item.data.dateline]),
  };
}

/** Resolves one graph reference to a summary; `undefined` for an entry that does not exist. */
export function summarizeRef(content: SiteContent, ref: EntryRef, locale: Locale): EntrySummary | undefined {
  if (ref.kind === 'studies') {
    const study = content.studyById.get(ref.id);
    return study ? summarizeStudy(study, locale) : undefined;
  }
  const item = content.newsById.get(ref.id);
  return item ? summarizeNews(item, locale) : undefined;
}

/** Resolves graph references (entries tagged with a concept, mentioning an instrument) to summaries. */
export function summarizeRefs(content: SiteContent, refs: readonly EntryRef[], locale: Locale): EntrySummary[] {
  return refs.flatMap((ref) => summarizeRef(content, ref, locale) ?? []);
}

/** A backlink ready to show: the entry's summary and the address of the paragraph it quotes. */
export interface MentionSummary {
  entry: EntrySummary;
  passageHref: string;
  backlink: Backlink;
}

/** Backlinks (entries whose text mentions a target) ready to show on the target's page in `locale`. */
export function summarizeBacklinks(content: SiteContent, backlinks: readonly Backlink[], locale: Locale): MentionSummary[] {
  return backlinks.flatMap((backlink) => {
    const entry = summarizeRef(content, backlink.entry, locale);
    return entry ? [{ entry, passageHref: `${entry.href}#${backlink.anchor}`, backlink }] : [];
  });
}

