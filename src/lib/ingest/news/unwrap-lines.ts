/**
 * Rejoins paragraphs that were hard-wrapped at a fixed width (regional sites, e-mail alerts and
 * copy tools break lines at about 70-80 columns). The width is read from the text itself, and a
 * line break is undone only where the next word could not have fitted on the line before it.
 */
import { titleCaseShare } from './prose.ts';
import { findUrls } from './web-address.ts';

/** Lines shorter than this are labels, bylines or last lines of paragraphs; they say nothing of the width. */
const MIN_MEASURED_LENGTH = 40;
/** Wrapping wider than this is not wrapping: such lines are whole paragraphs. */
const MAX_WRAP_WIDTH = 100;
/** Fewest measured lines to call a text wrapped. */
const MIN_WRAPPED_LINES = 4;
/** Share of measured lines that must fit the width, and share that must come close to it. */
const FIT_SHARE = 0.8;
const NEAR_SHARE = 0.5;
/** How far below the width a wrapped line may end (the longest words are about this long). */
const NEAR_MARGIN = 20;
/**
 * Columns a wrapped line may fall short of the width before the next word: pages wrapped by
 * hand or in a proportional font do not fill every line to the last column.
 */
const WIDTH_SLACK = 8;
/** Title-case share from which a line is a headline or label rather than a line of prose. */
const TITLE_SHARE = 0.6;
const SENTENCE_END = /[.!?…]["”’)]*$/u;

/**
 * Returns the column at which `lines` were hard-wrapped, or undefined when they were not: most
 * lines of some length must fit within one width of at most 100 columns, and many end near it.
 */
export function findWrapWidth(lines: readonly string[]): number | undefined {
  const measured = lines
    .filter((line) => line.length >= MIN_MEASURED_LENGTH && findUrls(line).join(' ') !== line)
    .map((line) => line.length);
  if (measured.length < MIN_WRAPPED_LINES) return undefined;
  const fitting = measured.filter((length) => length <= MAX_WRAP_WIDTH);
  if (fitting.length < measured.length * FIT_SHARE) return undefined;
  // A loop, not Math.max(...fitting): spreading a text's worth of lines overflows the call stack.
  const width = fitting.reduce((widest, length) => Math.max(widest, length), 0);
  const near = fitting.filter((length) => length >= width - NEAR_MARGIN);
  return near.length >= fitting.length * NEAR_SHARE ? width : undefined;
}

function firstWord(line: string): string {
  return line.split(' ')[0] ?? '';
}

/**
 * True when the break between `line` and `next` was made by wrapping at `width`. Where the text
 * has no blank lines between paragraphs, a sentence end before a capital stays a paragraph break.
 */
function isWrapBreak(line: string, next: string, width: number, blankLineParagraphs: boolean): boolean {
  if (line.length + 1 + firstWord(next).length <= width - WIDTH_SLACK) return false;
  // Two title-cased lines are a headline and the date or byline under it.
  if (titleCaseShare(line) >= TITLE_SHARE && titleCaseShare(next) >= TITLE_SHARE) return false;
  return blankLineParagraphs || !(SENTENCE_END.test(line) && /^\p{Lu}/u.test(next));
}

/**
 * Returns `lines` (normalised, blank lines kept as "") with hard-wrapped paragraphs joined into
 * one line each; `keepApart(next)` names lines that always start afresh (widgets, credits).
 * A line ending in a hyphen is joined without a space, since the hyphen is part of the word.
 */
export function joinWrappedLines(lines: readonly string[], keepApart: (line: string) => boolean = () => false): string[] {
  const width = findWrapWidth(lines);
  if (width === undefined) return [...lines];
  const blankLineParagraphs = lines.includes('');
  const joined: string[] = [];
  let previousRaw: string | undefined;
  for (const line of lines) {
    const last = joined.at(-1);
    if (last && line && previousRaw && isWrapBreak(previousRaw, line, width, blankLineParagraphs) && !keepApart(line) && !keepApart(previousRaw)) {
      joined[joined.length - 1] = last.endsWith('-') ? `${last}${line}` : `${last} ${line}`;
    } else {
      joined.push(line);
    }
    previousRaw = line;
  }
  return joined;
}
