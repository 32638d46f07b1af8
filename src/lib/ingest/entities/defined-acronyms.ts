/**
 * Finds organisations a text introduces as "Long Capitalised Name (ACRONYM)", such as "Komisi
 * Pemberantasan Korupsi (KPK)" or "Department of Foreign Affairs and Trade (DFAT)", so a body
 * missing from the curated table is still tagged. The pattern is also used for laws, diseases,
 * techniques and positions, so a definition counts only when all of these hold:
 * - the acronym is upper case (letters, digits, hyphens) with at least two capitals, so
 *   "Wamenlu" or "CoE" are not taken;
 * - every word of the name except short function words is capitalised;
 * - the acronym is spelt by the name's words in order, each content word giving its first one or
 *   more letters ("ID" may come from "Indonesia" but "IGO" cannot come from "Intergovernmental
 *   Organization");
 * - the name contains a word that heads organisation names ("Badan", "Komisi", "Ministry",
 *   "Bureau"...), so "Denial-of-Service (DOS)" or "Letter of Intent (LOI)" are not taken;
 * - the acronym is not a generic category ("NGO", "LSM", "CSIRT").
 */

/** One organisation definition found in a text. */
export interface DefinedOrganisation {
  /** "Long Name (ACRONYM)", the name's white space collapsed. */
  name: string;
  acronym: string;
  /** Character offsets of the name and the bracketed acronym in the text. */
  start: number;
  end: number;
}

const ACRONYM_IN_BRACKETS = /\(\s*([\p{Lu}\p{N}][\p{Lu}\p{N}-]*[\p{Lu}\p{N}])\s*\)/gu;

/** Words that may stand uncapitalised inside a name and spell no letter of the acronym. */
const FUNCTION_WORDS = new Set([
  'dan', 'untuk', 'dari', 'di', 'ke', 'pada', 'atas', 'tentang', 'dalam', 'bagi', 'urusan',
  'and', 'of', 'the', 'for', 'on', 'in', 'to', 'against', 'at',
]);

/** Words that head the names of organisations, in Indonesian and English (lower case). */
const ORGANISATION_HEADS = new Set([
  'badan', 'kementerian', 'komisi', 'lembaga', 'dinas', 'direktorat', 'kantor', 'organisasi', 'dewan',
  'majelis', 'otoritas', 'pusat', 'biro', 'divisi', 'korps', 'kepolisian', 'kejaksaan', 'pengadilan',
  'mahkamah', 'perhimpunan', 'asosiasi', 'yayasan', 'perserikatan', 'sekretariat',
  'ministry', 'department', 'agency', 'office', 'organization', 'organisation', 'bureau', 'commission',
  'council', 'authority', 'centre', 'center', 'institute', 'association', 'federation', 'team', 'unit',
  'police', 'court', 'forum', 'fund', 'bank', 'force', 'secretariat', 'union',
]);

/** Acronyms of kinds of organisation, not of one organisation. */
const GENERIC_ACRONYMS = new Set(['NGO', 'INGO', 'IGO', 'IO', 'CSO', 'LSM', 'ORMAS', 'OMS', 'FIU', 'CSIRT', 'MNC', 'TNC']);

/** The longest name looked at, in words, beyond the acronym's length (room for function words). */
const EXTRA_WORDS = 4;

/** Ends a name: a sentence or clause break, or another bracket. */
const NAME_BOUNDARY = /[,;:!?()[\]"“”]|\.(?:\s|$)/g;

interface Word {
  text: string;
  start: number;
}

/** True when `letters` can be spelt by prefixes of the content words, in order, using every one. */
function spellsAcronym(letters: string, words: Word[]): boolean {
  // Ways that failed, by word and letter reached: without them, words that could each give one
  // or several letters ("Aaaa Aaaa ...") would be tried in exponentially many splits.
  const failed = new Set<number>();
  const spellsFrom = (index: number, from: number): boolean => {
    const word = words[index];
    if (!word) return from === letters.length;
    const key = index * (letters.length + 1) + from;
    if (failed.has(key)) return false;
    const lower = word.text.toLowerCase();
    if (FUNCTION_WORDS.has(lower)) {
      if (spellsFrom(index + 1, from)) return true;
    } else {
      for (let take = 1; take <= Math.min(lower.length, letters.length - from); take += 1) {
        if (lower.slice(0, take) !== letters.slice(from, from + take)) break;
        if (spellsFrom(index + 1, from + take)) return true;
      }
    }
    failed.add(key);
    return false;
  };
  return spellsFrom(0, 0);
}

function isNameShaped(words: Word[]): boolean {
  const first = words[0];
  return (
    first !== undefined &&
    !FUNCTION_WORDS.has(first.text.toLowerCase()) &&
    words.every((word) => FUNCTION_WORDS.has(word.text.toLowerCase()) || /^[\p{Lu}\p{N}]/u.test(word.text)) &&
    words.some((word) => ORGANISATION_HEADS.has(word.text.toLowerCase()))
  );
}

/**
 * Where to start reading for the last `count` words before `bracket`: far enough back to hold
 * them whole (one more, as the window may cut the first) or a clause break, or the text's start.
 * The window doubles until it does, so each bracket reads about as much as its name needs.
 */
function nameWindowStart(text: string, bracket: number, count: number): number {
  for (let size = 16 * (count + 2); ; size *= 2) {
    const start = Math.max(0, bracket - size);
    const window = text.slice(start, bracket);
    const words = window.match(/[\p{L}\p{N}]+/gu)?.length ?? 0;
    if (start === 0 || words > count + 1 || new RegExp(NAME_BOUNDARY.source).test(window)) return start;
  }
}

/**
 * The words right before a bracket, back to the previous clause break, at most `count` of them:
 * only that many can make a name, and reading back to the clause break in a text without one
 * would read the whole text again for every bracket.
 */
function wordsBefore(text: string, bracket: number, count: number): Word[] {
  const offset = nameWindowStart(text, bracket, count);
  const before = text.slice(offset, bracket);
  let from = 0;
  for (const boundary of before.matchAll(NAME_BOUNDARY)) from = boundary.index + boundary[0].length;
  return [...before.slice(from).matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({ text: m[0], start: offset + from + m.index }));
}

/** Organisations defined in the text as "Long Name (ACRONYM)", in reading order. */
export function findDefinedOrganisations(text: string): DefinedOrganisation[] {
  const found: DefinedOrganisation[] = [];
  for (const match of text.matchAll(ACRONYM_IN_BRACKETS)) {
    const acronym = match[1] ?? '';
    const letters = acronym.replace(/-/g, '').toLowerCase();
    if (GENERIC_ACRONYMS.has(acronym) || (acronym.match(/\p{Lu}/gu) ?? []).length < 2) continue;
    const words = wordsBefore(text, match.index, letters.length + EXTRA_WORDS);
    const maxWords = Math.min(words.length, letters.length + EXTRA_WORDS);
    // The shortest name that spells the acronym: a longer one would swallow words before it.
    for (let count = 1; count <= maxWords; count += 1) {
      const name = words.slice(words.length - count);
      if (!isNameShaped(name) || !spellsAcronym(letters, name)) continue;
      const start = name[0]?.start ?? match.index;
      const longName = text.slice(start, match.index).replace(/\s+/g, ' ').trim();
      found.push({ name: `${longName} (${acronym})`, acronym, start, end: match.index + match[0].length });
      break;
    }
  }
  return found;
}
