/**
 * The name of the journal where an article prints it apart from its issue line: on a line of its
 * own over the issue line or the ISSN, in a running header beside a page number, or in the
 * sentence a journal writes about itself ("Corruptio is a journal published by ...").
 */
import { isPublicationLine, isTitledName, readJournalIssue, withoutJournalIdentifiers } from './publication-lines.ts';

/** A word by which a journal calls itself. */
const JOURNAL_WORD = /\b(?:journal|jurnal|revista)\b/i;

/** Most words a journal's name on a line of its own may have; a longer line is a title or a sentence. */
const MAX_NAME_WORDS = 12;

/** Most lines before an issue line searched for the journal's name printed apart from it. */
const NAME_REACH = 5;

/** Most words of a name that does not call itself a journal, taken only right over the ISSN. */
const MAX_BARE_NAME_WORDS = 6;

/** Words that name a university or one of its units, or a place on an address line: an affiliation, not a journal. */
const AFFILIATION_WORD =
  /\b(?:universit(?:as|y|é)|institut(?:e)?|fakultas|faculty|college|school|sekolah|departemen|department|jurusan|program|prodi|kampus|jl|jalan|street)\b/i;

/** A page number beside a journal's name, as a running header sets it: "Jurnal X | 45", "45 | Jurnal X". */
const RUNNING_HEADER = /^(?:\d{1,4}\s*[|│]\s*(?<after>[^|│]+)|(?<before>[^|│]+?)\s*[|│]\s*\d{1,4})$/u;

/**
 * The sentence a journal writes about itself: "X is a journal published by ...", "X is an
 * open-access journal managed by ...", "X adalah jurnal yang diterbitkan oleh ...".
 */
const SELF_DESCRIPTION =
  /^(?<name>\p{Lu}[^.;]{0,80}?)\s+(?:is\s+an?\s+(?:[\p{L}-]+\s+){0,3}journal\s+(?:published|managed|issued|edited)|(?:adalah|merupakan)\s+(?:sebuah\s+)?jurnal\s+(?:[\p{L}-]+\s+){0,3}?(?:yang\s+)?(?:diterbitkan|dikelola))\b/iu;

/** A name set as journals set theirs, in mixed case: a line all in capitals is more often a title or an affiliation. */
function isMixedCaseName(text: string, maxWords: number): boolean {
  return /\p{Ll}/u.test(text) && isTitledName(text, maxWords);
}

/** The menus of a journal's site ("Open Journal Systems", "Journal Help", "About the Journal"), which name no journal. */
const SITE_MENU = /\bopen\s+journal\s+systems?\b|\bjournal\s+(?:help|content|template|policies|history|information|menu)\b|\babout\s+(?:the\s+|this\s+)?journal\b|\btentang\s+jurnal\b|\be-?journal\s+(?:portal|system)\b/i;

/** True for a line that is a journal's name and nothing else. */
function isJournalNameLine(line: string): boolean {
  return JOURNAL_WORD.test(line) && !SITE_MENU.test(line) && line.split(/\s+/).length <= MAX_NAME_WORDS && !isPublicationLine(line);
}

/** Returns the name a journal gives itself in a sentence about itself, or undefined. */
export function readJournalSelfDescription(line: string): string | undefined {
  const name = SELF_DESCRIPTION.exec(line.trim())?.groups?.name?.trim();
  return name && isMixedCaseName(name, MAX_BARE_NAME_WORDS) ? name : undefined;
}

/** Returns the journal's name from a running header that sets it beside a page number, or undefined. */
export function readRunningHeaderJournal(line: string): string | undefined {
  const groups = RUNNING_HEADER.exec(line.trim())?.groups;
  const name = (groups?.after ?? groups?.before)?.trim();
  return name && isJournalNameLine(name) && isMixedCaseName(name, MAX_NAME_WORDS) ? name : undefined;
}

/**
 * The journal's name printed on its own line a little before the issue line or the ISSN line at
 * `anchorAt` ("Journal of Law, Policy and Globalization" over "Vol.42, 2015"), or before its ISSN
 * on that line, without web addresses and ISSNs. A short name that does not call itself a journal
 * ("Wajah Hukum") is taken only from the line right over the ISSN, where a journal's masthead sets it,
 * or from the line right over the issue line that it runs on into after a comma ("Indonesian
 * Perspective," / "Vol. 2, No. 1 (Januari-Juni 2017): 1-17").
 */
export function journalNamedNear(lines: readonly string[], anchorAt: number): string | undefined {
  const anchor = lines[anchorAt] ?? '';
  const onAnchor = /\bISSN\b/i.test(anchor) ? withoutJournalIdentifiers(anchor) : '';
  const over = lines.slice(Math.max(0, anchorAt - NAME_REACH), anchorAt).map(withoutJournalIdentifiers);
  const named = [...over, onAnchor].findLast((line) => line !== '' && isJournalNameLine(line));
  if (named) return named;
  // A comma closing the line right over the issue line says the journal's reference goes on there ("Indonesian Perspective," / "Vol. 2, No. 1 ...").
  const runsOn = over.at(-1)?.endsWith(',') === true && readJournalIssue(anchor) !== undefined;
  const right = over.at(-1)?.replace(/,$/, '');
  const bare = (/\bISSN\b/i.test(anchor) || runsOn) && right !== undefined;
  return bare && isMixedCaseName(right, MAX_BARE_NAME_WORDS) && !AFFILIATION_WORD.test(right) && !isPublicationLine(right) ? right : undefined;
}

/** A publisher's line: "Published by ...", "Diterbitkan oleh ...", "Penerbit: ...". */
const PUBLISHER_LINE = /^(?:published\s+by|publisher\s*:|diterbitkan\s+oleh|penerbit\s*:)/i;

/**
 * The journal's name on the line right over its publisher's ("Jurnal Kajian Hukum" over
 * "Diterbitkan oleh Fakultas Hukum ..."), as a masthead sets the two: a name calling itself a
 * journal, or a short mixed-case name that names no university or unit.
 */
export function journalOverPublisher(lines: readonly string[]): string | undefined {
  const at = lines.findIndex((line, index) => index > 0 && PUBLISHER_LINE.test(line.trim()));
  const over = at < 0 ? undefined : withoutJournalIdentifiers(lines[at - 1] ?? '');
  if (!over || isPublicationLine(over) || SITE_MENU.test(over)) return undefined;
  if (isJournalNameLine(over)) return over;
  return isMixedCaseName(over, MAX_BARE_NAME_WORDS) && !AFFILIATION_WORD.test(over) ? over : undefined;
}

/** Most lines at the top of a page searched for a journal's name over the article's title. */
const TOP_REACH = 4;

/**
 * A journal's name in capitals, as a masthead sets it: closing on its acronym in brackets
 * ("JURNAL ILMU HUKUM KYADIREN (JIHK)"), or in English with "JOURNAL" opening or closing it
 * ("INDONESIAN LAW JOURNAL", "JOURNAL OF MARITIME STUDIES"). "JURNAL ILMIAH" over a skripsi's
 * title in capitals is the kind of paper, and neither form.
 */
const CAPITALS_JOURNAL_NAME = /^(?:(?:[\p{Lu}&'’.-]+\s+){1,10}\(\p{Lu}{2,8}\)|JOURNAL\s+OF(?:\s+[\p{Lu}&'’.-]+){1,8}|(?:[\p{Lu}&'’.-]+\s+){1,8}JOURNAL)$/u;

/** True for a journal's name in capitals, in one of the forms a masthead sets it in. */
function isCapitalsJournalName(line: string): boolean {
  return isJournalNameLine(line) && CAPITALS_JOURNAL_NAME.test(line.trim());
}

/**
 * The journal's name where it is printed apart from any issue line: in the sentence the journal
 * writes about itself, over its publisher's line, in a running header beside a page number, or on a line of its own at the
 * top of the page ("Verity – UPH Journal of International Relations" over the title), in capitals
 * only in a masthead's forms.
 */
export function journalNamedApart(lines: readonly string[]): string | undefined {
  const described = lines.map(readJournalSelfDescription).find((name) => name !== undefined) ?? journalOverPublisher(lines);
  if (described) return described;
  const header = lines.map(readRunningHeaderJournal).find((name) => name !== undefined);
  if (header) return header;
  return lines.slice(0, TOP_REACH).find((line) => (isJournalNameLine(line) && isMixedCaseName(line, MAX_NAME_WORDS)) || isCapitalsJournalName(line));
}
