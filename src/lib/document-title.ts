/**
 * The text of a page's `<title>`: the page's own title and the site name, kept short enough for
 * search results and browser tabs. Only the `<title>` is shortened; the page's heading keeps the
 * full title.
 */

/** Longest `<title>` in characters; search engines cut titles around this length. */
export const MAX_TITLE_LENGTH = 70;

const SEPARATOR = ' · ';
const ELLIPSIS = '…';
/** Punctuation that would dangle before the ellipsis once the text after it is cut. */
const TRAILING_PUNCTUATION = /[\s,;:.\-–—(/]+$/u;

const characters = (text: string): string[] => [...text];

/**
 * Cuts `text` to at most `max` characters (ellipsis included) at the last word boundary that
 * fits, or mid-word when the first word alone is longer than that.
 */
export function truncateAtWord(text: string, max: number): string {
  const chars = characters(text);
  if (chars.length <= max) return text;
  const room = chars.slice(0, max - ELLIPSIS.length).join('');
  // A word is whole when the text goes on with a space right after the room.
  const endsOnWord = /^\s/u.test(chars[max - ELLIPSIS.length] ?? '');
  const lastSpace = room.search(/\s\S*$/u);
  const cut = endsOnWord || lastSpace <= 0 ? room : room.slice(0, lastSpace);
  return `${cut.replace(TRAILING_PUNCTUATION, '')}${ELLIPSIS}`;
}

/**
 * `title · siteName`, with `title` cut at a word so that the whole is at most `max` characters;
 * the site name alone when the page is the site itself.
 */
export function documentTitle(title: string, siteName: string, max = MAX_TITLE_LENGTH): string {
  if (title === siteName) return siteName;
  const room = max - characters(SEPARATOR + siteName).length;
  return `${truncateAtWord(title.trim(), room)}${SEPARATOR}${siteName}`;
}
