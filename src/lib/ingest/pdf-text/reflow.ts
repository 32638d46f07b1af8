/**
 * Turns PDF-extracted text into paragraphs: clean the lines, then join the lines of each
 * paragraph with a space, mending words hyphenated across lines.
 */
import { removeDoubleSpacing } from './double-spacing.ts';
import { collectWords, joinHyphenatedBreak } from './hyphenation.ts';
import { normaliseWhitespace } from './normalise-whitespace.ts';
import { isPageNumberLine } from './page-numbers.ts';
import { isParagraphBreak } from './paragraph-breaks.ts';

/**
 * Returns the text's lines with extraction artefacts removed: line endings and odd spaces
 * normalised, double spacing undone, page-number lines dropped and each line trimmed (the
 * leading space some extractions put at the top of a page carries no meaning for the text).
 * Empty strings mark the paragraph gaps that remain.
 */
export function cleanPdfLines(text: string): string[] {
  return removeDoubleSpacing(normaliseWhitespace(text).split('\n'))
    .filter((line) => !isPageNumberLine(line))
    .map((line) => line.trim());
}

/** Joins two consecutive lines of one paragraph. */
function joinLines(paragraph: string, line: string, vocabulary: ReadonlySet<string>): string {
  if (/\p{L}-$/u.test(paragraph) && /^\p{L}/u.test(line)) return joinHyphenatedBreak(paragraph, line, vocabulary);
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
