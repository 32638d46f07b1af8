/**
 * The site name a page's title bar appends to the headline: "Headline - Tribunnews.com",
 * "Headline | Republika Online". After a dash only a domain counts (a dash also joins two names
 * inside a headline: "Indonesia - Malaysia"); after a bar, a short run of capitalised words does.
 */

/** A domain as sites write their names: "Tribunnews.com", "KOMPAS.com", "detik.com", "TEMPO.CO". */
const DOMAIN = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}]{2,})+$/u;
/** One to four capitalised words or domains: "Republika Online", "CNN Indonesia". */
const NAME_WORDS = /^[\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*(?: [\p{Lu}\p{N}][\p{L}\p{N}.&'’-]*){0,3}$/u;
const SUFFIX = /^(?<title>.+)\s+(?<mark>[|–—-])\s+(?<site>[^|–—]+?)\s*$/u;
/** A title keeps at least this many words: a shorter one is a menu item or a section label. */
const MIN_TITLE_WORDS = 4;

/** A title and the site name appended to it. */
export interface SiteSuffix {
  title: string;
  site: string;
}

/** Splits the site name off a title-bar line, or returns undefined when it carries none. */
export function splitSiteName(line: string): SiteSuffix | undefined {
  const match = SUFFIX.exec(line.trim());
  const groups = match?.groups;
  if (!groups?.title || !groups.site) return undefined;
  if (groups.title.split(/\s+/).length < MIN_TITLE_WORDS) return undefined;
  const site = groups.site.trim();
  const named = DOMAIN.test(site) || (groups.mark === '|' && NAME_WORDS.test(site));
  return named ? { title: groups.title.trim(), site } : undefined;
}

/** Returns `line` without the site name its title bar appends, or the line itself. */
export function withoutSiteName(line: string): string {
  return splitSiteName(line)?.title ?? line;
}
