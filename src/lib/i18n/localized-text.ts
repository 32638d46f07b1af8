/**
 * Choosing which language of a two-language field to show first.
 */
import { LOCALE_LIST, type Locale } from './locales.ts';

/** A text in one or both languages, as the content model stores it. */
export type LocalizedText = Partial<Record<Locale, string>>;

/** One language's version of a field. */
export interface TextInLang {
  lang: Locale;
  text: string;
}

/**
 * The field's versions ordered for a page in `pageLang`: the page's language first, then the
 * others. Missing languages are left out, so the list may be empty.
 */
export function orderByPageLang(text: LocalizedText, pageLang: Locale): TextInLang[] {
  const order = [pageLang, ...LOCALE_LIST.filter((locale) => locale !== pageLang)];
  return order.flatMap((lang) => {
    const value = text[lang];
    return value === undefined ? [] : [{ lang, text: value }];
  });
}
