/**
 * The site's locale table: Indonesian is the default and lives at the root, English under `/en/`.
 * Every other module reads locales from here, so adding a language is one row.
 */
import { LANGS, type Lang } from '../langs.ts';

/** A page language; the same set as the content languages. */
export type Locale = Lang;

interface LocaleInfo {
  /** BCP 47 tag for `<html lang>`, `hreflang` and Pagefind's per-language index. */
  htmlLang: string;
  /** Tag handed to `Intl` formatters (dates, numbers). */
  intlLocale: string;
  /** URL path segment; empty for the default locale, which is served from the root. */
  pathPrefix: string;
}

/** The language served at the root: Lintas is Indonesian first. */
export const DEFAULT_LOCALE: Locale = 'id';

/** Tags and URL prefix of each locale. */
export const LOCALES: Readonly<Record<Locale, LocaleInfo>> = {
  id: { htmlLang: 'id', intlLocale: 'id-ID', pathPrefix: '' },
  en: { htmlLang: 'en', intlLocale: 'en-GB', pathPrefix: 'en' },
};

/** All locales, default first. */
export const LOCALE_LIST: readonly Locale[] = LANGS;

/** The locale a page was built for, from its `[...locale]` route param (`undefined` at the root). */
export function localeFromParam(param: string | undefined): Locale {
  if (param === undefined || param === '') return DEFAULT_LOCALE;
  const match = LOCALE_LIST.find((locale) => LOCALES[locale].pathPrefix === param);
  if (!match) throw new Error(`No locale is served under "/${param}/"`);
  return match;
}

/** The `[...locale]` route param that serves `locale`: `undefined` puts the page at the root. */
export function localeParam(locale: Locale): string | undefined {
  return LOCALES[locale].pathPrefix || undefined;
}

/** One `getStaticPaths` params object per locale, for routes that only vary by language. */
export function localeStaticParams(): { locale: string | undefined }[] {
  return LOCALE_LIST.map((locale) => ({ locale: localeParam(locale) }));
}

/** The other language of this bilingual site: where the language switch points. */
export function otherLocale(locale: Locale): Locale {
  const other = LOCALE_LIST.find((candidate) => candidate !== locale);
  if (other === undefined) throw new Error(`No language besides "${locale}" is served`);
  return other;
}
