/**
 * Every name a text may use for a country, keyed by ISO 3166-1 alpha-2 code: the Indonesian and
 * English names maintained by `i18n-iso-countries`, plus the labels and aliases of the country
 * entities (`content/entities/`), which add the spellings, abbreviations and demonyms the
 * package lacks ("Tiongkok", "RRT", "Dutch").
 */
import countries from 'i18n-iso-countries';
import enNames from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import idNames from 'i18n-iso-countries/langs/id.json' with { type: 'json' };
import type { EntityRecord } from '../../entities/entity-record.ts';
import { entityNameFields } from '../../entities/entity-record.ts';
import type { PhraseEntry } from '../../text/find-phrases.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';

countries.registerLocale(idNames);
countries.registerLocale(enNames);

/** The languages whose country names are looked for. */
const NAME_LOCALES = ['id', 'en'] as const;

/** Every (code, name) pair the package and the country entities give. */
function allCountryNames(entities: readonly EntityRecord[]): Array<PhraseEntry<string>> {
  const entries: Array<PhraseEntry<string>> = [];
  for (const locale of NAME_LOCALES) {
    for (const [code, names] of Object.entries(countries.getNames(locale, { select: 'all' }))) {
      for (const phrase of names) entries.push({ key: code, phrase });
    }
  }
  for (const entity of entities) {
    const { code } = entity;
    if (entity.kind !== 'country' || code === undefined) continue;
    for (const { label } of entityNameFields(entity)) entries.push({ key: code, phrase: label });
  }
  return entries;
}

/**
 * Phrase entries for the country matcher. A name given for two countries ("Congo") is dropped:
 * it cannot say which one a text means.
 */
export function countryNameEntries(entities: readonly EntityRecord[]): Array<PhraseEntry<string>> {
  const entries = allCountryNames(entities);
  const codesByName = new Map<string, Set<string>>();
  for (const { key, phrase } of entries) {
    const name = normalizeForMatch(phrase);
    codesByName.set(name, (codesByName.get(name) ?? new Set()).add(key));
  }
  return entries.filter(({ phrase }) => (codesByName.get(normalizeForMatch(phrase))?.size ?? 0) === 1);
}

/** The short English name of a country ("China", not "People's Republic of China"), for messages. */
export function countryShortName(code: string): string {
  const name = countries.getName(code, 'en', { select: 'alias' }) ?? code;
  return name.replace(/^The /, '');
}
