/**
 * Country names in the page language, from ISO 3166-1 alpha-2 codes.
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import idNames from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import type { Locale } from './locales.ts';

countries.registerLocale(idNames);
countries.registerLocale(enNames);

/** The country's name in `locale`; an unknown code is shown as the code itself rather than dropped. */
export function countryName(code: string, locale: Locale): string {
  return countries.getName(code, locale, { select: 'official' }) ?? code;
}
