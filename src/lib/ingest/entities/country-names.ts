/**
 * Every name a text may use for a country, keyed by ISO 3166-1 alpha-2 code: the Indonesian and
 * English names maintained by `i18n-iso-countries`, plus the spellings, abbreviations and
 * demonyms that package does not give but Indonesian and English texts on the topic use.
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import idNames from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import type { PhraseEntry } from '../../text/find-phrases.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';

countries.registerLocale(idNames);
countries.registerLocale(enNames);

/** The languages whose country names are looked for. */
const NAME_LOCALES = ['id', 'en'] as const;

/**
 * Names the package lacks. Abbreviations here ("AS", "RRT") are matched with their case; "AS" and
 * "US" have extra guards in the detector because they are also ordinary words.
 */
const COUNTRY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  AU: ['Australian'],
  CN: ['Tiongkok', 'Cina', 'RRT', 'RRC', 'Republik Rakyat Tiongkok', 'Republik Rakyat Cina', 'Chinese'],
  GB: ['Inggris', 'Kerajaan Inggris', 'Inggris Raya', 'Kerajaan Bersatu', 'Britain', 'British'],
  ID: ['RI', 'Republik Indonesia', 'NKRI', 'WNI', 'Indonesian'],
  JP: ['Japanese'],
  KH: ['Kerajaan Kamboja', 'Cambodian'],
  KP: ['Korut'],
  KR: ['Korsel'],
  MM: ['Burma', 'Burmese'],
  MY: ['Malaysian'],
  NL: ['Negeri Belanda', 'Kerajaan Belanda', 'Netherland', 'Holland', 'Dutch'],
  PH: ['Filipino'],
  SG: ['Singaporean'],
  TH: ['Muangthai', 'Thai'],
  US: ['AS'],
  VN: ['Vietnam', 'Vietnamese'],
};

/** Every (code, name) pair the package and the alias table give. */
function allCountryNames(): Array<PhraseEntry<string>> {
  const entries: Array<PhraseEntry<string>> = [];
  for (const locale of NAME_LOCALES) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const phrase of names) entries.push({ key: code, phrase });
    }
  }
  for (const [code, names] of Object.entries(COUNTRY_ALIASES)) {
    for (const phrase of names) entries.push({ key: code, phrase });
  }
  return entries;
}

/**
 * Phrase entries for the country matcher. A name given for two countries ("Congo") is dropped:
 * it cannot say which one a text means.
 */
export function countryNameEntries(): Array<PhraseEntry<string>> {
  const entries = allCountryNames();
  const codesByName = new Map<string, Set<string>>();
  for (const { key, phrase } of entries) {
    const name = normalizeForMatch(phrase);
    codesByName.set(name, (codesByName.get(name) ?? new Set()).add(key));
  }
  return entries.filter(({ phrase }) => (codesByName.get(normalizeForMatch(phrase))?.size ?? 0) === 1);
}

/** The short English name of a country ("China", not "People's Republic of China"). */
export function countryShortName(code: string): string {
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? code;
  return name.replace(/^The /, '');
}
