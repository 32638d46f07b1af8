import { describe, expect, it } from 'vitest';
import { formatFigure, formatNumber, formatPartialDate, formatPublication } from '../../../src/lib/i18n/format.ts';

describe('formatPartialDate', () => {
  it.each([
    ['2009', 'id', '2009'],
    ['2018-07', 'id', 'Juli 2018'],
    ['2018-07-03', 'id', '3 Juli 2018'],
    ['2009', 'en', '2009'],
    ['2018-07', 'en', 'July 2018'],
    ['2018-07-03', 'en', '3 July 2018'],
    // The last day of a month must not slip into the next one through a time zone.
    ['2025-12-31', 'id', '31 Desember 2025'],
  ] as const)('%s in %s is %s', (date, locale, expected) => {
    expect(formatPartialDate(date, locale)).toBe(expected);
  });

  it('refuses dates that are not YYYY, YYYY-MM or YYYY-MM-DD', () => {
    expect(() => formatPartialDate('17 Desember 2025', 'id')).toThrow();
    expect(() => formatPartialDate('2018-7', 'en')).toThrow();
  });
});

describe('formatNumber', () => {
  it.each([
    [12000, 'id', '12.000'],
    [12000, 'en', '12,000'],
    [7.9, 'id', '7,9'],
    [474000000, 'en', '474,000,000'],
  ] as const)('%d in %s is %s', (value, locale, expected) => {
    expect(formatNumber(value, locale)).toBe(expected);
  });
});

describe('formatFigure', () => {
  it.each([
    [{ value: 12000, unit: 'persons', qualifier: 'more-than' }, 'id', 'lebih dari 12.000 orang'],
    [{ value: 12000, unit: 'persons', qualifier: 'more-than' }, 'en', 'more than 12,000 people'],
    [{ value: 474000000, unit: 'USD' }, 'id', 'US$474.000.000'],
    [{ value: 474000000, unit: 'USD' }, 'en', 'US$474,000,000'],
    [{ value: 7900000000000, unit: 'IDR', qualifier: 'about' }, 'en', 'about IDR 7,900,000,000,000'],
    [{ value: 12.5, unit: 'percent' }, 'id', '12,5%'],
    [{ value: 3, unit: 'countries', qualifier: 'at-least' }, 'id', 'sedikitnya 3 negara'],
  ] as const)('%o in %s is %s', (figure, locale, expected) => {
    // Intl puts a no-break space between "Rp"/"IDR" and the amount.
    expect(formatFigure(figure, locale).replace(/\u00a0/g, ' ')).toBe(expected);
  });

  it('shows a unit it has no name for as stored', () => {
    expect(formatFigure({ value: 40, unit: 'vessels' }, 'id')).toBe('40 vessels');
  });
});

describe('formatPublication', () => {
  it('lists what the article gives, in the page language', () => {
    const full = { journal: 'Jurnal HI', volume: '9', issue: '2', pages: '145-160' };
    expect(formatPublication(full, 'id')).toBe('Jurnal HI, Vol. 9, No. 2, hlm. 145-160');
    expect(formatPublication(full, 'en')).toBe('Jurnal HI, Vol. 9, No. 2, pp. 145-160');
    expect(formatPublication({ volume: '3', issue: '1' }, 'en')).toBe('Vol. 3, No. 1');
  });
});
