/**
 * Typographic ligatures that PDF extraction hands over as single characters ("ﬁ" for "fi"):
 * they look right but break search, keyword matching and the hyphenation vocabulary.
 */

/** The Latin ligatures of the Alphabetic Presentation Forms block, with the letters they stand for. */
const LIGATURES: Readonly<Record<string, string>> = {
  '\uFB00': 'ff',
  '\uFB01': 'fi',
  '\uFB02': 'fl',
  '\uFB03': 'ffi',
  '\uFB04': 'ffl',
  '\uFB05': 'st',
  '\uFB06': 'st',
};

const LIGATURE = new RegExp(`[${Object.keys(LIGATURES).join('')}]`, 'g');

/** Returns `text` with every Latin ligature character written out as its letters. */
export function expandLigatures(text: string): string {
  return text.replace(LIGATURE, (ligature) => LIGATURES[ligature]!);
}
