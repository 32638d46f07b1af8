/**
 * A town printed after a university's name on a cover ("UNIVERSITAS X MEDAN") is no part of the
 * name when the document prints the name elsewhere without it: at the end of a line whose next
 * line does not carry on with the town, or run into the next unit's name ("UNIVERSITAS X
 * FAKULTAS ..."). A town that is part of the name ("UNIVERSITAS BUMI MATARAM") is printed with
 * it every time, and a name broken before its last word ("... SYARIF HIDAYATULLAH" over
 * "JAKARTA") is the same name on two lines, so neither is cut.
 */
import { opensWithUnitName } from './affiliation.ts';

/** Fewest words a name keeps once its last word is dropped ("Universitas Brawijaya"). */
const MIN_WORDS_LEFT = 2;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The next line with text after `index`, or an empty string. */
function nextText(lines: readonly string[], index: number): string {
  return lines.slice(index + 1).find((line) => line.trim() !== '')?.trim() ?? '';
}

/**
 * Returns `name` without its last word when `lines` print the name without that word elsewhere,
 * or undefined when they do not.
 */
export function nameWithoutTown(name: string, lines: readonly string[]): string | undefined {
  const words = name.trim().split(/\s+/);
  const town = words.at(-1)!;
  if (words.length < MIN_WORDS_LEFT + 1 || !/^\p{Lu}\p{L}+$/u.test(town)) return undefined;
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
