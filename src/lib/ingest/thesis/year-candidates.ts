/**
 * Evidence for the year of a study, only from dates of the document itself: the journal issue
 * line ("Vol. 9, 2020", "Vol.11 (2021) No. 3", "Nº 58 (January 2022)"), the copyright line
 * ("© Julia Paulsen, May 2016", "Copyrights © 2020"), the publication date ("Published: 12 May
 * 2020", "Terbit: 31 Desember 2018" among an article's dates), the date an approval page is signed
 * on ("Tanggal: 20 November 2014"), a web page's stamp under the title ("Wednesday, 01 May 2013
 * 00:06"), a catalogue's imprint ("Depok: Fakultas Hukum Universitas
 * Indonesia, 2015") or record line ("2022 | Skripsi | S1 TEKNIK GEODESI"), and a cover's closing
 * line ("UNIVERSITAS HASANUDDIN 2013", "Makassar, 2023"). A year in a title or an abstract (a
 * period studied, an event) is never evidence: only lines of these kinds are read, and a cover
 * line only when no period word comes before its year.
 */
import type { Candidate } from '../fields/candidates.ts';
import { findAbsoluteDates, isDateStamp, isDayOrMonthName } from '../news/dates.ts';
import type { FrontLine } from './front-lines.ts';
import { readClosingYear, readPlaceAndYear } from './cover-lines.ts';
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

/**
 * A publication label with its colon inside a line of an article's dates ("Masuk: 16 Agustus 2018
 * Diterima: ... Terbit: 31 Desember 2018"): the date right after it is the publication's.
 */
const PUBLISHED_LABEL_IN_LINE = /\b(?:published(?:\s+online)?|diterbitkan|dipublikasikan|terbit)\s*:\s*/i;

/**
 * A publication label alone on its line, its date on the next, as a journal's article page sets it
 * ("Published" / "2024-07-29"), or a catalogue record's table its cell ("Terbitan: |" / ", 2014").
 */
const PUBLISHED_LABEL_ALONE = /^(?:published(?:\s+online)?|date\s+published|diterbitkan|tanggal\s+terbit|terbitan)\s*:?\s*\|?$/i;

/** A catalogue's imprint under its label: the place, perhaps left empty, a comma and the year (", 2014", "Malang, 2014"). */
const IMPRINT_UNDER_LABEL = /^(?:\p{L}[\p{L} .-]*)?,\s*((?:19|20)\d{2})\s*\|?$/u;

/** The date an approval page is signed on: "Tanggal: 20 November 2014", the day written out. */
const SIGNED_DATE_LABEL = /^tanggal\s*:\s*/i;

/** A catalogue's imprint, place then publisher then year: "Depok: Fakultas Hukum Universitas Indonesia, 2015". */
const IMPRINT = /^\p{Lu}[\p{L}.'-]*(?:\s+\p{Lu}[\p{L}.'-]*){0,2}\s*:\s*([^:]+?),\s*((?:19|20)\d{2})$/u;

/** A repository's record line, year then kind of thesis: "2022 | Skripsi | S1 TEKNIK GEODESI". */
const RECORD_LINE = /^((?:19|20)\d{2})\s*\|\s*(?:skripsi|tesis|thesis|disertasi|dissertation)\b/i;

/** A line naming the conference a paper was given at, over its place and date: "1st International Conference on Law Studies". */
const CONFERENCE_NAME = /\b(?:conference|konferensi|seminar|symposium|simposium|proceedings?|prosiding|colloquium|congress|kongres)\b/i;

/** The conference's place and date under its name, alone on the line: "Jakarta, 19th November 2020", "Bandung, 5 Mei 2021". */
const PLACE_AND_DATE = /^\p{Lu}[\p{L} .'-]{1,40},\s*\d{1,2}(?:st|nd|rd|th)?\s+(\p{L}+)\s+((?:19|20)\d{2})$/u;

/** The year of a conference's place and date line under the conference's name, as a proceedings paper's header prints them. */
function conferenceYear(text: string, previous: string): number | undefined {
  const date = PLACE_AND_DATE.exec(text.trim());
  return date && isDayOrMonthName(date[1]!) && CONFERENCE_NAME.test(previous) ? Number(date[2]) : undefined;
}

/** A university's name in capitals opening a cover's run-together last lines: "FLINDERS UNIVERSITY COLLEGE OF ...". */
const OPENING_UNIVERSITY = /^(?:\p{Lu}[\p{Lu}'-]*\s+){0,3}(?:UNIVERSITY|UNIVERSITAS|UNIVERSITI|INSTITUT|INSTITUTE)\b/u;

function yearIn(text: string): number | undefined {
  const year = YEAR.exec(text)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** The year of the date opening `text` ("31 Desember 2018 ...", "Juli 2024"), if it opens with one. */
function yearOfOpeningDate(text: string): number | undefined {
  const date = findAbsoluteDates(text)[0];
  if (date?.index === 0) return Number(date.iso.slice(0, 4));
  // A month and year without the day: "Terbit: Juli 2024".
  const monthYear = /^(\p{L}+)\.?\s+((?:19|20)\d{2})\b/u.exec(text);
  return monthYear && isDayOrMonthName(monthYear[1]!) ? Number(monthYear[2]) : undefined;
}

/** The year of the date after a label within `text`, read from the label's end. */
function yearAfterLabel(text: string, label: RegExp): number | undefined {
  const found = label.exec(text);
  return found ? yearOfOpeningDate(text.slice(found.index + found[0].length)) : undefined;
}

/**
 * A web page's publication stamp: a weekday, the date and perhaps the time, and nothing else
 * ("Wednesday, 01 May 2013 00:06"), as a site prints it under an article's title. A sharing site's
 * upload date carries a label instead ("Post on 08-Nov-2015").
 */
function isWeekdayStamp(text: string): boolean {
  return isDayOrMonthName(text.split(/[\s,]+/)[0] ?? '') && isDateStamp(text);
}

/** The year a catalogue's imprint gives, when its publisher is a university or one of its units. */
function imprintYear(text: string): number | undefined {
  const imprint = IMPRINT.exec(text);
  return imprint && opensWithUnitName(imprint[1]!) ? Number(imprint[2]) : undefined;
}

/** The year closing a cover's university line, as its last lines run together. */
function closingYearOfUnitLine(text: string): number | undefined {
  if (!isCapitalsLine(text) || !(opensWithUnitName(text) || OPENING_UNIVERSITY.test(text))) return undefined;
  return readClosingYear(text);
}

/** The year a line (under `previous`) gives as a date of the document, with how much it weighs and why. */
function yearOfLine(text: string, previous: string): Candidate<number> | undefined {
  if (text.split(/\s+/).length > MAX_WORDS) return undefined;
  const year = yearIn(text);
  if (year !== undefined && ISSUE_LINE.test(text)) return { value: year, score: 0.75, reason: 'the journal issue line' };
  if (year !== undefined && PUBLISHED_LINE.test(text)) return { value: year, score: 0.75, reason: 'the publication date' };
  const published = yearAfterLabel(text, PUBLISHED_LABEL_IN_LINE);
  if (published !== undefined) return { value: published, score: 0.75, reason: 'the publication date' };
  if (year !== undefined && COPYRIGHT_LINE.test(text)) return { value: year, score: 0.7, reason: 'the copyright line' };
  const recorded = RECORD_LINE.exec(text)?.[1] ?? imprintYear(text);
  if (recorded !== undefined) return { value: Number(recorded), score: 0.6, reason: "the catalogue's record" };
  const stamped = isWeekdayStamp(text) ? yearOfOpeningDate(text) : undefined;
  if (stamped !== undefined) return { value: stamped, score: 0.5, reason: 'the date stamp of the page the article is published on' };
  const signed = yearAfterLabel(text, SIGNED_DATE_LABEL);
  if (signed !== undefined) return { value: signed, score: 0.55, reason: 'the date the approval page is signed on' };
  const conference = conferenceYear(text, previous);
  if (conference !== undefined) return { value: conference, score: 0.6, reason: "the conference's place and date" };
  const placeYear = readPlaceAndYear(text, previous);
  if (placeYear !== undefined) return { value: placeYear, score: 0.6, reason: "the cover's place and year" };
  const closing = closingYearOfUnitLine(text);
  return closing === undefined ? undefined : { value: closing, score: 0.6, reason: "the year closing the cover's university line" };
}

/** The year `lines[at]` gives with the line before it: the date under a publication label standing alone, or what the line gives. */
function yearOfLineAt(lines: readonly FrontLine[], at: number): Candidate<number> | undefined {
  const { text } = lines[at]!;
  const previous = lines[at - 1]?.text ?? '';
  if (PUBLISHED_LABEL_ALONE.test(previous) && isDateStamp(text)) {
    const year = yearOfOpeningDate(text);
    if (year !== undefined) return { value: year, score: 0.75, reason: 'the publication date' };
  }
  const imprint = PUBLISHED_LABEL_ALONE.test(previous) ? IMPRINT_UNDER_LABEL.exec(text.trim())?.[1] : undefined;
  if (imprint !== undefined) return { value: Number(imprint), score: 0.75, reason: "the imprint's year under its label" };
  return yearOfLine(text, previous);
}

/** Every year the front gives as a date of the document. */
export function yearCandidates(lines: readonly FrontLine[]): Candidate<number>[] {
  return lines.flatMap((_, at) => yearOfLineAt(lines, at) ?? []);
}
