/**
 * Tells a title's last words printed on a line of their own ("Legal Protection ... from Human
 * Rights" over "Aspect") from an author's name printed under a title: the line is the title's
 * when the chosen title holds it and each of its words is written in lower case elsewhere in the
 * text, as ordinary words are and names are not ("aspect" in the abstract; never "darmadi").
 */
import { normalizeForMatch } from '../../text/normalize-for-match.ts';
import { cutAtOpeningPart } from './title-run-on.ts';
import { isJoiningWord } from './front-line-kinds.ts';

/** The words a text writes in lower case somewhere. */
export function lowerCaseWords(text: string): Set<string> {
  return new Set(text.match(/(?<![\p{L}\p{N}])\p{Ll}+(?![\p{L}\p{N}])/gu) ?? []);
}

/** Particles a name may hold in lower case ("bin", "van"), which say nothing either way. */
const NAME_PARTICLES = new Set(['bin', 'binti', 'van', 'de', 'der', 'al']);

/**
 * True for a line that reads as a run of names by the words around it: one to eight words, each
 * capitalised (an initial such as "M." too), no digits, and none that `ordinary` (the words the
 * text writes in lower case) holds. A title's words recur in its abstract in lower case; names
 * do not, nor do they hold a word joining a title's parts ("Dalam", "Of"). A line run on past a name's usual length ("Difta Anggraeni Syawal Li Idul Fitri
 * Salahuddin", three names whose commas were lost) is still a run of names.
 */
export function readsAsNames(line: string, ordinary: ReadonlySet<string>): boolean {
  const words = line.replace(/[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+/gu, ' ').trim().split(/\s+/);
  if (words.length > 8 || /\d|[:;!?()]/.test(line)) return false;
  const named = words.filter((word) => !NAME_PARTICLES.has(word.toLowerCase()));
  return (
    named.length > 0 &&
    named.every((word) => /^\p{Lu}[\p{L}.'’-]*,?$/u.test(word)) &&
    // A joining word in capitals ("Dalam", "Of") is a title's, whatever language the text around it
    // is in; first it may be a given name ("Dan Brown").
    !named.slice(1).some((word) => isJoiningWord(word.replace(/,$/, ''))) &&
    !named.some((word) => ordinary.has(word.toLowerCase().replace(/[.,'’-]+$/u, '')))
  );
}

/**
 * A test for whether a would-be name is part of one of `titles` rather than a person's name,
 * given `ordinary`, the words the document writes in lower case (`lowerCaseWords`). A would-be
 * name that opens a title is its opening words whatever their case ("KERJASAMA TRILATERAL",
 * read off "KERJASAMA TRILATERAL (INDONESIA-MALAYSIA-FILIPINA)"): a title never opens on the
 * name of the author printed under it.
 */
export function partOfTitle(titles: readonly string[], ordinary: ReadonlySet<string>): (name: string) => boolean {
  const keys = titles.map((title) => ` ${normalizeForMatch(title)} `);
  return (name) => {
    const key = ` ${normalizeForMatch(name)} `;
    const words = name.toLowerCase().match(/\p{L}+/gu) ?? [];
    if (key.trim() === '') return false;
    return keys.some((title) => title.startsWith(key)) || (keys.some((title) => title.includes(key)) && words.length > 0 && words.every((word) => ordinary.has(word)));
  };
}

/**
 * Cuts the names a title over an abstract ran on into, its line breaks lost ("... Lintas Negara
 * Dr. Ahmad Fauzi, S.H., M.H."): when one of `parts` (titles read elsewhere on the page) opens
 * `title` and the words after it read as names by `ordinary`, the words the document writes in
 * lower case, that part is the title. Otherwise `title` is returned as it is.
 */
export function withoutRunOnNames(title: string, parts: readonly string[], ordinary: ReadonlySet<string>): string {
  return cutAtOpeningPart(title, parts, ({ words }) => words !== '' && readsAsNames(words, ordinary));
}
