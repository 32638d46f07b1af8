/**
 * Evidence for a news item's publication date, from the lines around its headline: a date after a
 * publication label ("Diterbitkan", "Published"), a stamp line holding nothing but a date, a date
 * on a byline or outlet line, a date after an update label ("Diperbarui", "Updated"), which is
 * near the publication but not it. A photo caption's date is the day the photo was taken, an
 * event, and is no evidence at all; a date inside a sentence of the header is weak.
 */
import type { Candidate } from '../fields/candidates.ts';
import { findAbsoluteDates, isDateStamp } from './dates.ts';
import { isPhotoCaption } from './page-furniture.ts';
import { isAddressLine } from './web-address.ts';

/** "Diterbitkan 08 Nov 2016", "Published: April 30, 2013", "Dipublikasikan pada ...", "Posted on ...", "Publication date: ...". */
const PUBLISHED_LABEL = /\b(?:diterbitkan|dipublikasikan|terbit|published|posted|dimuat|publication\s+date|tanggal\s+terbit)\b\s*(?:pada|on)?\s*:?\s*$/iu;
/** "diperbarui 08 Nov 2016", "Updated: ...": the last change, not the first publication. */
const UPDATED_LABEL = /\b(?:diperbarui|diperbaharui|updated|last\s+modified)\b\s*(?:pada|on)?\s*:?\s*$/iu;
/** A header line this long is a sentence (a summary, a caption): a date in it is about the story. */
const MAX_STAMP_WORDS = 14;

/** What a date in the masthead weighs: too little to be taken alone, as it is the day's date rather than the story's. */
const MASTHEAD_DATE_SCORE = 0.3;

/** The publication date one header line proposes, with its weight and the evidence. */
function dateOfLine(line: string): Candidate<string> | undefined {
  const date = findAbsoluteDates(line)[0];
  if (!date || isPhotoCaption(line)) return undefined;
  const before = line.slice(0, date.index);
  if (PUBLISHED_LABEL.test(before)) return { value: date.iso, score: 0.85, reason: 'after a publication label' };
  if (UPDATED_LABEL.test(before)) return { value: date.iso, score: 0.45, reason: 'after an update label' };
  if (isDateStamp(line)) return { value: date.iso, score: 0.75, reason: 'a date stamp line' };
  if (line.split(/\s+/).length <= MAX_STAMP_WORDS) return { value: date.iso, score: 0.65, reason: 'a short header line with a date' };
  return { value: date.iso, score: 0.3, reason: 'a date inside a sentence of the header' };
}

/**
 * True when the line at `at` stands between two of the site's own address lines (its channel
 * links, its e-mail): a masthead's date bar, which shows the day the page was viewed, not when
 * the story was published. One site name over a date is the article's own header.
 */
function inMasthead(header: readonly string[], at: number): boolean {
  return [header[at - 1], header[at + 1]].every((line) => line !== undefined && isAddressLine(line));
}

/** Lines after the article read for its publication label: the page's own footer, before other stories' teasers. */
const AFTER_REACH = 3;

/**
 * Every publication date the header lines propose, in page order, then the date a publication
 * label gives among the first lines `after` the article ("Publication date: August 6, 2015"):
 * there only a label counts, as a bare date may be a related story's.
 */
export function publishedDateCandidates(header: readonly string[], after: readonly string[] = []): Candidate<string>[] {
  const over = header.flatMap((line, at) => {
    const found = dateOfLine(line);
    if (!found) return [];
    return inMasthead(header, at) ? [{ ...found, score: MASTHEAD_DATE_SCORE, reason: `${found.reason} in the masthead, between the site's addresses` }] : [found];
  });
  const under = after.slice(0, AFTER_REACH).flatMap((line) => {
    const found = dateOfLine(line);
    return found?.reason === 'after a publication label' ? [{ ...found, score: 0.75, reason: 'after a publication label under the article' }] : [];
  });
  return [...over, ...under];
}
