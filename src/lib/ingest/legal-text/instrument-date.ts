/**
 * Where and when an international instrument was made, as its text says: the signature formula
 * ("DONE at Kuala Lumpur this 29th day of November 2004"), an adoption line ("Disetujui ... oleh
 * Resolusi Majelis Umum 2106 A (XX) 21 Desember 1965"), the dateline under its title ("Manila,
 * the Philippines, 13 November 2017", "Budapest, 23.XI.2001", "BALI, INDONESIA, 23 MARCH 2016"),
 * a meeting's dates ("February 27-28, 2002" with "Bali, Indonesia" below), or the opening of a
 * statement ("gathered in Jakarta, Indonesia, on 5 September 2023"). A meeting over several days
 * is dated by its last day, the day its statement was made.
 */
import { findAbsoluteDates, toIsoDate } from '../news/dates.ts';
import type { PlaceAndDate } from './closing.ts';
import { flatten } from './flat-text.ts';

export interface InstrumentDate extends PlaceAndDate {
  /**
   * What the text says happened that day: a signature ("DONE at"), an adoption ("Adopted by",
   * "Disetujui ... oleh"), or only a dateline, whose meaning depends on the kind of instrument.
   */
  act: 'signed' | 'adopted' | 'dated';
}

const ROMAN_MONTHS = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X', 'XI', 'XII'];
const MONTH_NAMES =
  'January|February|March|April|May|June|July|August|September|October|November|December|Januari|Februari|Maret|Mei|Juni|Juli|Agustus|Oktober|Desember';

/**
 * A place as a dateline prints it: up to three names, each of one or two capitalised words, "the"
 * allowed ("Manila, the Philippines", "Kuala Lumpur"); or in capitals, one word a name ("BALI,
 * INDONESIA"), so that the end of a title in capitals is not taken for the place.
 */
const NAME = String.raw`\p{Lu}\p{Ll}[\p{L}-]*(?:\s+\p{Lu}\p{Ll}[\p{L}-]*)?`;
const PLACE = String.raw`(?:${NAME}(?:,\s+(?:the\s+)?${NAME}){0,2}|\p{Lu}{2,}(?:,\s+\p{Lu}{2,}){0,2})`;

/** "DONE at Kuala Lumpur this 29th day of November 2004", "Dibuat di Jakarta pada tanggal ...". */
const DONE_AT = new RegExp(
  String.raw`\b(?:DONE|Done|Dibuat|DIBUAT)\s+(?:at|in|di)\s+(?<place>${PLACE})\s*,?\s+(?:(?:on\s+)?this|on|pada\s+tanggal|pada|tanggal)\s+(?<rest>.{0,60})`,
  'u',
);
/** "Disetujui dan dibuka ... oleh Resolusi ... 21 Desember 1965", "Adopted by General Assembly resolution ... of 15 November 2000". */
const ADOPTED_BY = /\b(?:Disetujui|Diterima|Adopted|adopted)\b.{0,160}?\b(?:oleh|by)\b/;
/** "gathered in Jakarta, Indonesia, on 5 September 2023", "held in Bali, Indonesia, on 6 August 2018". */
const GATHERED = new RegExp(String.raw`\b(?:gathered|held|met|convened)\s+in\s+(?<place>${PLACE}),?\s+on\s+`, 'u');
/** A dateline: a place, a comma and a date ("Bali, 6 August 2018", "Budapest, 23.XI.2001"). */
const DATELINE = new RegExp(String.raw`(?<!\p{L})(?<place>${PLACE}),\s+(?=\d{1,2}[\s.])`, 'gu');
/** "23.XI.2001", the Council of Europe's way. */
const ROMAN_DATE = /^(\d{1,2})\.([IVX]+)\.(\d{4})\b/;
/** "29th day of November 2004". */
const DAY_OF = new RegExp(String.raw`^(\d{1,2})(?:st|nd|rd|th)?\s+day\s+of\s+(${MONTH_NAMES})\s*,?\s+(?:in\s+the\s+year\s+)?(\d{4})`, 'i');
/** "February 27-28, 2002", "26-28 February 2002": a meeting's days. */
const DAY_RANGE = new RegExp(
  String.raw`\b(?:(?<month1>${MONTH_NAMES})\s+\d{1,2}\s*[-–]\s*(?<day1>\d{1,2}),?\s+(?<year1>\d{4})|\d{1,2}\s*[-–]\s*(?<day2>\d{1,2})\s+(?<month2>${MONTH_NAMES}),?\s+(?<year2>\d{4}))`,
  'i',
);

const LONE_PLACE = new RegExp(`^${PLACE}$`, 'u');

/** How far into the text the heading's dates are looked for. */
const HEADING_CHARS = 1500;

/** The ISO date that opens `text`, in any of the forms these texts use. */
function dateAtStart(text: string): string | undefined {
  const roman = ROMAN_DATE.exec(text);
  if (roman) return toIsoDate(Number(roman[1]), ROMAN_MONTHS.indexOf(roman[2]!) + 1, Number(roman[3]));
  const dayOf = DAY_OF.exec(text);
  if (dayOf) return isoOf(Number(dayOf[1]), dayOf[2]!, Number(dayOf[3]));
  const found = findAbsoluteDates(text.slice(0, 40))[0];
  return found && found.index <= 1 ? found.iso : undefined;
}

function isoOf(day: number, monthName: string, year: number): string | undefined {
  const found = findAbsoluteDates(`${day} ${monthName} ${year}`)[0];
  return found?.iso;
}

/** The last day of a meeting's range, and the line after it when that line is a place. */
function readDayRange(lines: readonly string[]): PlaceAndDate | undefined {
  for (let at = 0; at < lines.length; at += 1) {
    const range = DAY_RANGE.exec(lines[at]!);
    if (!range?.groups) continue;
    const { month1, day1, year1, day2, month2, year2 } = range.groups;
    const date = isoOf(Number(day1 ?? day2), (month1 ?? month2)!, Number(year1 ?? year2));
    if (!date) continue;
    const next = lines[at + 1];
    const place = next && LONE_PLACE.test(next) ? next : undefined;
    return place ? { place, date } : { date };
  }
  return undefined;
}

/** Reads where and when the instrument of `text` was signed, adopted or made. */
export function readInstrumentDate(text: string): InstrumentDate | undefined {
  const flat = flatten(text);
  const done = DONE_AT.exec(flat);
  if (done?.groups) {
    const date = dateAtStart(done.groups.rest!);
    if (date) return { place: done.groups.place!, date, act: 'signed' };
  }
  const head = flat.slice(0, HEADING_CHARS);
  const lines = text.slice(0, HEADING_CHARS).split('\n').map((line) => line.trim()).filter(Boolean);
  for (const line of datelinesIn(head, lines)) {
    const date = dateAtStart(line.after);
    if (date) return { place: line.place, date, act: 'dated' };
  }
  const adopted = ADOPTED_BY.exec(head);
  if (adopted) {
    const date = findAbsoluteDates(head.slice(adopted.index, adopted.index + 200))[0];
    if (date) return { date: date.iso, act: 'adopted' };
  }
  const range = readDayRange(lines);
  if (range) return { ...range, act: 'dated' };
  const lone = lines.map((line) => ({ line, date: findAbsoluteDates(line)[0] })).find(({ line, date }) => date && date.text.trim() === line);
  return lone?.date ? { date: lone.date.iso, act: 'dated' } : undefined;
}

/**
 * The datelines of `lines` and then the "gathered in ... on" phrase of `head`, with
 * the text that follows each. Datelines are looked for line by line, so that a title's last
 * word on the line above ("... Meeting" / "Bali, 6 August 2018") is not read as part of the place.
 */
function datelinesIn(head: string, lines: readonly string[]): Array<{ place: string; after: string }> {
  const gathered = GATHERED.exec(head);
  const phrase = gathered?.groups ? [{ place: gathered.groups.place!, after: head.slice(gathered.index + gathered[0].length) }] : [];
  const datelines = lines.flatMap((line) =>
    [...line.matchAll(DATELINE)].map((match) => ({ place: match.groups!.place!, after: line.slice(match.index + match[0].length) })),
  );
  return [...datelines, ...phrase];
}
