/**
 * Cuts a title read over an abstract where it ran on into what followed it, its line breaks lost
 * (a translation, the authors' names). The page's other title readings say where the title ends.
 */
import { normalizeForMatch } from '../../text/normalize-for-match.ts';

/** What follows a title reading inside a longer title. */
export interface RunOn {
  /** The words after it, as printed. */
  words: string;
  /** The same, as matched (normalised), with the space before it. */
  matched: string;
}

/**
 * Returns the first of `parts` (titles read elsewhere on the page) that opens `title` and after
 * which `runsOn` says the rest is no part of the title; otherwise `title` as it is.
 */
export function cutAtOpeningPart(title: string, parts: readonly string[], runsOn: (rest: RunOn, part: string) => boolean): string {
  const whole = normalizeForMatch(title);
  for (const part of parts) {
    const key = normalizeForMatch(part);
    if (key === '' || !whole.startsWith(`${key} `)) continue;
    const rest = { words: title.split(/\s+/).slice(part.split(/\s+/).length).join(' '), matched: whole.slice(key.length) };
    if (runsOn(rest, part)) return part;
  }
  return title;
}
