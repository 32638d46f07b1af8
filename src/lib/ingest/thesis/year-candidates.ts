/**
 * Evidence for the year of a study, only from dates of the document itself: the journal issue
 * line ("Vol. 9, 2020", "Vol.11 (2021) No. 3", "Nº 58 (January 2022)"), the copyright line
 * ("© Julia Paulsen, May 2016", "Copyrights © 2020"), the publication date ("Published: 12 May
 * 2020"), and a cover's closing line ("UNIVERSITAS HASANUDDIN 2013", "Makassar, 2023"). A year
 * in a title or an abstract (a period studied, an event) is never evidence: only lines of these
 * kinds are read, and a cover line only when no period word comes before its year.
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { PLACE_AND_YEAR, readClosingYear } from './cover-lines.ts';
import { isCapitalsLine } from './front-line-kinds.ts';
import { opensWithUnitName } from './affiliation.ts';

const YEAR = /\b((?:19|20)\d{2})\b/;

/** Longest line read as an issue, copyright or date line rather than text mentioning one. */
const MAX_WORDS = 25;

/** "Vol. 9", "Volume 5", "Vol:13", "Nº 58 (", "No. 2 (": the volume or number of an issue. */
const ISSUE_LINE = /\bvol(?:ume)?\s*[.:]?\s*\d{1,4}\b|\b(?:n[oº°]|nomor|number)\s*[.:]?\s*\d{1,3}\s*\(/i;

/** "© Name, May 2016", "Copyright © 2020", "Copyrights © 2020", "Hak cipta © 2021". */
const COPYRIGHT_LINE = /(?:©|\(c\)|\bcopyrights?\b|\bhak\s+cipta\b)/i;

/**
 * The publication date of an article or a catalogue record: "Published: 12 May 2020",
 * "Diterbitkan 2021", a library record's "Terbitan: , 2015" or "Date issued: 2019".
 */
const PUBLISHED_LINE = /^[*_]*(?:published(?:\s+online)?|available\s+online|diterbitkan|dipublikasikan|terbit(?:an)?|tahun\s+terbit|date\s+issued)\b/i;

function yearIn(text: string): number | undefined {
  const year = YEAR.exec(text)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** The year a line gives as a date of the document, with how much it weighs and why. */
function yearOfLine(text: string): Candidate<number> | undefined {
  if (text.split(/\s+/).length > MAX_WORDS) return undefined;
  const year = yearIn(text);
  if (year !== undefined && ISSUE_LINE.test(text)) return { value: year, score: 0.75, reason: 'the journal issue line' };
  if (year !== undefined && PUBLISHED_LINE.test(text)) return { value: year, score: 0.75, reason: 'the publication date' };
  if (year !== undefined && COPYRIGHT_LINE.test(text)) return { value: year, score: 0.7, reason: 'the copyright line' };
  const placeYear = PLACE_AND_YEAR.exec(text)?.[1];
  if (placeYear) return { value: Number(placeYear), score: 0.6, reason: "the cover's place and year" };
  // A unit's name closed by a year, as a cover's last lines run together.
  const closing = isCapitalsLine(text) && opensWithUnitName(text) ? readClosingYear(text) : undefined;
  return closing === undefined ? undefined : { value: closing, score: 0.6, reason: "the year closing the cover's university line" };
}

/** Every year the front gives as a date of the document. */
export function yearCandidates(lines: readonly FrontLine[]): Candidate<number>[] {
  return lines.flatMap(({ text }) => yearOfLine(text) ?? []);
}
