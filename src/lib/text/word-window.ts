/**
 * Windows of a few words around a place in a long text, read without touching the rest of it,
 * so that looking around each of many places costs the same however long the text is.
 */

import { WHITESPACE } from './trim-chars.ts';

/** Code units JavaScript's `\s` matches (none is a surrogate, so code units are enough). */
const SPACE_CODES = new Set([...WHITESPACE].map((char) => char.charCodeAt(0)));

/** True when the code unit at `index` of `text` is whitespace (as `\s` in a regular expression). */
export function isSpaceAt(text: string, index: number): boolean {
  return SPACE_CODES.has(text.charCodeAt(index));
}

/**
 * Returns the text from `start` up to the end of its `count`-th word (with the spaces after it),
 * or up to the end of the line when that comes first.
 */
export function wordsAfter(text: string, start: number, count: number): string {
  let i = start;
  let words = 0;
  while (i < text.length && text[i] !== '\n') {
    if (isSpaceAt(text, i)) {
      i++;
      continue;
    }
    if (words === count) break;
    while (i < text.length && !isSpaceAt(text, i)) i++;
    words++;
  }
  return text.slice(start, i);
}

/**
 * Returns the text before `end` from the start of the `count`-th word back (the window opens on
 * a word, never inside one), or from the start of the line when that comes first.
 */
export function wordsBefore(text: string, end: number, count: number): string {
  let start = end;
  for (let words = 0; words < count; words++) {
    let i = start;
    while (i > 0 && text[i - 1] !== '\n' && isSpaceAt(text, i - 1)) i--;
    if (i === 0 || text[i - 1] === '\n') return text.slice(i, end);
    while (i > 0 && !isSpaceAt(text, i - 1)) i--;
    start = i;
  }
  return text.slice(start, end);
}

/**
 * Returns the text before `end` from the start of the last word before it, whitespace and line
 * breaks after that word included ("... pada 2025" read at the year gives "pada ").
 */
export function lastWordBefore(text: string, end: number): string {
  let i = end;
  while (i > 0 && isSpaceAt(text, i - 1)) i--;
  while (i > 0 && !isSpaceAt(text, i - 1)) i--;
  return text.slice(i, end);
}
