/** Recognises lines that hold nothing but a page number. */

const ROMAN_NUMERAL = /^(?=[ivxlc]+$)c{0,3}(xc|xl|l?x{0,3})(ix|iv|v?i{0,3})$/i;

/**
 * True when the line is only a page number: "30", "- 12 -", "[5]", "Halaman 5", "Page 5 of 9",
 * or a lower-case roman numeral ("ii") as used for front matter. Four-digit numbers are left
 * alone because on a cover page they are the year, and capital roman numerals because a lone
 * "I" or "V" may be a chapter number.
 */
export function isPageNumberLine(line: string): boolean {
  const text = line.trim();
  if (text === '') return false;
  if (/^[-–—[(]?\s*\d{1,3}\s*[-–—\])]?$/.test(text)) return true;
  if (/^(halaman|hal\.|page|p\.)\s*\d{1,4}(\s*(dari|of)\s*\d{1,4})?$/i.test(text)) return true;
  return text === text.toLowerCase() && ROMAN_NUMERAL.test(text);
}
