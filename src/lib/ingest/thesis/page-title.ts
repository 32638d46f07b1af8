/**
 * A study's title as a web page's title bar or a sharing site prints it: OJS's PDF viewer puts
 * "View of" before it, and a repository, journal or portal appends its own name after a dash or a
 * bar ("... - Repository UPN Veteran Jakarta", "... | Neliti", "... | Jurnal Ilmu Hubungan ..."). Both are the site's, not the title's.
 */
import { splitSiteName } from '../news/site-name.ts';

/** The viewer's prefix: "View of Title". */
const VIEWER_PREFIX = /^[Vv]iew\s+of\s+(?=\p{Lu})/u;

/** The words of a repository's, library's, journal's or journal portal's name. */
const REPOSITORY_WORDS =
  /\b(?:repositor(?:y|i)|eprints|digilib|digital\s+library|perpustakaan|library|e-?journals?|portal|garuda|neliti|researchgate|academia\.edu|scholar|journal|jurnal)\b/iu;

/** A dash or bar set apart by spaces, where a title bar appends the site's name. */
const SEPARATOR = /\s+[|–—-]\s+/gu;

/** `text` without a repository's name after its last separator. */
function withoutRepositoryName(text: string): string {
  const last = [...text.matchAll(SEPARATOR)].at(-1);
  return last && REPOSITORY_WORDS.test(text.slice(last.index + last[0].length)) ? text.slice(0, last.index) : text;
}

/** `text` without the viewer's "View of" before the title. */
export function withoutViewerPrefix(text: string): string {
  return text.trim().replace(VIEWER_PREFIX, '');
}

/** Returns the title in a title-bar line, without the viewer's prefix and the site's name. */
export function titleFromPageTitle(line: string): string {
  const text = withoutViewerPrefix(line);
  return withoutRepositoryName(splitSiteName(text)?.title ?? text).trim();
}
