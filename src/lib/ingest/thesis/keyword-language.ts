/**
 * The language a keyword list is written in, from the words of its keywords. Journals print
 * "Keywords:" over Indonesian lists too, so the label alone does not settle the language; but a
 * keyword is two or three words, too few for function words, so the forms of its words count:
 * Indonesian affixes (ke-…-an, pe(r)-…-an, -isasi, -isme) and stock words of the field, against
 * English endings (-tion, -ing, -ity, -ism, -ment) and stock words.
 */
import type { Lang } from '../../langs.ts';

/** Word forms and stock words that mark a word as Indonesian. */
const INDONESIAN_WORD =
  /^(?:(?:ke|pe|pen|pem|peng|peny|per|ber|ter|pel)\p{L}{3,}an|\p{L}+(?:isasi|isme|itas|asi)|kerja|pekerja|migran|sama|kerjasama|hukum|pidana|tindak|negara|anak|perempuan|orang|manusia|siber|lembaga|penegak|narkoba|internasional|nasional|dan|di|yang|dalam|terhadap|antara|upaya|peran|diplomasi)$/u;

/** Word forms and stock words that mark a word as English. */
const ENGLISH_WORD =
  /^(?:\p{L}+(?:tions?|ings?|ity|ities|isms?|ments?|ness|ship|ance|ence)|of|the|and|in|for|on|law|human|rights?|crime|security|policy|state|women|children|workers?)$/u;

/** The language one keyword's words point to, if they point to one. */
function keywordLanguage(keyword: string): Lang | undefined {
  const words = keyword.toLowerCase().match(/\p{L}+/gu) ?? [];
  const id = words.filter((word) => INDONESIAN_WORD.test(word)).length;
  const en = words.filter((word) => ENGLISH_WORD.test(word)).length;
  if (id > en) return 'id';
  if (en > id) return 'en';
  return undefined;
}

/**
 * Returns the language of a keyword list when its keywords clearly point to one: more keywords
 * of that language than of the other, at least two, and at least half the list. Names and
 * acronyms point to neither, so a list of them gives undefined and the label decides.
 */
export function detectKeywordLanguage(keywords: readonly string[]): Lang | undefined {
  const votes = keywords.map(keywordLanguage);
  const id = votes.filter((lang) => lang === 'id').length;
  const en = votes.filter((lang) => lang === 'en').length;
  const [lang, count, other] = id > en ? (['id', id, en] as const) : (['en', en, id] as const);
  return count > other && count >= 2 && count * 2 >= keywords.length ? lang : undefined;
}
