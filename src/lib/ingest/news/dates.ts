/**
 * Finds dates in Indonesian and English news text: absolute dates ("Rabu, 17 Desember 2025",
 * "17/12/2025", "Kamis (18/12/2025)", "December 17, 2025"), relative times ("15 jam lalu",
 * "5 hours ago", "kemarin") and bare weekdays ("pada Rabu"), which give no date by themselves.
 */

/** An absolute date found in a text, with the words it was read from. */
export interface DateMention {
  /** YYYY-MM-DD */
  iso: string;
  text: string;
  index: number;
}

/** A span of text (a relative time or a weekday) that names a day without dating it. */
export interface TextSpan {
  text: string;
  index: number;
}

const MONTHS: Readonly<Record<string, number>> = {
  januari: 1, january: 1, jan: 1,
  februari: 2, pebruari: 2, february: 2, feb: 2, peb: 2,
  maret: 3, march: 3, mar: 3,
  april: 4, apr: 4,
  mei: 5, may: 5,
  juni: 6, june: 6, jun: 6,
  juli: 7, july: 7, jul: 7,
  agustus: 8, august: 8, agu: 8, agt: 8, ags: 8, aug: 8,
  september: 9, sept: 9, sep: 9,
  oktober: 10, october: 10, okt: 10, oct: 10,
  november: 11, nopember: 11, nov: 11, nop: 11,
  desember: 12, december: 12, des: 12, dec: 12,
};

const WEEKDAYS = "Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|Ahad|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
// Longest names first so "Desember" is not read as "Des" + "ember".
const MONTH_NAMES = Object.keys(MONTHS).sort((a, b) => b.length - a.length).join('|');
/** English weekdays as stamps shorten them ("Mon, October 29, 2012"). */
const SHORT_WEEKDAYS = 'Mon|Tue|Tues|Wed|Thu|Thur|Thurs|Fri|Sat|Sun';
const DAY_OR_MONTH_NAME = new RegExp(String.raw`^(?:${WEEKDAYS}|${SHORT_WEEKDAYS}|${MONTH_NAMES})\.?$`, 'iu');

/** True when `word` is the name of a weekday or a month ("Selasa", "Mei", "Dec."), in either language: part of a date, never a name. */
export function isDayOrMonthName(word: string): boolean {
  return DAY_OR_MONTH_NAME.test(word.trim());
}

/** An optional weekday before a date: "Rabu, ", "Kamis (", "Wednesday, ". */
const WEEKDAY_PREFIX = String.raw`(?:\b(?:${WEEKDAYS})\s*[,(]?\s*)?`;

/** Day, month name and year from groups 1 to 3 of a match. */
const readDayMonthYear = (m: RegExpExecArray): [number, number, number] => [Number(m[1]), MONTHS[(m[2] ?? '').toLowerCase()] ?? 0, Number(m[3])];

/** Patterns of absolute dates; each yields day, month and year through `read`. */
const DATE_FORMS: ReadonlyArray<{ pattern: RegExp; read: (m: RegExpExecArray) => [number, number, number] }> = [
  {
    // 14 - 15 April 2009, 14–15 Mei 2024: a span of days, dated by its first
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}\b(\d{1,2})\s*[-–]\s*\d{1,2}\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b`, 'giu'),
    read: readDayMonthYear,
  },
  {
    // 17 Desember 2025, 17 Des. 2025, 17 December, 2025, 17th December 2025
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH_NAMES})\.?,?\s+(\d{4})\b`, 'giu'),
    read: readDayMonthYear,
  },
  {
    // December 17, 2025; Dec. 17 2025
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}\b(${MONTH_NAMES})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b`, 'giu'),
    read: (m) => [Number(m[2]), MONTHS[(m[1] ?? '').toLowerCase()] ?? 0, Number(m[3])],
  },
  {
    // 17/12/2025, 17-12-2025, 17.12.2025, 17/12/25: day first, as Indonesian and most of the world
    // write it; month first (12/17/2025) only when the second number cannot be a month.
    pattern: new RegExp(String.raw`${WEEKDAY_PREFIX}(?<![\d.,/-])(\d{1,2})([/.-])(\d{1,2})\2(\d{4}|\d{2})(?![\d.,/-]\d)\)?`, 'gu'),
    read: (m) => {
      const [first, second, year] = [Number(m[1]), Number(m[3]), Number(m[4])];
      const fullYear = year < 100 ? 2000 + year : year;
      return second > 12 ? [second, first, fullYear] : [first, second, fullYear];
    },
  },
  {
    // 2025-12-17, and year first with dots or slashes as some sites stamp it: 2025.12.17, 2025/12/17
    pattern: /(?<![\d./-])(\d{4})([-./])(\d{2})\2(\d{2})(?![\d-]|[./]\d)/g,
    read: (m) => [Number(m[4]), Number(m[3]), Number(m[1])],
  },
];

/** Returns YYYY-MM-DD for a real calendar day, otherwise undefined. */
export function toIsoDate(day: number, month: number, year: number): string | undefined {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return date.toISOString().slice(0, 10);
}

/** Returns the absolute dates in `text`, in order of appearance, without overlaps. */
export function findAbsoluteDates(text: string): DateMention[] {
  const found: DateMention[] = [];
  for (const { pattern, read } of DATE_FORMS) {
    for (const match of text.matchAll(pattern)) {
      const iso = toIsoDate(...read(match));
      if (iso) found.push({ iso, text: match[0].trim(), index: match.index });
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found.filter((mention, i) => {
    const previous = found[i - 1];
    return !previous || previous.index + previous.text.length <= mention.index;
  });
}

const RELATIVE_TIMES: readonly RegExp[] = [
  /\b(?:\d+|se|satu|dua|tiga|beberapa)\s*(?:detik|menit|jam|hari|minggu|pekan|bulan|tahun)\s+(?:yang\s+)?lalu/giu,
  /\b(?:\d+|an?|one|two|three|a few|few|several)\s+(?:seconds?|secs?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?)\s+ago/giu,
  /\b(?:kemarin(?:\s+(?:pagi|siang|sore|malam))?|tadi\s+(?:pagi|siang|sore|malam)|baru\s+saja|hari\s+ini|yesterday|today|just\s+now)\b/giu,
];

/** Returns the relative times in `text` ("15 jam lalu", "5 hours ago", "kemarin"), in order. */
export function findRelativeTimes(text: string): TextSpan[] {
  return RELATIVE_TIMES.flatMap((pattern) =>
    [...text.matchAll(pattern)].map((match) => ({ text: match[0], index: match.index })),
  ).sort((a, b) => a.index - b.index);
}

/** A weekday with the preposition before it, if any: "pada Rabu", "on Wednesday", "Kamis". */
const WEEKDAY = new RegExp(String.raw`(?:\b(?:pada|hari|on|last|this|next)\s+)?\b(?:${WEEKDAYS})\b`, 'gu');

/** Returns the weekdays in `text` that are not part of an absolute date, in order. */
export function findBareWeekdays(text: string): TextSpan[] {
  const dates = findAbsoluteDates(text);
  const insideDate = (index: number, length: number): boolean =>
    dates.some((date) => index + length > date.index && index < date.index + date.text.length);
  return [...text.matchAll(WEEKDAY)]
    .filter((match) => !insideDate(match.index, match[0].length))
    .map((match) => ({ text: match[0], index: match.index }));
}

/** A time of day ("14:28 WIB", "10:35 am") or a short weekday ("Tue,"): what may stand beside a date in a stamp. */
const BESIDE_DATE = /^(?:(?:pukul\s+)?\d{1,2}[.:]\d{2}(?:\s*(?:wib|wita|wit|am|pm))?|(?:mon|tue|wed|thu|fri|sat|sun)\.?)$/iu;

/**
 * True when `part` is a date stamp and nothing else: an absolute date, a time of day, or a date
 * with a short weekday or a time beside it ("SELASA, 10 AGUSTUS 2021", "14:28 WIB", "Tue, April 30, 2013").
 */
export function isDateStamp(part: string): boolean {
  const date = findAbsoluteDates(part)[0];
  const rest = date ? `${part.slice(0, date.index)} ${part.slice(date.index + date.text.length)}` : part;
  const left = rest.replace(/^[\s,]+|[\s,]+$/g, '').replace(/\s+/g, ' ');
  return left === '' ? date !== undefined : BESIDE_DATE.test(left);
}
