/**
 * Turns PDF-extracted text into paragraphs: clean the lines, then join the lines of each
 * paragraph with a space, mending words hyphenated across lines.
 */
import { removeDoubleSpacing } from './double-spacing.ts';
import { collectWords, joinHyphenatedBreak, MAX_WORD_LENGTH } from './hyphenation.ts';
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
 * How much of a paragraph's end is kept at hand for mending a hyphenated line end: more than
 * the longest word the mending reads (MAX_WORD_LENGTH) plus its hyphen.
 */
const END_KEPT = 2 * MAX_WORD_LENGTH;

/**
 * A paragraph being built line by line. Its pieces are joined once at the end and only a short
 * copy of its end is examined per line: reading the whole paragraph (or slicing a string built
 * by concatenation, which flattens it) for every line would cost the square of its length.
 */
class ParagraphBuilder {
  private pieces: string[] = [];
  /** The last characters of the paragraph (at most END_KEPT). */
  private end = '';

  get isEmpty(): boolean {
    return this.pieces.length === 0;
  }

  /** Adds a line: with a space, or onto a word hyphenated across the break (see joinHyphenatedBreak). */
  add(line: string, vocabulary: ReadonlySet<string>): void {
    if (this.isEmpty) {
      this.pieces.push(line);
      this.end = line.slice(-END_KEPT);
      return;
    }
    if (/\p{L}-$/u.test(this.end) && /^\p{L}/u.test(line)) {
      const joined = joinHyphenatedBreak(this.end, line, vocabulary);
      if (joined.length < this.end.length + line.length) {
        // The hyphen goes: it closes the last piece, which is one of the lines as given.
        this.pieces[this.pieces.length - 1] = this.pieces.at(-1)!.slice(0, -1);
      }
      this.pieces.push(line);
      this.end = joined.slice(-END_KEPT);
      return;
    }
    this.pieces.push(' ', line);
    this.end = `${this.end} ${line}`.slice(-END_KEPT);
  }

  /** Returns the paragraph with single spaces and starts a new one. */
  take(): string {
    const paragraph = this.pieces.join('').replace(/ {2,}/g, ' ');
    this.pieces = [];
    this.end = '';
    return paragraph;
  }
}

/**
 * Groups cleaned lines (see {@link cleanPdfLines}) into paragraphs, each returned as one line of
 * text with single spaces. `vocabulary` (the document's words) decides whether a line-end
 * hyphen is kept; it defaults to the words of `lines` themselves.
 */
export function reflowLines(lines: readonly string[], vocabulary: ReadonlySet<string> = collectWords(lines.join('\n'))): string[] {
  const paragraphs: string[] = [];
  const current = new ParagraphBuilder();
  let start = '';
  lines.forEach((line, index) => {
    if (line === '') return;
    if (current.isEmpty) start = line;
    current.add(line, vocabulary);
    if (index === lines.length - 1 || isParagraphBreak(lines, index, start)) paragraphs.push(current.take());
  });
  return paragraphs;
}

/** Returns the paragraphs of a PDF-extracted text: {@link cleanPdfLines} then {@link reflowLines}. */
export function reflowPdfText(text: string): string[] {
  return reflowLines(cleanPdfLines(text));
}
