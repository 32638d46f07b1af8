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
