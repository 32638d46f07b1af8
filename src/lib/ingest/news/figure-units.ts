/**
 * The unit words a figure may carry, by normalised unit. Kept small on purpose: a number followed
 * by none of these (a year, a chapter, a phone number, a date) is not a figure.
 */

/** A unit and the spellings that stand for it right after a number. */
export interface UnitForm {
  unit: string;
  /** Matched at the start of the text after the number (and its scale word). */
  pattern: RegExp;
}

/** An English demonym before a noun: "12,000 Indonesian citizens". */
const DEMONYM = String.raw`(?:\p{Lu}\p{Ll}+(?:an|ese|ish|i)\s+)?`;

/** Currency signs and codes written before an amount, each with the ISO code it stands for. */
export const CURRENCY_PREFIXES: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:Rp\.?|IDR)$/u, 'IDR'],
  [/^(?:US\$|USD|\$)$/u, 'USD'],
  [/^(?:S\$|SGD)$/u, 'SGD'],
  [/^(?:RM|MYR)$/u, 'MYR'],
  [/^€$/u, 'EUR'],
  [/^£$/u, 'GBP'],
];

/** Currency symbols or codes that stand before a number; longest first. */
export const CURRENCY_PREFIX = String.raw`US\$|S\$|Rp\.?|IDR|USD|SGD|MYR|RM|€|£|\$`;

/** Units after the number; longest spellings first so the phrase keeps every word it used. */
export const UNIT_FORMS: readonly UnitForm[] = [
  { unit: 'USD', pattern: /^(?:dolar|dollar) (?:AS|Amerika(?: Serikat)?)\b/u },
  { unit: 'USD', pattern: /^(?:US dollars?|USD)\b/u },
  { unit: 'IDR', pattern: /^(?:rupiah)\b/iu },
  { unit: 'EUR', pattern: /^(?:euros?)\b/iu },
  { unit: 'THB', pattern: /^(?:baht)\b/iu },
  { unit: 'MYR', pattern: /^(?:ringgit)\b/iu },
  {
    unit: 'persons',
    pattern: /^(?:warga negara (?:Indonesia|asing)|warga Indonesia|(?:calon )?pekerja migran(?: Indonesia)?|calon pekerja)\b/u,
  },
  { unit: 'persons', pattern: /^(?:WNI|WNA|PMI|warga|orang|korban|jiwa|pekerja|tersangka|pelaku|penduduk)\b/u },
  {
    unit: 'persons',
    pattern: new RegExp(
      String.raw`^${DEMONYM}(?:people|persons?|citizens|nationals|victims|workers|suspects|individuals|residents|job seekers|migrants|recruits)\b`,
      'u',
    ),
  },
  // A people named by nationality alone: "3,100 Indonesians", "40 Filipinos", "12 Thais".
  { unit: 'persons', pattern: /^\p{Lu}\p{Ll}+(?:ians|ans|inos|is)\b/u },
  { unit: 'countries', pattern: /^(?:negara|countries|nations)\b/u },
  { unit: 'percent', pattern: /^(?:%|persen\b|per ?cent\b)/u },
  { unit: 'cases', pattern: /^(?:kasus|perkara|cases)\b/u },
  { unit: 'reports', pattern: /^(?:laporan|aduan|pengaduan|reports|complaints)\b/u },
  { unit: 'accounts', pattern: /^(?:rekening|akun|accounts)\b/u },
  { unit: 'websites', pattern: /^(?:situs|websites)\b/u },
];

/** Returns the currency code for a prefix such as "Rp" or "US$". */
export function currencyOfPrefix(prefix: string): string | undefined {
  return CURRENCY_PREFIXES.find(([pattern]) => pattern.test(prefix))?.[1];
}
