/**
 * Who an international instrument is of, as its text says: who speaks in it ("WE, the Heads of
 * State/Government of ...", "We, the Foreign Ministers of Indonesia and Australia") and the
 * states or governments it lists as its parties or participants ("The Governments of Brunei
 * Darussalam, ... and the Socialist Republic of Vietnam (hereinafter ...)", "namely Brunei
 * Darussalam, ..., gathered", "attended by Afghanistan, ..., as well as ..."). A text that names
 * its parties only as a class ("The States Parties to this Convention") lists none.
 */
import { flatten } from './flat-text.ts';

/**
 * "WE, the Heads of State/Government of ASEAN (herein referred as ASEAN) namely ...", "We, the
 * Foreign Ministers of Indonesia and Australia, had ...": the speaker runs to the verb that
 * follows it, commas inside the name allowed ("... on People Smuggling, Trafficking ..., note").
 */
const SPEAKER =
  /\b(?:WE|We|KAMI|Kami),\s+(?<who>(?:the\s+|para\s+)?\p{Lu}[^;.]{3,200}?)(?:\s*\((?:herein|hereinafter|selanjutnya)[^)]*\))?(?:,\s*|\s+)(?:note|noted|have|had|gathered|namely|hereby|do|declare|adopt|reaffirm|agree|menyatakan|telah|dengan)\b/u;

/** The openings of a list of parties, and where each list ends. */
const LISTS: readonly RegExp[] = [
  /\bThe\s+Governments?\s+of\s+(?<list>.{3,800}?)\s*(?:\((?:hereinafter|herein)|:|,?\s+have\s+agreed)/,
  /\bPemerintah\s+(?<list>.{3,800}?)\s*(?:\(selanjutnya|:|,?\s+telah\s+menyetujui)/,
  /\bnamely\s+(?<list>.{3,800}?),?\s+(?:gathered|meeting|having|have|hereby)\b/,
  /\battended\s+by\s+(?<list>.{3,800}?)(?:,\s+as\s+well\s+as\b|\.\s)/,
];

/** A party's name: capitalised words, "the" and joining words allowed, no verbs or clauses. */
const PARTY = /^(?:the\s+)?[\p{Lu}\d][\p{L}\d'’/.-]*(?:\s+(?:of|the|and|of the|[\p{Lu}][\p{L}'’/.-]*))*$/u;

/** Reads the speaker of the instrument: the words after "We,", as printed. */
export function readSpeaker(text: string): string | undefined {
  return SPEAKER.exec(flatten(text.slice(0, 6000)))?.groups?.who?.trim();
}

/** Splits "A, B, C and D" into its names; a piece that is not a name means this is not a list of parties. */
function splitParties(list: string): string[] | undefined {
  const names = list
    .split(/\s*,\s*(?:and\s+|dan\s+)?|\s+(?:and|dan)\s+(?=(?:the\s+)?\p{Lu})/u)
    .map((name) => name.trim())
    .filter(Boolean);
  return names.length >= 2 && names.every((name) => PARTY.test(name)) ? names : undefined;
}

/** Reads the parties or participants the instrument lists, as printed, in order; none when it lists none. */
export function readParties(text: string): string[] {
  const flat = flatten(text.slice(0, 8000));
  const found = LISTS.flatMap((pattern) => {
    const match = pattern.exec(flat);
    const names = match?.groups?.list ? splitParties(match.groups.list) : undefined;
    return match && names ? [{ index: match.index, names }] : [];
  });
  return found.sort((a, b) => a.index - b.index)[0]?.names ?? [];
}
