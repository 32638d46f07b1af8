/**
 * Finds the address of the article itself among the URLs of a pasted page. Pages link to many
 * other things, so a URL is only taken when a label calls it the source, when it stands alone on
 * a line above the article (where copy tools and browsers put the page's own address), or when
 * it is on the outlet's own site with a path.
 */
import { findUrls, hostOf } from './web-address.ts';

const SOURCE_LABEL = /\b(?:sumber|source|artikel asli|original|tautan|link|url|tayang di|selengkapnya|read more at)\b/iu;

function isOnSite(url: string, domain: string): boolean {
  const host = hostOf(url);
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return host !== undefined && (host === domain || host.endsWith(`.${domain}`)) && path.length > 1;
}

/** A link to a picture or a file is not the address of an article. */
const FILE_PATH = /\.(?:jpe?g|png|gif|webp|svg|pdf|mp4|mp3)(?:[?#].*)?$/iu;

/** Returns the URL when `line` is one URL with a path to a page and nothing else. */
function loneArticleUrl(line: string): string | undefined {
  const [url] = findUrls(line);
  if (url === undefined || url !== line) return undefined;
  const path = url.replace(/^https?:\/\/[^/]+/, '');
  return /\p{L}/u.test(path) && !FILE_PATH.test(path) ? url : undefined;
}

/**
 * Returns the article's URL: a labelled one among `lines`, else one standing alone among the
 * `header` lines above the article, else one on `domain` (the outlet's site as the page names
 * it); undefined when there is none of these.
 */
export function findSourceUrl(
  lines: readonly string[],
  domain?: string,
  header: readonly string[] = [],
): string | undefined {
  const labelled = lines.filter((line) => SOURCE_LABEL.test(line)).flatMap(findUrls)[0];
  if (labelled) return labelled;
  const own = header.map(loneArticleUrl).find((url) => url !== undefined);
  if (own) return own;
  if (!domain) return undefined;
  const bare = domain.toLowerCase().replace(/^www\./, '');
  return lines.flatMap(findUrls).find((url) => isOnSite(url, bare));
}
