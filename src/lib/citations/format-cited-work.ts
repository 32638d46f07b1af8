/**
 * A cited work's authors as a works-cited line writes them, in the page language:
 * "Buzan, Wæver & de Wilde", "Arianto & Anggraini", "Jelita et al." / "Jelita dkk.".
 */
import type { Locale } from '../i18n/locales.ts';
import { t } from '../i18n/ui.ts';
import type { CitedWork } from './cited-work.ts';

/** The authors of a cited work, joined for display. */
export function formatCitedAuthors(work: Pick<CitedWork, 'authors' | 'etAl'>, locale: Locale): string {
  if (work.etAl) return `${work.authors[0] ?? ''} ${t(locale, 'citations.etAl')}`;
  if (work.authors.length <= 1) return work.authors[0] ?? '';
  return `${work.authors.slice(0, -1).join(', ')} & ${work.authors[work.authors.length - 1]}`;
}

/** Authors and year: "Buzan et al. (1998)". */
export function formatCitedWork(work: Pick<CitedWork, 'authors' | 'etAl' | 'year'>, locale: Locale): string {
  return `${formatCitedAuthors(work, locale)} (${work.year})`;
}
