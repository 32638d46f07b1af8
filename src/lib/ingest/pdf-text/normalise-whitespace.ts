/**
 * Whitespace clean-up for text extracted from PDFs and word processors.
 *
 * Leading spaces are kept on purpose: in some extractions a line that starts with a space marks
 * the first line of a new page, and the reflow step needs to see it.
 */
import { trimChars } from '../../text/trim-chars.ts';

/** Zero-width characters and the soft hyphen, which only steer line breaking and never show. */
const INVISIBLE = /[\u200B-\u200D\u2060\uFEFF\u00AD]/g;

/**
 * A soft hyphen closing a line marks where the typesetter broke a word: the word is whole, so
 * its tail is pulled back onto the line (no space, no hyphen).
 */
const SOFT_HYPHEN_BREAK = /\u00AD[ \t]*\n[ \t]*(?=[\p{L}\p{N}])/gu;

/** No-break and typographic spaces that should behave like an ordinary space. */
const ODD_SPACES = /[\u00A0\u2000-\u200A\u202F\u205F\u3000\t]/g;

/**
 * Returns the text with unified line endings (`\n`), words broken at a soft hyphen joined,
 * odd spaces turned into plain spaces, invisible characters removed and trailing spaces cut
 * from every line.
 */
export function normaliseWhitespace(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\f/g, '\n')
    .replace(SOFT_HYPHEN_BREAK, '')
    .replace(INVISIBLE, '')
    .replace(ODD_SPACES, ' ')
    .split('\n')
    .map((line) => trimChars(line, '', ' '))
    .join('\n');
}
