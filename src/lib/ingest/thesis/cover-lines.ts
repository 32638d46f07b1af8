/**
 * On a cover or abstract page each line is a unit of its own: a labelled field ("NIM : ..."),
 * the name of a university, faculty or department, a place and year. The extraction prints them
 * on consecutive lines, which the reflow would join into one paragraph, so they are set apart
 * with blank lines before the reflow.
 */
import { endsSentence, isCapitalsHeading } from '../pdf-text/paragraph-breaks.ts';
import { opensWithUnitName } from './affiliation.ts';
import { hasLeadingMarker, stripLeadingMarker } from './author-list.ts';
import { isMarkedNamesLine } from './front-line-kinds.ts';
import { readLabelledField } from './labelled-fields.ts';
import { EMAIL_ADDRESS } from '../../text/email-address.ts';

import { HIJRI_AFTER_YEAR, HIJRI_YEAR as HIJRI } from './hijri-year.ts';

/**
 * Words that make a year the time a study is about, not the date of the document: a title line
 * "KEAMANAN SIBER TAHUN 2018" or "PERIODE 2019" names a period, never when the thesis was written.
 */
const PERIOD_WORDS = `(?:${['tahun', 'periode', 'period', 'year', 'years', 'sejak', 'since', 'hingga', 'sampai', 'until', 'pasca', 'post', 'era', 'pemilu', 'election', 'anggaran']
  // In every case it may be printed in, without the \`i\` flag: under it \\p{Lu} matches lower case too.
  .flatMap((word) => [word, word.toUpperCase(), word[0]!.toUpperCase() + word.slice(1)])
  .join('|')})`;

/** The place before a cover's year: one to three capitalised words, none of them a period word. */
const PLACE = `(?!(?:[\\p{L}.'-]+\\s+){0,2}${PERIOD_WORDS}\\b)\\p{Lu}[\\p{L}.'-]*(?:\\s+\\p{Lu}[\\p{L}.'-]*){0,2}`;

/**
 * "2022", "YOGYAKARTA 2022", "Makassar, 2023": the place and year closing a cover; also with the
 * Hijri year before or after ("1445 H / 2024 M", "2024 M/1445 H"), and with the place's state
 * after a comma ("Fort Leavenworth, Kansas 2006"). The Gregorian year is group 1. A year after a
 * period word ("TAHUN 2018") is part of a title, and is not matched.
 */
export const PLACE_AND_YEAR = new RegExp(
  `^(?:${PLACE}(?:,\\s*${PLACE})?,?\\s+)?(?:${HIJRI}\\s*[/|–-]\\s*)?((?:19|20)\\d{2})${HIJRI_AFTER_YEAR}\\.?$`,
  'u',
);

/** A line closing on a year, or a year and a dash: a span of years ("Periode Tahun 2003") the next line may go on with. */
const CLOSES_ON_YEAR = /(?:19|20)\d{2}\s*[–-]?$/;

/**
 * Returns the year of a cover's place-and-year line ({@link PLACE_AND_YEAR}), or undefined. A lone
 * year under a line closing on a year (`previous`) goes on with that span ("Periode Tahun 2003" /
 * "2013"), a period a title names, and is no date of the document.
 */
export function readPlaceAndYear(text: string, previous = ''): number | undefined {
  const year = PLACE_AND_YEAR.exec(text)?.[1];
  if (year === undefined || (text === year && CLOSES_ON_YEAR.test(previous.trim()))) return undefined;
  return Number(year);
}

/**
 * A year closing a cover's last line ("Universitas X, 2023", "... JAKARTA 2018/1439 H"), unless a
 * period word precedes it; also glued to the name in capitals before it ("UNIVERSITAS
 * BRAWIJAYA2015"), where an extraction lost the line break between them.
 */
const CLOSING_YEAR = new RegExp(`(?<!\\b${PERIOD_WORDS}\\s?)(?:[,\\s]|(?<=\\p{Lu}{2}))((?:19|20)\\d{2})${HIJRI_AFTER_YEAR}\\.?$`, 'u');

/** Returns the year closing `text` as a cover line does ("..., 2023"), or undefined for "... TAHUN 2018". */
export function readClosingYear(text: string): number | undefined {
  const year = CLOSING_YEAR.exec(text)?.[1];
  return year === undefined ? undefined : Number(year);
}

/** Small words allowed in lower case inside the name of a unit. */
const NAME_CONNECTORS = new Set(['dan', 'and', 'of', 'the', 'for', 'in', '&', 'di', 'da', 'de']);

const MAX_UNIT_WORDS = 14;

/** True for a line that is only the name(s) of a university, faculty or department, written as a name. */
function isUnitLine(line: string): boolean {
  const text = stripLeadingMarker(line);
  const words = text.split(/\s+/);
  if (words.length > MAX_UNIT_WORDS || /[.;:]$/.test(text)) return false;
  if (!words.every((word) => /^[\p{Lu}\p{N}(]/u.test(word) || NAME_CONNECTORS.has(word.toLowerCase()))) return false;
  return opensWithUnitName(text);
}

/** A line of e-mail addresses alone, perhaps after a mark or an "Email:" / "Corresponding author:" label. */
const EMAIL_LINE = new RegExp(
  String.raw`^[*\d¹²³⁴⁵⁶⁷⁸⁹⁰]*\s*(?:(?:e-?mail|surel|correspond\w*(?:\s+author)?)\s*[:：]?\s*)?${EMAIL_ADDRESS}(?:\s*[,;]\s*${EMAIL_ADDRESS})*$`,
  'iu',
);

/**
 * 'marked': a line an article's header prints under its title, tied to the others by its marks:
 * names with affiliation marks ("Ani Lestari1*, Budi Santoso2"), a unit opened by its mark
 * ("1Universitas ..."), an e-mail line. The marks say the line is no continuation of the title
 * above it, whatever that line ends on.
 */
type CoverLine = 'field' | 'unit' | 'year' | 'marked';

function readCoverLine(line: string): CoverLine | undefined {
  const text = line.trim();
  if (text === '') return undefined;
  if (readLabelledField(text)) return 'field';
  if (PLACE_AND_YEAR.test(text)) return 'year';
  if (isMarkedNamesLine(text) || EMAIL_LINE.test(text)) return 'marked';
  if (isUnitLine(text)) return hasLeadingMarker(text) ? 'marked' : 'unit';
  return undefined;
}

/**
 * Returns `lines` (cleaned) with a blank line before every labelled field, and before every
 * unit name or year that does not continue a sentence and after it. A labelled field gets no blank line after it,
 * because its value may wrap onto the next line.
 */
export function separateCoverLines(lines: readonly string[]): string[] {
  const out: string[] = [];
  lines.forEach((line, index) => {
    const kind = readCoverLine(line);
    const previous = (lines[index - 1] ?? '').trim();
    // A label and colon open a form line wherever it stands; a name or year only after a finished line.
    const freshLine =
      kind === 'field' ||
      kind === 'marked' ||
      previous === '' ||
      endsSentence(previous) ||
      isCapitalsHeading(previous) ||
      readCoverLine(previous) !== undefined;
    if (!kind || !freshLine) {
      out.push(line);
      return;
    }
    if (out.length > 0 && out.at(-1) !== '') out.push('');
    out.push(line);
    if (kind !== 'field') out.push('');
  });
  return out;
}
