/**
 * Long lists split into pages of a fixed size, so that no page grows with the corpus. Page 1 is
 * the list's own address; page n > 1 lives at `<list>/page/<n>/` (`pagedUrl` in `urls.ts`).
 */
import type { Locale } from './i18n/locales.ts';
import { t } from './i18n/ui.ts';

/** How many entries one page of a list shows, for every paginated list of the site. */
export const PAGE_SIZE = 50;

/** How many pages a list of `total` items takes: at least one, so an empty list still has its page. */
export function pageCount(total: number, size = PAGE_SIZE): number {
  return Math.max(1, Math.ceil(total / size));
}

/** The items page `page` (1-based) shows. */
export function pageItems<T>(items: readonly T[], page: number, size = PAGE_SIZE): T[] {
  return items.slice((page - 1) * size, page * size);
}

/** The numbers of the pages after the first (2..count), the ones that need a route of their own. */
export function laterPages(total: number, size = PAGE_SIZE): number[] {
  return Array.from({ length: pageCount(total, size) - 1 }, (_, index) => index + 2);
}

/**
 * The page numbers a page links to: the first, the last, and the two on each side of the current
 * one, in order; `undefined` marks a gap of pages not linked. At most nine, however long the list.
 */
export function pageLinks(current: number, count: number): (number | undefined)[] {
  const shown = [...new Set([1, current - 2, current - 1, current, current + 1, current + 2, count])]
    .filter((page) => page >= 1 && page <= count)
    .sort((a, b) => a - b);
  return shown.flatMap((page, index) => {
    const previous = shown[index - 1];
    if (previous === undefined || page === previous + 1) return [page];
    // A gap of one page shows that page: a mark would take as much room and say less.
    return page === previous + 2 ? [previous + 1, page] : [undefined, page];
  });
}

/** A list page's `<title>`: the list's heading, with the page's place after the first page. */
export function pageTitle(locale: Locale, heading: string, page: number, count: number): string {
  return page === 1 ? heading : `${heading} (${t(locale, 'pagination.position', { page, count })})`;
}
