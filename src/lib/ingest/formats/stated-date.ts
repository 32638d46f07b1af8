/**
 * Dates as pages state them ("2020", "2020/05/12", "2024-03-05T10:00:00+07:00", "12/05/2020" in
 * old OJS) reduced to `YYYY`, `YYYY-MM` or `YYYY-MM-DD` as precise as stated. The date part of a
 * timestamp is kept as written: it is the publisher's own calendar day.
 */

const YEAR_FIRST = /^(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:$|[T\s])/;
const DAY_FIRST = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/;

const pad = (n: string) => n.padStart(2, '0');

function valid(year: string, month?: string, day?: string): string | undefined {
  if (!month) return year;
  const m = Number(month);
  if (m < 1 || m > 12) return undefined;
  if (!day) return `${year}-${pad(month)}`;
  const iso = `${year}-${pad(month)}-${pad(day)}`;
  // Date.parse accepts 2020-02-31; the round trip does not.
  const parsed = new Date(`${iso}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso) ? iso : undefined;
}

/** Returns the stated date in ISO form, or undefined for anything not read as a date. */
export function readStatedDate(value: string): string | undefined {
  const text = value.trim();
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst) return valid(yearFirst[1]!, yearFirst[2], yearFirst[3]);
  const dayFirst = DAY_FIRST.exec(text);
  return dayFirst ? valid(dayFirst[3]!, dayFirst[2], dayFirst[1]) : undefined;
}
