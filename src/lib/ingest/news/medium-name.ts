/**
 * Whether a name is a news medium's by its own words: papers and sites name themselves after what
 * they are ("The Jakarta Post", "Jakarta Globe", "The Star", "Laporan Harian", "Mainberita"),
 * which no person's name or town does. A name that says so is an outlet wherever a page prints it
 * as a signature or a credit; any other name is left to the other evidence.
 */

/** Words that call a publication what it is, in English and Indonesian, as its name's own word. */
const MEDIUM_WORDS = new Set([
  'post', 'pos', 'times', 'globe', 'star', 'herald', 'tribune', 'tribun', 'gazette', 'chronicle', 'courier', 'inquirer',
  'telegraph', 'observer', 'news', 'daily', 'harian', 'berita', 'kabar', 'warta', 'media',
]);

/** Medium words distinct enough to close a name run into one word ("Mainberita", "Detiknews"). */
const CLOSING_MEDIUM_WORD = /\p{Ll}(?:berita|news|warta|media)$/iu;

/**
 * True when `name`, two to four capitalised words or one word, calls itself a news medium: one of
 * its words is a medium word, or a word run together closes on one.
 */
export function namesNewsMedium(name: string): boolean {
  const words = name.trim().split(/\s+/);
  if (words.length > 4 || !words.every((word) => /^\p{Lu}/u.test(word) || word === 'of')) return false;
  return words.some((word) => MEDIUM_WORDS.has(word.toLowerCase()) || CLOSING_MEDIUM_WORD.test(word));
}
