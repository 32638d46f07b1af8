/**
 * Dates and numbers written the way each page language writes them.
 */
import { LOCALES, type Locale } from './locales.ts';
import { t, type UiKey } from './ui.ts';

// Making an Intl formatter costs far more than using one, and a build formats dates on every
// page: each locale and set of options gets one formatter, made on first use.
const formatters = new Map<string, Intl.DateTimeFormat | Intl.NumberFormat>();

function cachedFormatter<T extends Intl.DateTimeFormat | Intl.NumberFormat>(key: string, make: () => T): T {
  let formatter = formatters.get(key);
  if (formatter === undefined) {
    formatter = make();
    formatters.set(key, formatter);
  }
  return formatter as T;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  return cachedFormatter(`date ${locale} ${JSON.stringify(options)}`, () => new Intl.DateTimeFormat(LOCALES[locale].intlLocale, options));
}

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
  return cachedFormatter(`number ${locale} ${JSON.stringify(options)}`, () => new Intl.NumberFormat(LOCALES[locale].intlLocale, options));
}

const PARTIAL_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/**
 * A `YYYY`, `YYYY-MM` or `YYYY-MM-DD` date at its own precision: "2009", "Juli 2018" or
 * "3 Juli 2018" on Indonesian pages. A date is never padded with a day or month the source
 * did not give.
 */
export function formatPartialDate(date: string, locale: Locale): string {
  const match = PARTIAL_DATE.exec(date);
  if (!match) throw new Error(`Not a YYYY, YYYY-MM or YYYY-MM-DD date: "${date}"`);
  const [, year, month, day] = match;
  if (month === undefined) return String(Number(year));
  // UTC on both sides so the server's time zone cannot shift the day.
  const instant = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  const options: Intl.DateTimeFormatOptions =
    day === undefined
      ? { year: 'numeric', month: 'long', timeZone: 'UTC' }
      : { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' };
  return dateFormat(locale, options).format(instant);
}

/** A number with the page language's digit grouping and decimal mark ("12.000" vs "12,000"). */
export function formatNumber(value: number, locale: Locale): string {
  return numberFormat(locale, { maximumFractionDigits: 2 }).format(value);
}

/** A figure as the news schema stores it: a number, a normalised unit, an optional qualifier. */
export interface FigureValue {
  value: number;
  /** An ISO 4217 currency code, `percent`, or a counted thing such as `persons`. */
  unit: string;
  qualifier?: 'more-than' | 'less-than' | 'about' | 'at-least' | undefined;
}

/** Counted things the ingest normalises units to, named in each page language. */
const UNIT_KEYS: Readonly<Record<string, UiKey>> = {
  persons: 'unit.persons',
  countries: 'unit.countries',
  cases: 'unit.cases',
  reports: 'unit.reports',
  accounts: 'unit.accounts',
  websites: 'unit.websites',
};

const CURRENCY_CODE = /^[A-Z]{3}$/;

/**
 * A figure written out in the page language: "lebih dari 12.000 orang", "US$474,000,000",
 * "12,5%". A unit the site has no name for is shown as stored rather than dropped.
 */
export function formatFigure(figure: FigureValue, locale: Locale): string {
  let amount: string;
  if (figure.unit === 'percent') {
    amount = numberFormat(locale, { style: 'percent', maximumFractionDigits: 2 }).format(figure.value / 100);
  } else if (CURRENCY_CODE.test(figure.unit)) {
    amount = numberFormat(locale, {
      style: 'currency',
      currency: figure.unit,
      minimumFractionDigits: 0,
      maximumFractionDigits: 2,
    }).format(figure.value);
  } else {
    const key = UNIT_KEYS[figure.unit];
    amount = `${formatNumber(figure.value, locale)} ${key ? t(locale, key) : figure.unit}`;
  }
  return figure.qualifier ? `${t(locale, `figure.${figure.qualifier}`)} ${amount}` : amount;
}

/** Where a study was published, as `formatPublication` needs it. */
export interface PublicationValue {
  journal?: string;
  volume?: string;
  issue?: string;
  pages?: string;
}

/** "Jurnal X, Vol. 9, No. 2, hlm. 145-160": the parts a journal article gives, in the page language. */
export function formatPublication(publication: PublicationValue, locale: Locale): string {
  const { journal, volume, issue, pages } = publication;
  return [
    journal,
    volume && t(locale, 'publication.volume', { v: volume }),
    issue && t(locale, 'publication.issue', { n: issue }),
    pages && t(locale, 'publication.pages', { p: pages }),
  ]
    .filter(Boolean)
    .join(', ');
}
