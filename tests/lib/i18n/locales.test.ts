import { describe, expect, it } from 'vitest';
import {
  localeFromParam,
  localeParam,
  localeStaticParams,
  otherLocale,
} from '../../../src/lib/i18n/locales.ts';

describe('locale table', () => {
  it('serves Indonesian at the root and English under /en/', () => {
    expect(localeParam('id')).toBeUndefined();
    expect(localeParam('en')).toBe('en');
    expect(localeStaticParams()).toEqual([{ locale: undefined }, { locale: 'en' }]);
  });

  it.each([
    [undefined, 'id'],
    ['', 'id'],
    ['en', 'en'],
  ] as const)('route param %s is locale %s', (param, locale) => {
    expect(localeFromParam(param)).toBe(locale);
  });

  it('refuses a route param that is no locale prefix', () => {
    expect(() => localeFromParam('fr')).toThrow(/\/fr\//);
    // "id" is the default locale, served without a prefix, so /id/ is not a locale root.
    expect(() => localeFromParam('id')).toThrow();
  });

  it('pairs each locale with the other', () => {
    expect(otherLocale('id')).toBe('en');
    expect(otherLocale('en')).toBe('id');
  });
});
