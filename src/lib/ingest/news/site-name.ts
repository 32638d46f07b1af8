/**
 * The site name a page's title bar appends to the headline: "Headline - Tribunnews.com",
 * "Headline | Republika Online". After a dash only a domain counts (a dash also joins two names
 * inside a headline: "Indonesia - Malaysia"); after a bar, a short run of capitalised words does,
 * though a section's name may stand there too ("| Hukum Kriminal").
 */

/** A domain as sites write their names: "Tribunnews.com", "KOMPAS.com", "detik.com", "TEMPO.CO". */
const DOMAIN = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}]{2,})+$/u;
/** Two to four capitalised words: "Republika Online", "CNN Indonesia"; one word alone is as often a section ("Nasional"). */
const NAME_WORDS = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){1,3}$/u;
const SUFFIX = /^(?<title>.+)\s+(?<mark>[|–—-])\s+(?<site>[^|–—]+?)\s*$/u;
/** A title keeps at least this many words: a shorter one is a menu item or a section label. */
const MIN_TITLE_WORDS = 4;

/** Fewest segments, and most words in each, of a menu of links set with bars. */
const MENU_SEGMENTS = 3;
const MENU_SEGMENT_WORDS = 3;

/**
 * True for a menu of links set with bars ("Home | Nasional | Kompas.com | Detik.com"): its last
 * link is no site name appended to a title.
 */
function isLinkMenu(line: string): boolean {
  const segments = line.split('|').map((segment) => segment.trim());
  return segments.length >= MENU_SEGMENTS && segments.every((segment) => segment !== '' && segment.split(/\s+/).length <= MENU_SEGMENT_WORDS);
}

/** A title and the site name appended to it. */
export interface SiteSuffix {
  title: string;
  site: string;
  /** Whether the site is named by its domain, which no section name is. */
  domain: boolean;
}

/** Splits the site name off a title-bar line, or returns undefined when it carries none. */
export function splitSiteName(line: string): SiteSuffix | undefined {
  const match = SUFFIX.exec(line.trim());
  const groups = match?.groups;
  if (!groups?.title || !groups.site) return undefined;
  if (groups.title.split(/\s+/).length < MIN_TITLE_WORDS || isLinkMenu(line)) return undefined;
  const site = groups.site.trim();
  const domain = DOMAIN.test(site);
  return domain || (groups.mark === '|' && NAME_WORDS.test(site)) ? { title: groups.title.trim(), site, domain } : undefined;
}

/** Returns `line` without the site name its title bar appends, or the line itself. */
export function withoutSiteName(line: string): string {
  return splitSiteName(line)?.title ?? line;
}
