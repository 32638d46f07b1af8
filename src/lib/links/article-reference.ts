/**
 * Reads the article a mention of a legal instrument points into: "Pasal 27 ayat (3) UU ITE",
 * "Article 5 of UNTOC", "Article 5(1) of the Palermo Convention", "Pasal 2 dari UU 21/2007", or
 * after the name, "UU ITE Pasal 27 ayat (3)". The words must touch the instrument's name (only
 * spaces, "of", "dari", "dalam" or "the" between them), so an article of another instrument named
 * earlier in the sentence is never taken for this one's.
 */

/** An article (and paragraph) a text cites, and the words that cite it. */
export interface ArticleReference {
  article: string;
  ayat?: string;
  /** Character offsets of the citing words ("Pasal 27 ayat (3)") in the text. */
  start: number;
  end: number;
}

const ARTICLE_WORD = String.raw`(?:Pasal|Psl\.?|Article|Art\.)`;
const NUMBER = String.raw`(?<article>\d{1,4}[A-Z]?)(?![\p{L}\p{N}])`;
/** "ayat (3)", "ayat 3", "(3)" right after the number, "paragraph 3", ", paragraph 3,". */
const PARAGRAPH = String.raw`(?:\s*\((?<bracketed>\d{1,3}[a-z]?)\)|,?\s+(?:ayat|paragraph|para\.)\s+\(?(?<named>\d{1,3}[a-z]?)\)?)?`;
/** "huruf a", "letter (b)", "angka 2": finer than an ayat; read so it is part of the citing words. */
const POINT = String.raw`(?:\s+(?:huruf|letter|angka|point|sub-paragraph|subparagraph)\s+\(?[a-z0-9]{1,3}\)?)?`;
const REFERENCE = `(?<![\\p{L}\\p{N}])${ARTICLE_WORD}\\s+${NUMBER}${PARAGRAPH}${POINT}`;

/** Longer than any citing words ("Pasal 1234A ayat (12a) huruf b dari the "); keeps each look short. */
const REACH = 80;

const BEFORE_NAME = new RegExp(`${REFERENCE}(?<joint>,?\\s+(?:of|dari|dalam)\\s+(?:the\\s+)?|\\s+(?:the\\s+)?)$`, 'iu');
const AFTER_NAME = new RegExp(`^\\s+${REFERENCE}`, 'iu');

function referenceFrom(match: RegExpExecArray, offset: number, end: number): ArticleReference {
  const { article, bracketed, named } = match.groups ?? {};
  const ayat = bracketed ?? named;
  return { article: article!, ...(ayat ? { ayat } : {}), start: offset, end };
}

/**
 * The article cited right before `start` or right after `end`, where `text.slice(start, end)`
 * names an instrument; `from` and `to` bound the search (another mention's words are not read).
 */
export function findArticleReference(text: string, start: number, end: number, from = 0, to = text.length): ArticleReference | undefined {
  const windowStart = Math.max(from, start - REACH);
  const before = BEFORE_NAME.exec(text.slice(windowStart, start));
  if (before) {
    const at = windowStart + before.index;
    return referenceFrom(before, at, at + before[0].length - (before.groups?.joint?.length ?? 0));
  }
  const after = AFTER_NAME.exec(text.slice(end, Math.min(to, end + REACH)));
  if (after) {
    const words = after[0].trimStart();
    const at = end + after[0].length - words.length;
    return referenceFrom(after, at, at + words.length);
  }
  return undefined;
}
