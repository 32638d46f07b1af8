/**
 * Decides where a paragraph ends in hard-wrapped text. A line break is taken as deliberate when
 * the next line's first word would still have fitted on the line and the line ends a sentence,
 * after a line that introduces a list or quote, and around headings and list items.
 */
import { readListMarker } from './list-markers.ts';
import { trimChars } from '../../text/trim-chars.ts';

/** A line is "short" below this share of the surrounding line width. */
const SHORT_LINE_SHARE = 0.7;

/** How many lines either side are looked at to estimate the width of the text block. */
const WIDTH_WINDOW = 3;

/** Sentence end, optionally followed by closing quotes or brackets. */
const TERMINAL = /[.?!:;]["'”’)\]*_]*$/;

/** An in-text citation closing the line, e.g. "(Zulkifli, 2012)". */
const CLOSING_CITATION = /\([^()]*\b\d{4}[a-z]?\)$/;

/** True when the line ends a sentence or closes with an in-text citation. */
export function endsSentence(line: string): boolean {
  const text = line.trim();
  return TERMINAL.test(text) || CLOSING_CITATION.test(text);
}

/**
 * True for a line written in capitals only, as headings are ("BAB I", "PENDAHULUAN",
 * "ABSTRAK"); emphasis markers around it are ignored.
 */
export function isCapitalsHeading(line: string): boolean {
  const text = trimChars(line.trim(), '*_', '*_');
  if (!/\p{Lu}/u.test(text) || /\p{Ll}/u.test(text)) return false;
  return text.split(/\s+/).length <= 12 && !/[.,;]$/.test(text);
}

/** Width of the text block around line `index`: the longest nearby line. */
export function localLineWidth(lines: readonly string[], index: number): number {
  let width = 0;
  for (let i = Math.max(0, index - WIDTH_WINDOW); i <= Math.min(lines.length - 1, index + WIDTH_WINDOW); i++) {
    width = Math.max(width, (lines[i] ?? '').trim().length);
  }
  return width;
}

function firstWord(line: string): string {
  return line.trim().split(/\s+/)[0] ?? '';
}

/** A line ending with a colon, perhaps followed by the source of what it introduces. */
const INTRODUCER = /:\s*(\([^()]*\b\d{4}[a-z]?\))?$/;

/**
 * True when a paragraph ends between `lines[index]` and `lines[index + 1]` (both already cleaned
 * of page artefacts); `paragraphStart` is the first line of the paragraph being built.
 *
 * Prose paragraphs end with a sentence; a short line without punctuation only ends a paragraph
 * when the paragraph is a list item or a one-line heading, because in running text such a line
 * is more likely an odd break inside a long name.
 */
export function isParagraphBreak(lines: readonly string[], index: number, paragraphStart: string): boolean {
  const line = (lines[index] ?? '').trim();
  const next = (lines[index + 1] ?? '').trim();
  if (line === '' || next === '') return true;
  if (isCapitalsHeading(line) !== isCapitalsHeading(next)) return true;
  const width = localLineWidth(lines, index);
  const nextWordFits = line.length + 1 + firstWord(next).length <= width;
  const nextStartsBlock = /^[\p{Lu}\p{N}"“'‘(*]/u.test(next) || readListMarker(next) !== undefined;
  if (readListMarker(next) && (endsSentence(line) || nextWordFits)) return true;
  if (INTRODUCER.test(line) && nextStartsBlock) return true;
  if (endsSentence(line) && nextWordFits) return true;
  if (!nextStartsBlock) return false;
  if (readListMarker(paragraphStart)) return nextWordFits;
  return paragraphStart.trim() === line && line.length < width * SHORT_LINE_SHARE;
}
