/**
 * An instrument's title in a page's language. Every instrument has its Indonesian title; one
 * ingested from its text has no English title until a person writes it, and then shows the
 * Indonesian one, marked as Indonesian.
 */
import type { Locale } from './i18n/locales.ts';
import type { TextInLang } from './i18n/localized-text.ts';

/** The title in `locale`, else the Indonesian title with its language. */
export function legalTitleIn(title: { id: string; en?: string | undefined }, locale: Locale): TextInLang {
  const own = title[locale];
  return own === undefined ? { lang: 'id', text: title.id } : { lang: locale, text: own };
}
