/**
 * Picks the headline among the lines above an article. Pages put navigation (site name, section,
 * breadcrumbs, taglines) above the headline and the date or byline right under it, so the
 * headline is the substantial line closest above the first date or byline line.
 */
import { readBylineLine, readCreditLine } from './credits.ts';
import { findAbsoluteDates, findRelativeTimes } from './dates.ts';
import { isClutterLine, isRelatedLead } from './page-furniture.ts';
import { isProseLine } from './prose.ts';

/** Headlines have at least this many words; section names and menus have fewer. */
const MIN_HEADLINE_WORDS = 4;
/** A date line may carry a few words besides the date ("Published:", "WIB", "Updated"). */
const MAX_WORDS_BESIDE_DATE = 3;

function wordCount(line: string): number {
  return line.split(' ').filter((word) => /\p{L}/u.test(word)).length;
}

/** True when `line` is a publication stamp or a byline: what stands right under a headline. */
export function isStampLine(line: string): boolean {
  if (readCreditLine(line) !== undefined || readBylineLine(line) !== undefined) return true;
  const spans = [...findAbsoluteDates(line), ...findRelativeTimes(line)];
  if (spans.length === 0) return false;
  const rest = spans.reduce((text, span) => text.replace(span.text, ' '), line);
  return wordCount(rest) <= MAX_WORDS_BESIDE_DATE;
}

function isCandidate(line: string): boolean {
  return !isClutterLine(line) && !isRelatedLead(line) && !isProseLine(line) && !isStampLine(line);
}

/**
 * Returns the index of the headline in `lines` (the lines above the article): the candidate of
 * four or more words nearest above the first stamp line, or the first such candidate when there
 * is no stamp; failing both, the longest candidate; failing that, `fallback` (undefined: no headline).
 */
export function pickHeadline(lines: readonly string[], fallback: number | undefined): number | undefined {
  const candidates = lines.flatMap((line, index) => (isCandidate(line) ? [index] : []));
  const firstStamp = lines.findIndex((line, index) => index > (candidates[0] ?? lines.length) && isStampLine(line));
  const pool = firstStamp < 0 ? candidates : candidates.filter((index) => index < firstStamp);
  const substantial = pool.filter((index) => wordCount(lines[index] ?? '') >= MIN_HEADLINE_WORDS);
  const chosen = firstStamp < 0 ? substantial[0] : substantial.at(-1);
  if (chosen !== undefined) return chosen;
  const longest = pool.reduce<number | undefined>(
    (best, index) => (best === undefined || wordCount(lines[index] ?? '') > wordCount(lines[best] ?? '') ? index : best),
    undefined,
  );
  return longest ?? fallback;
}
