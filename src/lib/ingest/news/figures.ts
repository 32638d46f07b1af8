/**
 * Extracts the figures of a news text: a number with a unit or a currency ("12.000 WNI",
 * "Rp7,9 triliun", "US$ 3,73 miliar", "$474 million", "5 persen"), its value in plain units and
 * the words it was read from. Bare numbers (years, ranges, chapters, dates, phone numbers) are
 * left alone because they carry no unit.
 */
import type { Lang } from '../../langs.ts';
import { CURRENCY_PREFIX, UNIT_FORMS, currencyOfPrefix } from './figure-units.ts';
import { readDigits, readScale, scaleNumber } from './localised-number.ts';
import { lastWordBefore } from '../../text/word-window.ts';

/** A hedge before a figure: "lebih dari", "about", "at least". */
export type FigureQualifier = 'more-than' | 'less-than' | 'about' | 'at-least';

/** A number with its unit read from news text ("1.200 rekening", "Rp 2 miliar"). */
export interface Figure {
  value: number;
  unit: string;
  /** The words of the text the figure was read from (qualifier excluded). */
  phrase: string;
  qualifier?: FigureQualifier;
}

/**
 * An optional currency and a number not glued to other digits, letters or date/range marks, so
 * "2021–2025", "17/12/2025", "0812-3456" and "B2" yield nothing.
 */
const NUMBER = new RegExp(
  String.raw`(?<![\p{L}\p{N}.,/:+–—-])(?:(${CURRENCY_PREFIX})\s?)?(\d+(?:[.,]\d+)*)(?![\p{N}]|[.,/:–—-]\p{N})`,
  'gu',
);
/** "(WNI)" after "warga negara Indonesia": the abbreviation belongs to the phrase. */
const ABBREVIATION_AFTER = /^\s?\(\p{Lu}{2,}\)/u;

/** Qualifier words just before a figure; "kurang lebih" is checked before "lebih". */
const QUALIFIERS: ReadonlyArray<readonly [RegExp, FigureQualifier]> = [
  [/\b(?:kurang lebih|lebih kurang|sekitar|sekira|kira-kira|hampir|approximately|about|around|nearly|almost|roughly|some)\s*$/iu, 'about'],
  [/\b(?:setidaknya|sedikitnya|paling sedikit|sekurang-kurangnya|minimal|at least|no fewer than)\s*$/iu, 'at-least'],
  [/\b(?:kurang dari|di bawah|less than|fewer than|under|below)\s*$/iu, 'less-than'],
  [/\b(?:lebih dari|lebih|di atas|more than|over|upwards of|in excess of)\s*$/iu, 'more-than'],
];
/** A year after a time preposition: "pada 2025 negara ..." counts no countries. */
const YEAR_AFTER_PREPOSITION = /\b(?:tahun|pada|sejak|hingga|sampai|antara|in|since|until|by|from)\s*$/iu;
const YEAR = /^(?:19|20)\d{2}$/;

/**
 * "20-an orang" (twenty-odd people): the suffix makes the number a lower bound, so it is read as
 * at least that many. Without a unit after it ("tahun 1990-an") nothing is read, as for any number.
 */
const ODD_SUFFIX = /^-an(?!\p{L})/u;

/** How far before a figure its qualifier may stand. */
const QUALIFIER_WINDOW = 30;

/** The qualifier standing right before `text[end]`, if any. */
function qualifierBefore(text: string, end: number): FigureQualifier | undefined {
  const window = text.slice(Math.max(0, end - QUALIFIER_WINDOW), end);
  return QUALIFIERS.find(([pattern]) => pattern.test(window))?.[1];
}

function unitAt(text: string): { unit: string; length: number } | undefined {
  const spaces = /^\s?/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(spaces);
  for (const { unit, pattern } of UNIT_FORMS) {
    const match = pattern.exec(rest);
    // "negara-negara" is a plural ("countries in general"), not a count of countries.
    if (!match || /^-\p{L}/u.test(rest.slice(match[0].length))) continue;
    const abbreviation = ABBREVIATION_AFTER.exec(rest.slice(match[0].length))?.[0].length ?? 0;
    return { unit, length: spaces + match[0].length + abbreviation };
  }
  return undefined;
}

/** Returns the figures in `text`, in order of appearance, reading numbers by the rules of `lang`. */
export function extractFigures(text: string, lang: Lang): Figure[] {
  const figures: Figure[] = [];
  for (const match of text.matchAll(NUMBER)) {
    const [numberText, prefix, digits = ''] = match;
    const decimal = readDigits(digits, lang);
    if (decimal === undefined) continue;
    if (!prefix && YEAR.test(digits) && YEAR_AFTER_PREPOSITION.test(lastWordBefore(text, match.index))) continue;
    const prefixCurrency = prefix ? currencyOfPrefix(prefix) : undefined;
    let end = match.index + numberText.length;
    const scale = readScale(text.slice(end), lang, prefixCurrency !== undefined);
    end += scale?.length ?? 0;
    const odd = ODD_SUFFIX.exec(text.slice(end))?.[0].length ?? 0;
    end += odd;
    const unit = unitAt(text.slice(end));
    const unitName = prefixCurrency ?? unit?.unit;
    if (!unitName) continue;
    // A currency prefix already names the unit; a following currency word is part of the phrase.
    if (unit && (!prefixCurrency || unit.unit === prefixCurrency)) end += unit.length;
    const qualifier = qualifierBefore(text, match.index) ?? (odd > 0 ? 'at-least' : undefined);
    const figure: Figure = {
      value: scaleNumber(decimal, scale?.power ?? 0),
      unit: unitName,
      phrase: text.slice(match.index, end).trim(),
    };
    figures.push(qualifier ? { ...figure, qualifier } : figure);
  }
  return figures;
}
