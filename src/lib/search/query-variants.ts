/**
 * The spellings a query is searched in. Pagefind matches words as the index holds them, and
 * Indonesian writes many compounds both closed and open ("kerjasama"/"kerja sama",
 * "nontradisional"/"non tradisional"): a query in one spelling must find texts in the other.
 * Which compounds these are is decided once, by `normalizeForMatch`'s table, and read both ways
 * here: a closed word it opens is searched open, two words it would join are searched closed.
 * Endings spelled two ways ("efektivitas"/"efektifitas", "organized"/"organised") are searched
 * in the other spelling too.
 */
import { normalizeForMatch, otherSpelling } from '../text/normalize-for-match.ts';

/** The query with every pair of words that `normalizeForMatch` writes open joined into one word. */
function closedSpelling(openWords: readonly string[]): string {
  const out: string[] = [];
  for (let i = 0; i < openWords.length; i += 1) {
    const [word, next] = [openWords[i] ?? '', openWords[i + 1]];
    if (next !== undefined && normalizeForMatch(word + next) === `${word} ${next}`) {
      out.push(word + next);
      i += 1;
    } else {
      out.push(word);
    }
  }
  return out.join(' ');
}

/**
 * The query as typed (trimmed, spaces collapsed), then its open and closed spellings and its
 * words with their other endings when they differ from it, compared without case: "Kerjasama bilateral" gives itself and
 * "kerja sama bilateral"; "kerja sama" gives itself and "kerjasama".
 */
export function queryVariants(query: string): string[] {
  const typed = query.trim().replace(/\s+/g, ' ');
  if (typed === '') return [];
  const open = normalizeForMatch(typed);
  const respelled = typed.split(' ').map((word) => otherSpelling(word.toLowerCase()) ?? word).join(' ');
  const variants = [typed, open, closedSpelling(open.split(' ')), respelled];
  const seen = new Set<string>();
  return variants.filter((variant) => {
    const key = variant.toLowerCase();
    if (variant === '' || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
