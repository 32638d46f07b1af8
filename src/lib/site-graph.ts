/**
 * The site's graph views and timelines, built from the content `loadSiteContent()` read: the
 * graph data, its index and the legal chain walker are made once per build and shared by pages.
 */
import { legalTitleIn } from './legal-title.ts';
import type { LegalEntry, SiteContent } from './content.ts';
import { summarizeNews, summarizeStudy } from './entry-summary.ts';
import type { TaggedKind } from './graph/build-knowledge-graph.ts';
import { buildGraphData, type GraphData, type NodeKind, type NodeUrls } from './graph/graph-data.ts';
import { indexGraph, neighbourhood, type GraphIndex } from './graph/graph-selection.ts';
import { buildLegalChainWalker, type LegalChainWalker } from './graph/legal-chain.ts';
import { legalEdges } from './graph/legal-edges.ts';
import { groupByYear, instrumentDate } from './graph/timeline.ts';
import { LOCALE_LIST, type Locale } from './i18n/locales.ts';
import { orderByPageLang, type LocalizedText, type TextInLang } from './i18n/localized-text.ts';
import { t } from './i18n/ui.ts';
import { rememberRecent } from './recent-results.ts';
import { markdownToPlainText } from './markdown/render-inline.ts';
import { entryUrl, type CollectionName } from './urls.ts';

/** The graph of the corpus with what pages ask of it. */
export interface SiteGraph {
  data: GraphData;
  index: GraphIndex;
  chainOf: LegalChainWalker;
  /**
   * `neighbourhood` of a node in this graph. An entry's page key and its page in each locale
   * ask for the same one in a row, so the last few are remembered, not the whole corpus's.
   */
  neighbourhoodOf: (centre: string) => GraphData;
}

/** How many nodes' neighbourhoods a site graph remembers. */
const RECENT_NEIGHBOURHOODS = 4;

/** The collection whose pages show each kind of node; a kind without pages is absent. */
const PAGES_OF: Partial<Record<NodeKind, CollectionName>> = {
  study: 'studies',
  news: 'news',
  concept: 'concepts',
  legal: 'legal',
  organisation: 'entities',
  person: 'entities',
  country: 'entities',
};

const nodeUrls: NodeUrls = (kind, id) => {
  const collection = PAGES_OF[kind];
  if (!collection) return undefined;
  return Object.fromEntries(LOCALE_LIST.map((locale) => [locale, entryUrl(locale, collection, id)])) as Record<Locale, string>;
};

/** A label in every locale from a per-locale function, for entries whose title the source lacks. */
const inEveryLocale = (text: (locale: Locale) => string): LocalizedText =>
  Object.fromEntries(LOCALE_LIST.map((locale) => [locale, text(locale)]));

/** Study titles and news headlines are Markdown in the data; nodes carry them as plain text. */
const plainLabel = (label: LocalizedText): LocalizedText =>
  Object.fromEntries(Object.entries(label).map(([lang, text]) => [lang, markdownToPlainText(text)]));

/** The title an entry's node is shown under: the source's, or the "untitled" label of each locale. */
function entryLabel(content: SiteContent, kind: TaggedKind, id: string): LocalizedText {
  if (kind === 'studies') {
    const title = content.studyById.get(id)?.data.title ?? {};
    return Object.keys(title).length > 0 ? plainLabel(title) : inEveryLocale((l) => t(l, 'study.untitled'));
  }
  const item = content.newsById.get(id);
  return item?.data.headline ? plainLabel({ [item.data.language]: item.data.headline }) : inEveryLocale((l) => t(l, 'news.untitled'));
}

function buildSiteGraph(content: SiteContent): SiteGraph {
  const { entries, legal, concepts, entities = [] } = content.graphInput;
  const data = buildGraphData(
    {
      entries: entries.map((entry) => ({ ...entry, label: entryLabel(content, entry.kind, entry.id) })),
      legal: legal.map((item) => ({ ...item, label: content.legalById.get(item.id)?.data.title ?? {} })),
      concepts: concepts.map((concept) => ({ ...concept, label: content.conceptById.get(concept.id)?.data.prefLabel ?? {} })),
      entities: entities.map((entity) => ({ ...entity, label: content.entityById.get(entity.id)?.data.label ?? {} })),
    },
    nodeUrls,
  );
  const index = indexGraph(data);
  const neighbourhoodOf = rememberRecent((centre: string) => neighbourhood(index, centre), (centre) => centre, RECENT_NEIGHBOURHOODS);
  return { data, index, chainOf: buildLegalChainWalker(legalEdges(legal)), neighbourhoodOf };
}

const built = new WeakMap<SiteContent, SiteGraph>();

/** The graph of `content`, built on the first call and shared by every later page of the build. */
export function siteGraph(content: SiteContent): SiteGraph {
  let graph = built.get(content);
  if (!graph) {
    graph = buildSiteGraph(content);
    built.set(content, graph);
  }
  return graph;
}

/** A label for a page in `locale`: its own language first, else the other. */
export function labelFor(label: LocalizedText, locale: Locale): TextInLang {
  return orderByPageLang(label, locale)[0] ?? { lang: locale, text: '' };
}

/** An instrument's short name (its first alias, "Perpres 133/2017", "UNTOC"), else its title. */
export function shortLegalName(instrument: LegalEntry, locale: Locale): TextInLang {
  const alias = orderByPageLang({ id: instrument.data.aliases.id[0], en: instrument.data.aliases.en[0] }, locale)[0];
  return alias ?? legalTitleIn(instrument.data.title, locale);
}

/** One line of a timeline: a dated link with its kind, and lines about how it relates to others. */
export interface TimelineItem {
  date: string | undefined;
  href: string;
  title: TextInLang;
  kindLabel: string;
  /** Set on the item the page is about. */
  current?: boolean;
  /** Which of its dates the item is placed by, when that is not the obvious one. */
  dateNote?: string;
  relations?: { label: string; href: string; name: TextInLang }[];
}

/** An instrument on a timeline, placed by its adoption date. */
function legalItem(instrument: LegalEntry, locale: Locale): TimelineItem {
  return {
    date: instrumentDate(instrument.data),
    href: entryUrl(locale, 'legal', instrument.id),
    title: legalTitleIn(instrument.data.title, locale),
    kindLabel: t(locale, `legalKind.${instrument.data.kind}` as const),
  };
}

/**
 * The timeline of an instrument's chain: every member with the relations it states towards other
 * members ("amends Perpres 53/2017"), so each relation shows once, on the instrument that acts.
 */
export function legalChainTimeline(content: SiteContent, id: string, locale: Locale): { items: TimelineItem[]; truncated: boolean } {
  const chain = siteGraph(content).chainOf(id);
  const items = chain.members.flatMap(({ id: memberId }) => {
    const instrument = content.legalById.get(memberId);
    if (!instrument) return [];
    const relations = chain.edges
      .filter((edge) => edge.source === memberId)
      .flatMap((edge) => {
        const target = content.legalById.get(edge.target);
        return target
          ? [{ label: t(locale, `relation.${edge.type}` as const), href: entryUrl(locale, 'legal', target.id), name: shortLegalName(target, locale) }]
          : [];
      });
    return [{ ...legalItem(instrument, locale), current: memberId === id, relations }];
  });
  return { items, truncated: chain.truncated };
}

const plainTitle = (title: TextInLang): TextInLang => ({ lang: title.lang, text: markdownToPlainText(title.text) });

/** Every instrument, news item and study of the corpus as a timeline item, in no particular order. */
function corpusTimelineItems(content: SiteContent, locale: Locale): TimelineItem[] {
  const news = content.news.map((item): TimelineItem => {
    const summary = summarizeNews(item, locale);
    const base = { date: item.data.eventDate ?? item.data.published, href: summary.href, title: plainTitle(summary.title), kindLabel: t(locale, 'type.news') };
    // A news item is placed by the event it reports when the text dates it, said beside the date.
    return item.data.eventDate ? { ...base, dateNote: t(locale, 'timeline.event') } : base;
  });
  const studies = content.studies.map((study): TimelineItem => {
    const summary = summarizeStudy(study, locale);
    return { date: summary.date, href: summary.href, title: plainTitle(summary.title), kindLabel: t(locale, 'type.study') };
  });
  return [...content.legal.map((instrument) => legalItem(instrument, locale)), ...news, ...studies];
}

const timelines = new WeakMap<SiteContent, Map<Locale, TimelineItem[]>>();

/**
 * Every instrument, news item and study of the corpus as a timeline item, oldest first and the
 * undated last, as the timeline's pages show them: made once per locale and shared by its pages.
 */
export function corpusTimeline(content: SiteContent, locale: Locale): readonly TimelineItem[] {
  let byLocale = timelines.get(content);
  if (!byLocale) {
    byLocale = new Map();
    timelines.set(content, byLocale);
  }
  let items = byLocale.get(locale);
  if (!items) {
    items = groupByYear(corpusTimelineItems(content, locale)).flatMap((group) => group.items);
    byLocale.set(locale, items);
  }
  return items;
}
