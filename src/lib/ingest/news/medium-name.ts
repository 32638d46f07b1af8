/**
 * Whether a name is a news medium's by its own words: papers and sites name themselves after what
 * they are ("The Jakarta Post", "Jakarta Globe", "The Star", "Laporan Harian", "Mainberita"),
 * which no person's name or town does. A name that says so is an outlet wherever a page prints it
 * as a signature or a credit; any other name is left to the other evidence.
 */
import { isKnownPlace } from './known-places.ts';

/** Words that call a publication what it is, in English and Indonesian, as its name's own word. */
const MEDIUM_WORDS = new Set([
  'post', 'pos', 'times', 'globe', 'star', 'herald', 'tribune', 'tribun', 'gazette', 'chronicle', 'courier', 'inquirer',
  'telegraph', 'observer', 'news', 'daily', 'harian', 'berita', 'kabar', 'warta',
]);

/** "Press" names an agency only closing its name ("Associated Press"); opening one it is a release or an office. */
const CLOSING_PRESS = /\sPress$/u;

/**
 * Medium words distinct enough to close a name run into one word ("Mainberita", "Detiknews").
 * "Media" is none: "Multimedia" and a press office's "Tim Media" are no outlets.
 */
const CLOSING_MEDIUM_WORD = /\p{L}(?:berita|news|warta)$/iu;

/**
 * True when `name`, two to four capitalised words or one word, calls itself a news medium: one of
 * its words is a medium word, or a word run together closes on one.
 */
export function namesNewsMedium(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word) || word === 'of')) return false;
  return CLOSING_PRESS.test(name.trim()) || words.some((word) => MEDIUM_WORDS.has(word.toLowerCase()) || CLOSING_MEDIUM_WORD.test(word));
}

/** A medium's name and its place parted by a slash: "The Jakarta Post/Batam". */
const MEDIUM_SLASH_PLACE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s*\/\s*(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})$/u;

/** A news medium and the place it filed from. */
export interface MediumAndPlace {
  medium: string;
  place: string;
}

/**
 * Splits a paper's staff credit of its name and the place it filed from, parted by a slash
 * ("The Jakarta Post/Batam"); undefined for any other line. Set apart so, it is a credit line,
 * never part of a headline or paragraph.
 */
export function splitMediumSlashPlace(line: string): MediumAndPlace | undefined {
  const [, medium = '', place = ''] = MEDIUM_SLASH_PLACE.exec(line.trim()) ?? [];
  return namesNewsMedium(medium) && isKnownPlace(place) ? { medium, place } : undefined;
}

/** Most words of a place closing a credit line ("Kuala Lumpur", "Bandar Seri Begawan"). */
const MAX_PLACE_WORDS = 3;

/**
 * Splits a credit line of a news medium's name and the place it filed from ("Associated Press
 * Kuala Lumpur", "The Jakarta Post/Batam"), as agencies and papers print their credit under the
 * headline; undefined for any other line. Without a slash the place is the longest known place
 * closing the line.
 */
export function splitMediumAndPlace(line: string): MediumAndPlace | undefined {
  if (MEDIUM_SLASH_PLACE.test(line.trim())) return splitMediumSlashPlace(line);
  const words = line.trim().split(/\s+/);
  if (!words.every((word) => /^\p{Lu}[\p{L}'’.-]*$/u.test(word))) return undefined;
  for (let size = Math.min(MAX_PLACE_WORDS, words.length - 1); size >= 1; size--) {
    const place = words.slice(-size).join(' ');
    const medium = words.slice(0, -size).join(' ');
    if (isKnownPlace(place) && namesNewsMedium(medium)) return { medium, place };
  }
  return undefined;
}
