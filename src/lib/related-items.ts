/**
 * An entry's related entries as its page lists them: a summary of each, and the shared features
 * that relate them named in the page language ("Sama-sama membahas: Proses Bali, …").
 */
import { legalTitleIn } from './legal-title.ts';
import { formatCitedWork } from './citations/format-cited-work.ts';
import type { SiteContent } from './content.ts';
import { summarizeRefs, type EntrySummary } from './entry-summary.ts';
import type { EntryRef } from './graph/build-knowledge-graph.ts';
import { entryRefKey, type Feature } from './graph/related-entries.ts';
import type { Locale } from './i18n/locales.ts';

/** One related entry with the reasons shown for it. */
export interface RelatedItem {
  summary: EntrySummary;
  /** The most telling shared features, named in the page language. */
  reasons: string[];
  /** How many more shared features there are beyond `reasons`. */
  more: number;
}

/** A reason line names at most this many features; the rest are counted. */
const SHOWN_REASONS = 4;

/** A shared feature's name on a page in `locale`; `entry` is the entry whose page it is. */
function featureLabel(content: SiteContent, entry: EntryRef, feature: Feature, locale: Locale): string {
  switch (feature.kind) {
    case 'concept':
      return content.conceptById.get(feature.value)?.data.prefLabel[locale] ?? feature.value;
    case 'legal': {
      // A reason line is short: the name texts use first ("Proses Bali", "UNTOC"), else the full title.
      const instrument = content.legalById.get(feature.value)?.data;
      return instrument ? (instrument.aliases[locale][0] ?? legalTitleIn(instrument.title, locale).text) : feature.value;
    }
    case 'work': {
      const works = entry.kind === 'studies' ? content.worksCitedByStudy.get(entry.id) : undefined;
      const work = works?.find((cited) => cited.key === feature.value);
      return work ? formatCitedWork(work, locale) : feature.value;
    }
    case 'organisation':
    case 'country':
    case 'person':
      // Entity ids; a person without a page is kept by the name as written.
      return content.entityById.get(feature.value)?.data.label[locale] ?? feature.value;
  }
}

/** The entries related to `entry`, best first, ready for its page in `locale`. */
export function relatedItems(content: SiteContent, entry: EntryRef, locale: Locale): RelatedItem[] {
  return (content.relatedByEntry.get(entryRefKey(entry)) ?? []).flatMap((related) => {
    const [summary] = summarizeRefs(content, [related.ref], locale);
    if (!summary) return [];
    const reasons = related.shared.slice(0, SHOWN_REASONS).map((feature) => featureLabel(content, entry, feature, locale));
    return [{ summary, reasons, more: related.shared.length - reasons.length }];
  });
}
