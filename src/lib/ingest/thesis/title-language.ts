/**
 * The language of a title, for titles printed above the abstract in the other language (an
 * Indonesian title over an English-first abstract). Titles are too short for the function-word
 * count used on running text, so the small words and stock nouns titles are built from count too.
 */
import type { Lang } from '../../langs.ts';
import { opensOnJoiningWord } from './front-line-kinds.ts';
import { cutAtOpeningPart } from './title-run-on.ts';

/** Small words and stock nouns of titles in each language. */
export const TITLE_WORDS: Record<Lang, RegExp> = {
  id: /(?<![\p{L}-])(?:dan|dalam|di|terhadap|yang|untuk|pada|antara|oleh|sebagai|melalui|tentang|dengan|dari|studi|kasus|tahun|kerja\s*sama|peran|upaya|analisis|strategi|kebijakan|perlindungan|penanganan|pemberantasan|diplomasi)(?![\p{L}-])/giu,
  en: /(?<![\p{L}-])(?:the|of|in|and|on|between|for|by|through|against|with|from|towards?|role|study|case|analysis|strategy|policy|cooperation|protection|diplomacy)(?![\p{L}-])/giu,
};

/** How many times more title words one language needs. */
const DOMINANCE = 2;

/** Returns the language of `title` when its words clearly point to one, otherwise undefined. */
export function detectTitleLanguage(title: string): Lang | undefined {
  const id = title.match(TITLE_WORDS.id)?.length ?? 0;
  const en = title.match(TITLE_WORDS.en)?.length ?? 0;
  if (id >= 2 && id >= en * DOMINANCE) return 'id';
  if (en >= 2 && en >= id * DOMINANCE) return 'en';
  return undefined;
}

/**
 * Cuts a title run on into its translation: when one of `parts` (titles read elsewhere on the
 * page) opens `title` and the words after it are in the other language, that part is the title.
 * A title whose rest is in its own language, or too short to tell, is returned as it is.
 */
export function withoutTranslation(title: string, parts: readonly string[]): string {
  return cutAtOpeningPart(title, parts, ({ matched }, part) => {
    // A rest opening with "dalam" or "of" goes on from a foreign name inside the title; a translation opens anew.
    if (opensOnJoiningWord(matched)) return false;
    const first = detectTitleLanguage(part);
    const rest = detectTitleLanguage(matched);
    return first !== undefined && rest !== undefined && first !== rest;
  });
}
