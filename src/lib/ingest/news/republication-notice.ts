/**
 * Reads the site a republication notice names. Sites append one to the text a reader copies or a
 * partner reprints: "Artikel ini telah tayang di Kompas.com dengan judul ...", "Baca artikel
 * detiknews, "Title" selengkapnya https://...", "This article was first published on The Star".
 * The notice names the site the article is from, in the site's own spelling.
 */
import { isDayOrMonthName } from './dates.ts';

/** A site's name: a domain or one to four words, the first set as the site sets it ("detiknews", "Kompas.com", "The Star"). */
const SITE = String.raw`[\p{L}\p{N}][\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3}`;

/** The notice forms, each holding the site in its `site` group. */
const NOTICES: readonly RegExp[] = [
  // "Artikel ini telah tayang di Kompas.com dengan judul", "... terbit di halaman Serambinews.com dengan judul".
  new RegExp(String.raw`^artikel ini (?:telah |sudah )?(?:tayang|terbit|dimuat|diterbitkan) di (?:(?:halaman|laman|situs|portal) )?(?<site>${SITE}) dengan judul\b`, 'iu'),
  // detik's copy notice: "Baca artikel detiknews, "Title" selengkapnya https://...".
  new RegExp(String.raw`^baca artikel (?<site>${SITE}),\s*["“].*\bselengkapnya\b`, 'iu'),
  // "This article was first published on The Star.", "This story originally appeared in The Diplomat on ...".
  new RegExp(String.raw`^this (?:article|story) (?:was |has been )?(?:first |originally )?(?:published|appeared) (?:on|in) (?<site>${SITE})(?:[.,]|\s+on\s|$)`, 'iu'),
];

/** Returns the site a republication notice names, or undefined when `line` is no such notice. */
export function readRepublishedSite(line: string): string | undefined {
  const trimmed = line.trim();
  for (const notice of NOTICES) {
    const site = notice.exec(trimmed)?.groups?.site;
    // "... was first published on Monday." names a day, not a site.
    if (site !== undefined && !isDayOrMonthName(site)) return site.replace(/[.,]$/u, '');
  }
  return undefined;
}
