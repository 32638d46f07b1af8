/**
 * In-text author–year citations read from one passage of plain text.
 *
 * Two shapes are read:
 * - parenthetical: "(Zulkifli, 2012)", "(Buzan et al., 1998)", "(Arianto & Anggraini, 2019)",
 *   "(Buzan, Wæver & de Wilde, 1998: 23)", "(Jelita dkk., 2020, hlm. 4)", several works in one
 *   bracket separated by ";", and one author with several years ("(Holsti, 1983, 1992)");
 * - narrative: a name right before a bracketed year, "Charles Maier (1990)",
 *   "Arianto dan Anggraini (2019: 5)", "Buzan et al. (1998)".
 *
 * A bracket is taken only when every author in it looks like a name: capitalised words (with the
 * particles names carry, "de", "van", "bin"), no digits. That keeps out "(UU No. 5 Tahun 2009)",
 * "(Pasal 3)", a bare "(2019)" and periods such as "(2006-2010)". A year needs a comma before it
 * in a bracket ("(Buzan 1998)" is not read) unless the authors end in "et al." or "dkk.".
 */

/** One cited work at one place in the text. */
export interface Citation {
  /** The authors as written, in order; a corporate author is one name. */
  authors: string[];
  /** True when the text cuts the list short ("et al.", "dkk."). */
  etAl: boolean;
  /** Four digits, with the letter some styles add to tell works of one year apart ("2019a"). */
  year: string;
  /** Offset in the passage of the bracket (parenthetical) or of the first author's name (narrative). */
  start: number;
}

const YEAR = String.raw`(?:1[6-9]\d\d|20\d\d)[a-z]?`;
/** Pages or another locator after the year: ": 23", ", p. 23", ", hlm. 4-5". */
const LOCATOR = String.raw`(?:\s*[:,]\s*(?:(?:pp?|hlm|hal|h)\.?\s*)?\d+(?:\s*[-–]\s*\d+)?)?`;
const YEARS = String.raw`${YEAR}(?:\s*,\s*${YEAR})*`;

/** One citation inside a bracket: authors, the years after a comma, an optional locator. */
const BRACKETED = new RegExp(String.raw`^(.+?)(,\s*|(?<=(?:et al\.|dkk\.?))\s+)(${YEARS})${LOCATOR}$`, 'u');
/** A bracket holding only years (and a locator), the tail of a narrative citation. */
const YEAR_BRACKET = new RegExp(String.raw`\((${YEARS})${LOCATOR}\)`, 'gu');
const BRACKET = /\(([^()]+)\)/gu;

/** Words that cut an author list short, in English and Indonesian. */
const ET_AL = /\s*,?\s+(?:et\.?\s*al\.?|dkk\.?|dan kawan-kawan|and others)$/u;
/** Words a bracket may open with before the citation itself ("lihat Buzan, 1998"). */
const LEAD_IN = /^(?:lihat|see|cf\.|e\.g\.,?|i\.e\.,?|misalnya|contohnya|dalam|in)\s+/iu;
const AUTHOR_SEPARATOR = /\s*(?:,|&|\band\b|\bdan\b)\s*/u;

/** Lower-case words that belong inside names ("de Wilde", "bin Abdullah", "Ministry of Defence"). */
const PARTICLES = new Set([
  'al', 'bin', 'binti', 'da', 'de', 'del', 'della', 'den', 'der', 'di', 'do', 'dos', 'du', 'el', 'la', 'le',
  'of', 'for', 'on', 'the', 'ten', 'ter', 'van', 'von', 'y',
]);
/** A name word: capitalised, possibly with hyphens, apostrophes or initials' dots ("K.J", "O'Neill"). */
const NAME_WORD = /^\p{Lu}[\p{L}\p{M}'’.-]*$/u;

/** Months, which a bracket such as "(Januari, 2020)" puts where an author would be. */
const MONTHS = new Set(
  (
    'januari februari maret april mei juni juli agustus september oktober november desember ' +
    'january february march may june july august october december'
  ).split(' '),
);

/**
 * Capitalised words that open a sentence or a clause before a narrative citation's name
 * ("Menurut Holsti (1983)"): they are not part of the name.
 */
const LEADING_NON_NAMES = new Set(
  (
    'menurut dalam oleh bagi pada sedangkan sementara namun kemudian selanjutnya adapun sebagaimana seperti ' +
    'hal ini itu dan atau yang karya buku sejalan senada mengutip dikutip lebih juga tokoh ' +
    'according in as by for the while whereas however following also then and or see like unlike after ' +
    'before thus hence moreover'
  ).split(' '),
);

/** At most this many words make one name; corporate authors are the long ones. */
const MAX_NAME_WORDS = 8;

/** Whether `text` reads as one author's name: capitalised words and name particles, no digits. */
function isNameLike(text: string): boolean {
  const words = text.split(/\s+/u).filter(Boolean);
  if (words.length === 0 || words.length > MAX_NAME_WORDS) return false;
  if (words.length === 1 && MONTHS.has(text.toLowerCase())) return false;
  const capitalised = words.filter((word) => NAME_WORD.test(word)).length;
  const particles = words.filter((word) => PARTICLES.has(word)).length;
  return capitalised > 0 && capitalised + particles === words.length && PARTICLES.has(words[words.length - 1] ?? '') === false;
}

/** The authors of an author list as written, or undefined when any of them is not a name. */
function splitAuthors(list: string): { authors: string[]; etAl: boolean } | undefined {
  const etAl = ET_AL.test(list);
  const names = list.replace(ET_AL, '').split(AUTHOR_SEPARATOR).map((name) => name.trim());
  if (!names.every(isNameLike)) return undefined;
  return { authors: names, etAl };
}

function yearsOf(years: string): string[] {
  return years.split(/\s*,\s*/u);
}

function parseBracket(inner: string, start: number): Citation[] {
  const citations: Citation[] = [];
  for (const part of inner.split(';')) {
    const match = BRACKETED.exec(part.trim().replace(LEAD_IN, ''));
    if (!match?.[1] || !match[3]) return [];
    const parsed = splitAuthors(match[1].trim());
    // One bracket that is not all citations ("(UU No. 5 Tahun 2009; Pasal 3)") gives none.
    if (!parsed) return [];
    for (const year of yearsOf(match[3])) citations.push({ ...parsed, year, start });
  }
  return citations;
}

/** A run of name words, with "&", "and", "dan", commas and "et al." between, ending the text. */
const NARRATIVE_NAMES = (() => {
  const word = String.raw`(?:\p{Lu}[\p{L}\p{M}'’.-]*|${[...PARTICLES].join('|')})`;
  const name = String.raw`${word}(?:\s+${word}){0,3}`;
  return new RegExp(
    String.raw`(?<![\p{L}\p{M}])${name}(?:\s*,\s*${name})*(?:\s*,?\s+(?:&|and|dan)\s+${name}|\s*&\s*${name})?(?:\s+(?:et al\.|dkk\.?))?\s*$`,
    'u',
  );
})();

/** How far back from a bracketed year a narrative citation's names may start. */
const NARRATIVE_WINDOW = 160;

function parseNarrative(text: string, bracketStart: number, years: string): Citation[] {
  const windowStart = Math.max(0, bracketStart - NARRATIVE_WINDOW);
  const before = text.slice(windowStart, bracketStart);
  const match = NARRATIVE_NAMES.exec(before);
  if (!match) return [];
  const words = match[0].trim().split(/\s+/u);
  let skipped = 0;
  // Before a narrative citation a lower-case particle is far more often a preposition ("di
  // Indonesia (2019)") than the start of a name ("de Wilde (1998)"), so it is left out.
  const isLeadingNonName = (word: string) => LEADING_NON_NAMES.has(word.toLowerCase()) || PARTICLES.has(word);
  while (skipped < words.length - 1 && isLeadingNonName(words[skipped]!)) skipped += 1;
  const list = words.slice(skipped).join(' ');
  const parsed = splitAuthors(list);
  if (!parsed) return [];
  const offset = windowStart + match.index + match[0].indexOf(words[skipped]!);
  return yearsOf(years).map((year) => ({ ...parsed, year, start: offset }));
}

/**
 * Every author–year citation in a passage of plain text, in the order they appear. Line breaks
 * count as spaces, so a citation wrapped over two lines is read whole.
 */
export function parseCitations(passage: string): Citation[] {
  // One space per white-space character keeps offsets those of the passage.
  const text = passage.replace(/\s/gu, ' ');
  const found: Citation[] = [];
  for (const match of text.matchAll(BRACKET)) found.push(...parseBracket(match[1] ?? '', match.index));
  for (const match of text.matchAll(YEAR_BRACKET)) found.push(...parseNarrative(text, match.index, match[1] ?? ''));
  return found.sort((a, b) => a.start - b.start);
}
