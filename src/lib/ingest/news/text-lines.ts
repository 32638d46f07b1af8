/**
 * Turns pasted web text into clean lines: the one place the layout quirks of copied pages are
 * undone (odd spaces, hard-wrapped paragraphs, datelines set on a line of their own).
 */
import { attachLoneDatelines } from './dateline.ts';
import { isClutterLine, isRelatedLead } from './page-furniture.ts';
import { joinWrappedLines } from './unwrap-lines.ts';

/** No-break, thin and ideographic spaces that copied pages carry around dashes and numbers. */
const ODD_SPACES = /[\u00a0\u2007\u2009\u200a\u202f\u3000]/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Returns `line` with odd spaces turned into plain ones, runs of spaces collapsed and ends trimmed. */
export function normaliseSpaces(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/[ \t]+/g, ' ').trim();
}

/**
 * A date stamp the stored page wrote in front of its first line ("date 2023-10-19 KUALA LUMPUR,
 * Oct 19 — ...", "date 2024-07 ERA.id - ..."): a label and an ISO date, perhaps of the month
 * only, then the text proper.
 */
const STAMP = String.raw`(?:date|tanggal|published|diterbitkan)\s*:?\s*\d{4}-\d{2}(?:-\d{2})?`;
const LEADING_STAMP = new RegExp(String.raw`^(${STAMP})\s+(?=\S)`, 'iu');
const STAMP_LINE = new RegExp(`^${STAMP}$`, 'iu');

/** True when `line` is such a stamp split off its line: header matter, never a headline. */
export function isStoredDateStamp(line: string): boolean {
  return STAMP_LINE.test(line);
}

/** Returns the line with a leading date stamp set on a line of its own, so it reads as header matter. */
export function splitLeadingStamp(line: string): string[] {
  const stamp = LEADING_STAMP.exec(line);
  return stamp ? [stamp[1] ?? '', line.slice(stamp[0].length)] : [line];
}

/**
 * Returns `lines` with a drop cap rejoined: a page that sets its first letter large leaves it on
 * a line of its own when copied ("T" / "he police said ..."), so a lone capital over a line
 * opening in lower case is the first letter of that line.
 */
export function joinDropCaps(lines: readonly string[]): string[] {
  return lines.flatMap((line, index) => {
    const previous = lines[index - 1] ?? '';
    if (/^\p{Lu}$/u.test(line) && /^\p{Ll}/u.test(lines[index + 1] ?? '')) return [];
    return /^\p{Lu}$/u.test(previous) && /^\p{Ll}/u.test(line) ? [`${previous}${line}`] : [line];
  });
}

/** Words that join a sentence to what follows; a line ending on one was broken mid-sentence. */
const JOINING_WORD_END = /\s(?:di|ke|dari|dan|yang|untuk|dengan|atau|pada|dalam|oleh|bagi|the|of|and|to|in|for|on|a|an|at|by|with|from)$/u;
/** Fewest words of a line read as a broken sentence: a shorter one may be a label or a menu. */
const MIN_BROKEN_SENTENCE_WORDS = 8;

/**
 * Returns `lines` with each sentence broken after a joining word ("... berhasil digagalkan di" /
 * "Pelabuhan Tinjil, ...") rejoined to the line under it: no paragraph ends on "di" or "the".
 */
export function joinBrokenSentences(lines: readonly string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const last = joined.at(-1);
    const broken = last !== undefined && last.split(' ').length >= MIN_BROKEN_SENTENCE_WORDS && JOINING_WORD_END.test(last);
    if (broken && !startsAfresh(line)) joined[joined.length - 1] = `${last} ${line}`;
    else joined.push(line);
  }
  return joined;
}

/** Widgets and credit lines start afresh even when the line above them ends near the wrap width. */
function startsAfresh(line: string): boolean {
  return isClutterLine(line) || isRelatedLead(line);
}

/**
 * Returns the non-empty lines of `text`, each with its spacing normalised; hard-wrapped
 * paragraphs, drop caps and sentences broken after a joining word rejoined; a leading date stamp
 * split off and lone datelines joined to their paragraph.
 */
export function splitNewsLines(text: string): string[] {
  const lines = text.replace(/\r\n?/g, '\n').split('\n').map(normaliseSpaces);
  const unwrapped = joinWrappedLines(lines, startsAfresh).filter((line) => line.length > 0);
  return attachLoneDatelines(joinBrokenSentences(joinDropCaps(unwrapped)).flatMap(splitLeadingStamp));
}
