/**
 * `lang` attributes for passages whose language may differ from the page's.
 */
import { LOCALES, type Locale } from './locales.ts';

/**
 * The `lang` attribute value for a passage written in `textLang` on a page in `pageLang`, or
 * `undefined` (Astro then leaves the attribute out) when they are the same language.
 */
export function langAttr(textLang: Locale, pageLang: Locale): string | undefined {
  return textLang === pageLang ? undefined : LOCALES[textLang].htmlLang;
}
