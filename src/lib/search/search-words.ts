/**
 * The words of a query that are worth Pagefind's time. Pagefind requires every word of a query
 * and has no stop words of its own: a function word ("dan", "yang", "the", "of") is in nearly
 * every page, so it narrows nothing, while its list of pages is the longest to read. At 1,000
 * entries a search for "dan" alone took as long as four searches for topic words, and such words
 * are in most names a query is widened to ("Badan Siber dan Sandi Negara").
 *
 * The function words are the `stopword` package's Indonesian and English lists, both for any
 * query, since readers mix the languages. A query of nothing but function words is kept whole.
 */
import { eng, ind } from 'stopword';

const FUNCTION_WORDS: ReadonlySet<string> = new Set([...ind, ...eng]);

/** `query` without its function words, or as it is when it has no other word. */
export function searchableWords(query: string): string {
  const words = query.trim().split(/\s+/u).filter(Boolean);
  const kept = words.filter((word) => !FUNCTION_WORDS.has(word.toLowerCase()));
  return (kept.length > 0 ? kept : words).join(' ');
}

/**
 * The words of `names` for a page's hidden names (`SearchFields.astro`), each once and without
 * function words. Pagefind matches words, not phrases, so a repeated word finds no more pages, yet
 * the index stores and a query downloads the position of every occurrence: with each guide's names
 * written out in full, the hidden names were two fifths of the words indexed at 10,000 generated
 * entries, and "trafficking" stood up to five times in one page's names.
 */
export function distinctNameWords(names: readonly string[]): string {
  const seen = new Set<string>();
  const kept: string[] = [];
  for (const word of names.join(' ').split(/\s+/u)) {
    const key = word.toLowerCase();
    if (word === '' || seen.has(key) || FUNCTION_WORDS.has(key)) continue;
    seen.add(key);
    kept.push(word);
  }
  return kept.join(' ');
}
