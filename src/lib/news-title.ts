/**
 * The title a news item is shown under. Its headline stays in the article's language; an item
 * whose source gives no headline is shown under a label saying so, in the page's language, so
 * that nobody takes a made-up line for the outlet's headline.
 */
import type { Lang } from './langs.ts';
import type { TextInLang } from './i18n/localized-text.ts';
import type { Locale } from './i18n/locales.ts';
import { t } from './i18n/ui.ts';

/** Returns the headline of a news item in its language, or the "untitled" label in `locale`. */
export function newsTitle(data: { headline?: string; language: Lang }, locale: Locale): TextInLang {
  return data.headline === undefined
    ? { lang: locale, text: t(locale, 'news.untitled') }
    : { lang: data.language, text: data.headline };
}
