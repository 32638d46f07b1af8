/**
 * Finds the PDF page each paragraph of an entry starts on, so a passage can be cited by page.
 * Paragraphs are reflowed, cleaned and sometimes rejoined across hyphens, so they are found by
 * their opening words (letters and digits only, case ignored) in the pages' words, in order:
 * each search starts after the previous paragraph's start, then falls back to the whole text.
 */

/** How many opening words identify a paragraph. */
const OPENING_WORDS = 6;

/** How many of a paragraph's first words may be skipped when its very start does not match. */
const MAX_SKIPPED = 3;

function wordsOf(text: string): string[] {
  return text.normalize('NFKC').toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
}

/** A page locator over the words of the pages. */
export interface PageLocator {
  /** The 1-based page the paragraph starts on, or undefined when its words are not found. */
  pageOf(paragraph: string): number | undefined;
}

/** Builds a locator over `pages` (page 1 first); successive calls continue where the last one matched. */
export function createPageLocator(pages: readonly string[]): PageLocator {
  const words: string[] = [];
  const pageAt: number[] = [];
  pages.forEach((page, index) => {
    for (const word of wordsOf(page)) {
      words.push(word);
      pageAt.push(index + 1);
    }
  });
  const positions = new Map<string, number[]>();
  words.forEach((word, index) => {
    const list = positions.get(word);
    if (list) list.push(index);
    else positions.set(word, [index]);
  });
  let cursor = 0;

  const find = (sequence: string[], from: number): number | undefined =>
    (positions.get(sequence[0]!) ?? []).find(
      (start) => start >= from && sequence.every((word, offset) => words[start + offset] === word),
    );

  return {
    pageOf(paragraph) {
      const opening = wordsOf(paragraph);
      for (let skipped = 0; skipped <= Math.min(MAX_SKIPPED, opening.length - 1); skipped++) {
        const sequence = opening.slice(skipped, skipped + OPENING_WORDS);
        const at = find(sequence, cursor) ?? find(sequence, 0);
        if (at === undefined) continue;
        cursor = at + 1;
        return pageAt[at];
      }
      return undefined;
    },
  };
}
