/**
 * Tells a title's last words printed on a line of their own ("Legal Protection ... from Human
 * Rights" over "Aspect") from an author's name printed under a title: the line is the title's
 * when the chosen title holds it and each of its words is written in lower case elsewhere in the
 * text, as ordinary words are and names are not ("aspect" in the abstract; never "darmadi").
 */
import { normalizeForMatch } from '../../text/normalize-for-match.ts';

/** The words a text writes in lower case somewhere. */
function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
}

/**
 * A test for whether a would-be name is part of one of `titles` rather than a person's name,
 * given the whole `text` of the document.
 */
export function partOfTitle(titles: readonly string[], text: string): (name: string) => boolean {
  const keys = titles.map((title) => ` ${normalizeForMatch(title)} `);
  const ordinary = lowerCaseWords(text);
  return (name) => {
    const key = normalizeForMatch(name);
    const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
    return key !== '' && keys.some((title) => title.includes(` ${key} `)) && words.length > 0 && words.every((word) => ordinary.has(word));
  };
}
