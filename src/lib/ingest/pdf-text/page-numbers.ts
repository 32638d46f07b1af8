/** Recognises lines that hold nothing but a page number. */

const ROMAN_NUMERAL = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

const BARE_NUMBER = /^[-–—[(]?\s*\d{1,3}\s*[-–—\])]?$/;

/**
 * True when the line is only a page number: "30", "- 12 -", "[5]", "Halaman 5", "Page 5 of 9",
 * or a lower-case roman numeral ("ii") as used for front matter. Four-digit numbers are left
 * alone because on a cover page they are the year, and capital roman numerals because a lone
 * "I" or "V" may be a chapter number.
 */
export function isPageNumberLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (BARE_NUMBER.test(text)) return true;
  if (/^(halaman|hal\.|page|p\.)\s*\d{1,4}(\s*(dari|of)\s*\d{1,4})?$/i.test(text)) return true;
  return text === text.toLowerCase() && ROMAN_NUMERAL.test(text);
}

/** A short line that could be a table cell: a few words or a number, no sentence end. */
function isCellLike(line: string | undefined): boolean {
  const text = (line ?? '').trim();
  return text !== '' && text.split(/\s+/).length <= 4 && !/[.:;?!]$/.test(text);
}

const isNumberCell = (line: string | undefined): boolean => /^\d[\d.,]*%?$/.test((line ?? '').trim());

/**
 * A lone "i", "v" or "x" is also a tick in a table, a list marker or a variable, so like a bare
 * number it is a page number only where its surroundings say so.
 */
const SINGLE_LETTER_NUMERAL = /^[ivx]$/;

/**
 * True when `lines[index]` is a page number in its place. A bare number or a one-letter roman
 * numeral inside a flattened table or a column of such lines (next to another number, or between
 * two short cell-like lines) is a cell and is kept; a page number stands between blank lines or
 * beside running text.
 */
export function isPageNumberAt(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  if (!isPageNumberLine(line)) return false;
  const text = line.trim();
  if (!BARE_NUMBER.test(text) && !SINGLE_LETTER_NUMERAL.test(text)) return true;
  const before = lines[index - 1];
  const after = lines[index + 1];
  if (isNumberCell(before) || isNumberCell(after)) return false;
  return !(isCellLike(before) && isCellLike(after));
}
