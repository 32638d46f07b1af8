/**
 * Whitespace clean-up for text extracted from PDFs and word processors.
 *
 * Leading spaces are kept on purpose: in some extractions a line that starts with a space marks
 * the first line of a new page, and the reflow step needs to see it.
 */

/** Zero-width characters and the soft hyphen, which only steer line breaking and never show. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/** No-break and typographic spaces that should behave like an ordinary space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/**
 * Returns the text with unified line endings (`\n`), odd spaces turned into plain spaces,
 * invisible characters removed and trailing spaces cut from every line.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => line.replace(/ +$/, ''))
    .join('\n');
}
