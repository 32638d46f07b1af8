/**
 * Turns PDF-extracted text into paragraphs: clean the lines, then join the lines of each
 * paragraph with a space, mending words hyphenated across lines.
 */
import { removeDoubleSpacing } from './double-spacing.ts';
import { collectWords, joinHyphenatedBreak } from './hyphenation.ts';
import { expandLigatures } from './ligatures.ts';
import { normaliseWhitespace } from './normalise-whitespace.ts';
import { isPageNumberAt } from './page-numbers.ts';
import { isParagraphBreak } from './paragraph-breaks.ts';
import { joinPagesWithoutRunningLines } from './running-lines.ts';

/** Stands in for a page-number line until it is dropped; no extracted line can hold it. */
const PAGE_NUMBER = '\u0000';

/**
 * Returns the text's lines with extraction artefacts removed: line endings and odd spaces
 * normalised, ligatures written out, running headers and footers dropped and pages joined,
 * double spacing undone, page-number lines dropped (not the numbers of a flattened table) and
 * each line trimmed (the leading space some extractions put at the top of a page carries no
 * meaning for the text).
 * Empty strings mark the paragraph gaps that remain.
 */
export function cleanPdfLines(text: string): string[] {
  const pages = text.split('\f').map((page) => expandLigatures(normaliseWhitespace(page)).split('\n'));
  // Page numbers are told from table cells by their blank surroundings, which the double-spacing
  // step removes; so they are marked first and dropped after it (where they still count as text).
  const marked = joinPagesWithoutRunningLines(pages).map((line, index, lines) =>
    isPageNumberAt(lines, index) ? PAGE_NUMBER : line,
  );
  return removeDoubleSpacing(marked)
    .filter((line) => line !== PAGE_NUMBER)
    .map((line) => line.trim());
}

/**
 * Joins two consecutive lines of one paragraph. Only the paragraph's end is examined (its last
 * three code units, enough for a letter outside the BMP and a hyphen), since the paragraph grows with every line.
 */
function joinLines(paragraph: string, line: string, vocabulary: ReadonlySet<string>): string {
  if (/\p{L}-$/u.test(paragraph.slice(-3)) && /^\p{L}/u.test(line)) return joinHyphenatedBreak(paragraph, line, vocabulary);
  return `${paragraph} ${line}`;
}

/**
 * Groups cleaned lines (see {@link cleanPdfLines}) into paragraphs, each returned as one line of
 * text with single spaces. `vocabulary` (the document's words) decides whether a line-end
 * hyphen is kept; it defaults to the words of `lines` themselves.
 */
export function reflowLines(lines: readonly string[], vocabulary: ReadonlySet<string> = collectWords(lines.join('\n'))): string[] {
  const paragraphs: string[] = [];
  let current = '';
  let start = '';
  lines.forEach((line, index) => {
    if (line === '') return;
    if (current === '') start = line;
    current = current === '' ? line : joinLines(current, line, vocabulary);
    if (index === lines.length - 1 || isParagraphBreak(lines, index, start)) {
      paragraphs.push(current.replace(/ {2,}/g, ' '));
      current = '';
    }
  });
  return paragraphs;
}

/** Returns the paragraphs of a PDF-extracted text: {@link cleanPdfLines} then {@link reflowLines}. */
export function reflowPdfText(text: string): string[] {
  return reflowLines(cleanPdfLines(text));
}
