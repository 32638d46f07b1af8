/**
 * Picks the headline among the lines above an article, from scored evidence. Pages put
 * navigation (site name, section, breadcrumbs, taglines) above the headline and the date or
 * byline right under it, often print the headline twice (title bar and article), and end a
 * breadcrumb with it; each of these proposes a line, and the best supported line wins.
 */
import { chooseCandidate, type Candidate, type Choice } from '../fields/candidates.ts';
import { readBylineLine, readCreditLine } from './credits.ts';
import { findAbsoluteDates, findRelativeTimes } from './dates.ts';
import { isClutterLine, isPhotoCaption, isRelatedLead } from './page-furniture.ts';
import { namesNewsMedium, splitMediumSlashPlace } from './medium-name.ts';
import { isProseLine } from './prose.ts';
import { withoutSiteName } from './site-name.ts';
import { isStoredDateStamp } from './text-lines.ts';

/** Headlines have at least this many words; section names and menus have fewer. */
const MIN_HEADLINE_WORDS = 4;
/** Headlines stay under this many words. */
const MAX_HEADLINE_WORDS = 30;
/** A date line may carry a few words besides the date ("Published:", "WIB", "Updated"). */
const MAX_WORDS_BESIDE_DATE = 3;

function wordCount(line: string): number {
  return line.split(' ').filter((word) => /\p{L}/u.test(word)).length;
}

/**
 * A page's keyword meta line, its terms joined by commas without a space and perhaps after its
 * language code ("id Online scamming,polda metro jaya"): a headline spaces its commas.
 */
const KEYWORD_META_LINE = /^(?:[a-z]{2}\s+)?[^\s,.!?][^,.!?]{0,60}(?:,[^\s,.!?\d][^,.!?]{0,60})+$/u;

/** Fewest words of a line standing as the headline on no other evidence than its place: a short headline has three. */
const MIN_UNSUPPORTED_HEADLINE_WORDS = 3;

/**
 * True when `line` may stand as the headline though nothing else points to it: three words or
 * more and not a medium's name. A shorter line alone above an article is a section, a menu item
 * or a widget ("Breaking News", "Loading...", "09:34"), and a masthead ("New Straits Times") is
 * the outlet; a page that prints no headline gets none rather than one of those.
 */
export function mayStandAsHeadline(line: string): boolean {
  const words = wordCount(line);
  return words >= MIN_UNSUPPORTED_HEADLINE_WORDS && words <= MAX_HEADLINE_WORDS && !namesNewsMedium(line) && !KEYWORD_META_LINE.test(line);
}

/** True when `line` is a publication stamp, a byline or a medium's credit ("The Jakarta Post/Batam"): what stands right under a headline. */
export function isStampLine(line: string): boolean {
  if (readCreditLine(line) !== undefined || readBylineLine(line) !== undefined || isStoredDateStamp(line)) return true;
  if (splitMediumSlashPlace(line) !== undefined) return true;
  const spans = [...findAbsoluteDates(line), ...findRelativeTimes(line)];
  if (spans.length === 0) return false;
  const rest = spans.reduce((text, span) => text.replace(span.text, ' '), line);
  return wordCount(rest) <= MAX_WORDS_BESIDE_DATE;
}

function isFurniture(line: string): boolean {
  return isClutterLine(line) || isRelatedLead(line) || isStampLine(line) || KEYWORD_META_LINE.test(line);
}

/** A breadcrumb: a line that ends with another line of the page ("Home Editorial <headline>"). */
function breadcrumbEnd(lines: readonly string[], line: string): string | undefined {
  return lines.find((other) => other !== line && wordCount(other) >= MIN_HEADLINE_WORDS && line.endsWith(` ${other}`));
}

/** True when the line at `index` is printed again apart from it (title bar and article head); side by side the two are a caption and its alt text. */
export function isPrintedTwice(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  const repeats = lines.flatMap((other, at) => (other === line && at !== index ? [at] : []));
  return repeats.length > 0 && repeats.every((at) => Math.abs(at - index) > 1);
}

/**
 * True when the heading at `index` is printed twice: apart, or side by side when it is no
 * sentence, as a title bar's copy runs into the article's head; a sentence side by side is a
 * caption and its alt text.
 */
function isHeadingPrintedTwice(lines: readonly string[], index: number): boolean {
  const line = lines[index];
  return isPrintedTwice(lines, index) || (!isProseLine(line ?? '') && (lines[index - 1] === line || lines[index + 1] === line));
}

/**
 * True when the line at `index` is printed again across a photo's credit ("caption" / "Foto:
 * Outlet/Name" / "caption"): a caption and its alt text around the credit, never the headline.
 */
function isCaptionAroundCredit(lines: readonly string[], index: number): boolean {
  return [-1, 1].some((side) => lines[index + 2 * side] === lines[index] && isPhotoCaption(lines[index + side] ?? ''));
}

/**
 * Returns every line the evidence proposes as the headline, with its score and reason. A title
 * bar's site name ("... - Tribunnews.com") is no part of the headline, and without it the title
 * bar repeats the article's heading.
 */
export function headlineCandidates(pageLines: readonly string[]): Candidate<string>[] {
  const lines = pageLines.map(withoutSiteName);
  const breadcrumbs = new Set(lines.filter((line) => breadcrumbEnd(lines, line) !== undefined));
  const isCandidate = (line: string, index: number): boolean =>
    !isFurniture(line) && !isProseLine(line) && !breadcrumbs.has(line) && !isCaptionAroundCredit(lines, index);
  const candidates = lines.flatMap((line, index) => (isCandidate(line, index) ? [index] : []));
  const firstStamp = lines.findIndex((line, index) => index > (candidates[0] ?? lines.length) && isStampLine(line));
  const pool = firstStamp < 0 ? candidates : candidates.filter((index) => index < firstStamp);
  const substantial = pool.filter((index) => wordCount(lines[index] ?? '') >= MIN_HEADLINE_WORDS);
  const placed = firstStamp < 0 ? substantial[0] : substantial.at(-1);
  const longest = pool.filter((index) => mayStandAsHeadline(lines[index] ?? '')).reduce<number | undefined>(
    (best, index) => (best === undefined || wordCount(lines[index] ?? '') > wordCount(lines[best] ?? '') ? index : best),
    undefined,
  );
  const at = (index: number | undefined, score: number, reason: string): Candidate<string>[] =>
    index === undefined ? [] : [{ value: lines[index] ?? '', score, reason }];
  const twice = lines.flatMap((line, index) =>
    !isFurniture(line) && wordCount(line) >= MIN_HEADLINE_WORDS && wordCount(line) <= MAX_HEADLINE_WORDS && isHeadingPrintedTwice(lines, index) && !isCaptionAroundCredit(lines, index)
      ? [index]
      : [],
  );
  return [
    ...at(placed, firstStamp < 0 ? 0.5 : 0.7, firstStamp < 0 ? 'first substantial line' : 'nearest above the date or byline'),
    ...(placed === undefined ? at(longest, 0.3, 'longest short line') : []),
    ...at(twice[0], 0.6, 'printed twice on the page'),
    ...[...breadcrumbs].flatMap((line) => at(lines.indexOf(breadcrumbEnd(lines, line) ?? ''), 0.4, 'ends the breadcrumb')),
  ];
}

/** Returns the headline the evidence supports best, with a doubt when it is weak or close; or undefined. */
export function chooseHeadline(lines: readonly string[]): Choice<string> | undefined {
  return chooseCandidate(headlineCandidates(lines));
}
