/**
 * Finds the address of the article itself among the URLs of a pasted page. Pages link to many
 * other things, so a URL is only taken when a label calls it the source or it is on the outlet's
 * own site with a path.
 */
import { findUrls, hostOf } from './web-address.ts';

const SOURCE_LABEL = /\b(?:sumber|source|artikel asli|original|tautan|link|url|tayang di|selengkapnya|read more at)\b/iu;

function isOnSite(url: string, domain: string): boolean {
  const host = hostOf(url);
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return host !== undefined && (host === domain || host.endsWith(`.${domain}`)) && path.length > 1;
}

/**
 * Returns the article's URL from `lines`, preferring a labelled one, then one on `domain`
 * (the outlet's site as the page names it); undefined when neither is there.
 */
export function findSourceUrl(lines: readonly string[], domain?: string): string | undefined {
  const labelled = lines.filter((line) => SOURCE_LABEL.test(line)).flatMap(findUrls)[0];
  if (labelled) return labelled;
  if (!domain) return undefined;
  const bare = domain.toLowerCase().replace(/^www\./, '');
  return lines.flatMap(findUrls).find((url) => isOnSite(url, bare));
}
