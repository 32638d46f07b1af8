/**
 * A town printed after a university's name on a cover ("UNIVERSITAS X MEDAN") is no part of the
 * name when the document prints the name elsewhere without it: at the end of a line whose next
 * line does not carry on with the town, or run into the next unit's name ("UNIVERSITAS X
 * FAKULTAS ..."). A town that is part of the name ("UNIVERSITAS BUMI MATARAM") is printed with
 * it every time, and a name broken before its last word ("... SYARIF HIDAYATULLAH" over
 * "JAKARTA") is the same name on two lines, so neither is cut.
 *
 * Printed once, a university named by one proper word is no less named without the town after
 * it ("Universitas Tanjungpura Pontianak", "UNIVERSITAS BRAWIJAYA MALANG"): see
 * {@link townAfterProperName}.
 */
import { opensWithUnitName } from './affiliation.ts';
import { lowerCaseWords } from './title-words.ts';
import { escapeRegExp } from '../../text/escape-reg-exp.ts';

/** Fewest words a name keeps once its last word is dropped ("Universitas Brawijaya"). */
const MIN_WORDS_LEFT = 2;

/** The next line with text after `index`, or an empty string. */
function nextText(lines: readonly string[], index: number): string {
  return lines.slice(index + 1).find((line) => line.trim() !== '')?.trim() ?? '';
}

/** Towns of Indonesian universities, printed after the name on covers and affiliation lines. */
const UNIVERSITY_TOWNS = new Set(
  `jakarta bandung surabaya yogyakarta semarang malang medan makassar palembang pontianak padang pekanbaru denpasar
  manado mataram kupang jayapura ambon banjarmasin samarinda balikpapan bogor depok bekasi tangerang cirebon purwokerto
  surakarta solo jember salatiga kendari palu jambi bengkulu serang kediri madiun magelang gorontalo ternate`.split(/\s+/),
);

/** True when `word` (any case) is the town of an Indonesian university, as covers print it over the year. */
export function isUniversityTown(word: string): boolean {
  return UNIVERSITY_TOWNS.has(word.trim().toLowerCase());
}

/**
 * Words that name no university without the town after them: "Universitas Negeri Malang",
 * "Universitas Muhammadiyah Yogyakarta" (or "Muhammadiah"), "Universitas Islam Malang" are as
 * many universities as towns; and everyday words ("bumi", earth; "bina", to build; "nusa",
 * island) that private universities put before their town ("Universitas Bumi Mataram").
 */
const NAME_NEEDS_TOWN = /^(?:negeri|islam|muhammadiy?ah|kristen|katolik|veteran|terbuka|bumi|bina|nusa|widya|mitra)$/i;

/**
 * True when `town` closes "Universitas W TOWN" as an address, not as part of the name: W is one
 * proper word (the text never writes it in lower case, and it is no word that needs a town), and
 * the document prints no town line of its own, where a cover gives the town apart from a name
 * that holds it ("UNIVERSITAS BUMI MATARAM" over "MATARAM").
 */
function townAfterProperName(words: readonly string[], lines: readonly string[]): boolean {
  if (words.length !== 3 || !/^(?:universitas|university)$/i.test(words[0]!)) return false;
  const [, proper, town] = words as [string, string, string];
  if (!isUniversityTown(town) || NAME_NEEDS_TOWN.test(proper)) return false;
  if (lowerCaseWords(lines.join('\n')).has(proper.toLowerCase())) return false;
  return !lines.some((line) => line.trim().toLowerCase() === town.toLowerCase());
}

/**
 * Returns `name` without its last word when `lines` print the name without that word elsewhere,
 * or when that word is a town after a university named by one proper word; undefined otherwise.
 */
export function nameWithoutTown(name: string, lines: readonly string[]): string | undefined {
  const words = name.trim().split(/\s+/);
  const town = words.at(-1)!;
  if (words.length < MIN_WORDS_LEFT + 1 || !/^\p{Lu}\p{L}+$/u.test(town)) return undefined;
  if (townAfterProperName(words, lines)) return words.slice(0, -1).join(' ');
  const shorter = words.slice(0, -1).join(' ');
  const mention = new RegExp(`(?<![\\p{L}\\p{N}])${words.slice(0, -1).map(escapeRegExp).join('\\s+')}(?![\\p{L}\\p{N}])`, 'giu');
  const townFirst = new RegExp(`^${escapeRegExp(town)}(?![\\p{L}\\p{N}])`, 'iu');
  const printedApart = lines.some((line, index) =>
    [...line.matchAll(mention)].some((found) => {
      const after = line.slice(found.index + found[0].length).trim();
      if (after === '') return !townFirst.test(nextText(lines, index));
      return opensWithUnitName(after);
    }),
  );
  return printedApart ? shorter : undefined;
}
