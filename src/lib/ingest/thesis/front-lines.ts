/**
 * The lines of a study's front (cover, title page, article header, abstracts and keywords) as
 * evidence modules read them: white space normalised, blank lines dropped, and cover fields that
 * a PDF extraction ran into one line ("... oleh: NAMA E 131 09 261 JURUSAN ... 2013 Abstraksi
 * Penelitian ...") set apart again at their labels and at the change from capitals to ordinary
 * text.
 */
import { normaliseWhitespace } from '../pdf-text/normalise-whitespace.ts';
import { isReferenceListHeading } from './chapters.ts';

/** One line of the front, with its position (0 = first line kept). */
export interface FrontLine {
  text: string;
  index: number;
}

/** Most lines read: covers, title pages and abstracts fit well within them. */
const MAX_FRONT_LINES = 160;

/**
 * Where the front ends: the first chapter, the table of contents, the introduction. The reference
 * list ends it too ({@link isReferenceListHeading}): the names and years under it are the cited works'.
 */
const FRONT_END =
  /^(?:(?:\d{1,4}\s+)?BAB\s+(?:I|1)\b|CHAPTER\s+(?:I|1|ONE)\b|DAFTAR\s+ISI\b|TABLE\s+OF\s+CONTENTS\b|(?:1\.?\s*)?(?:PENDAHULUAN|INTRODUCTION|Pendahuluan|Introduction)$)/;

/**
 * Labels that open a new cover field even in the middle of an extracted line. Capitals-only
 * unit and degree words are matched in capitals (in running text "universitas" is no label).
 */
const RUN_IN_LABELS = [
  '(?:disusun\\s+|diajukan\\s+|ditulis\\s+)?oleh\\s*[:,]',
  'Oleh\\b',
  'By\\s*:',
  'Diajukan\\b',
  'Disusun\\b',
  '(?:JURUSAN|PROGRAM\\s+STUDI|DEPARTEMEN|BAGIAN|FAKULTAS|UNIVERSITAS|INSTITUT|SEKOLAH\\s+TINGGI)\\b',
  '(?:PROPOSAL\\s+)?(?<!PROPOSAL\\s+)(?:SKRIPSI|TESIS|DISERTASI|JURNAL)\\b(?!\\s+\\p{Lu}{2,})',
  '(?:ABSTRAKSI|ABSTRAK|ABSTRACT|Abstraksi|Abstrak|Abstract|Intisari|INTISARI)\\b(?=\\s*[:.;—–-]?\\s*(?:\\p{Lu}|$))',
  '(?:Kata[\\s-]*kata[\\s-]*kunci|Kata[\\s-]*[Kk]unci|Katakunci|KATA\\s+KUNCI|Key\\s*words?|KEYWORDS?|Keywords?)\\s*[:：—–]',
  // A keyword label glued to its first keyword, the colon lost ("Kata kuncisatwa langka, CITES").
  '(?:Kata\\s+[Kk]unci|Keywords?)(?!nya)(?=\\p{Ll})',
  '(?:Latar\\s+[Bb]elakang|LATAR\\s+BELAKANG)\\b',
  '(?:1|I)\\.?\\s+(?:PENDAHULUAN|Pendahuluan|INTRODUCTION|Introduction)\\b',
];

/**
 * A label run on after a word or a sentence ("...10522Keywords:", "...politicsAbstract",
 * "...diredam.Kata Kunci:"): labels that are never the end of an ordinary word are split off
 * even without a space before them. After a capital only the abstract's heading closing the
 * line is, as a keyword list closing on an acronym runs into it ("..., WNIAbstract").
 */
const GLUED_LABEL = /(?<=[\p{Ll}\d.])(?=(?:Keywords?|Key words|Abstract|Abstrak|Kata\s+[Kk]unci)\b)|(?<=\p{Lu})(?=(?:Abstract|Abstrak)$)/gu;

/** "Dibimbing oleh" (supervised by) is one label: its "oleh" opens no author's field. */
const RUN_IN = new RegExp(`(?<!(?:[Dd]ibimbing|DIBIMBING)\\s*)\\s+(?=(?:${RUN_IN_LABELS.join('|')}))`, 'gu');

/**
 * A word in capitals closing a line of fields, glued to the capitalised word that opens the text
 * after it ("... | S1 TEKNIK GEODESISelat Malaka merupakan ..."): the line break was lost between
 * them. Four capitals at least before, and a word of three small letters after, so an acronym
 * before a name ("UNHCRs") stays whole.
 */
const GLUED_CAPITALS = /(?<=(?:^|\s)\p{Lu}{4,})(?=\p{Lu}\p{Ll}{3,}\s)/gu;

/**
 * A question or exclamation mark glued to the capitalised word after it ("... in the next ten
 * years?Group Captain Guy Wilson"): a title closing on its mark, the line break before the name
 * under it lost. Running text always sets a space after the mark.
 */
const GLUED_AFTER_MARK = /(?<=\p{Ll}[?!])(?=\p{Lu}\p{Ll})/gu;

/** Words that open the name of a unit an author belongs to. */
const UNIT_WORD = '(?:Universitas|Universiti|University|Institut|Institute|Fakultas|Faculty|Program\\s+Studi|Prodi|Jurusan|Departemen|Department|Sekolah\\s+Tinggi|Politeknik|School|College|UNIVERSITAS|FAKULTAS|JURUSAN|DEPARTEMEN|DEPARTMENT)\\b';

/**
 * An affiliation run on after the authors' names, its line break lost: a mark glued to a unit's
 * word ("... Nurhaliza2 1Universitas X 2Department of Y"), or after a marked name a number and a
 * space before it ("... Santoso2 1 Universitas X"), or the marks of several authors listed before
 * one note ("... Sukendro3 1,2,3 Peace and Conflict Resolution, ..."). A number in running text is
 * never glued to "Universitas", nor follows a name carrying a mark.
 */
const MARKED_UNIT = new RegExp(
  `\\s+(?=(?:[\\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}|[*†])\\)?${UNIT_WORD})|(?<=\\p{L}[\\d*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3},?)\\s+(?=\\d{1,2}(?:,\\s?\\d{1,2})+\\s+\\p{Lu})|(?<=\\p{L}[\\d*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3},?)\\s+(?=\\d{1,2}\\)?\\s${UNIT_WORD})|\\s+(?=(?:[*\\d]\\s?)?(?:E-?mail|Surel)\\s*[:：])`,
  'gu',
);

/** A word in capitals (digits and joining marks allowed, an opening bracket too: "(CITES)"), two letters or more. */
const CAPITAL_WORD = /^\(?[\p{Lu}\d][\p{Lu}\d'’().,:&/-]*$/u;

/** A year or span of years in brackets closing a title: "(2002-2012)", "(2019)". */
const YEARS_IN_BRACKETS = /^\((?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\)[.,:]?$/u;

/** True for a word in capitals with two capital letters or more: a word of a capitals block, not a number. */
function isCapitalsWord(word: string): boolean {
  return CAPITAL_WORD.test(word) && /\p{Lu}{2}/u.test(word);
}

/** Fewest words in capitals in a row that make a block of their own inside a line. */
const MIN_CAPITALS_RUN = 4;

/** A page number: one to four digits alone. */
const PAGE_NUMBER = /^\d{1,4}$/;

/**
 * Splits after a page number that an extraction ran in before a block of four or more words in
 * capitals, the number opening the line or following ordinary words ("1 TINDAKAN SPIONASE ...",
 * "... ISSN: 2715-7539 (Online) 172 STRATEGY FOR COUNTERING ..."): the page's header and number
 * stand before the title. A number inside a capitals block ("PEMBEBASAN 10 ABK WNI") is the title's own.
 */
function splitAfterPageNumber(line: string): string[] {
  const words = line.split(' ');
  for (let i = 1; i + MIN_CAPITALS_RUN <= words.length; i++) {
    if (!PAGE_NUMBER.test(words[i - 1]!) || (i >= 2 && isCapitalsWord(words[i - 2]!))) continue;
    if (!words.slice(i, i + MIN_CAPITALS_RUN).every(isCapitalsWord)) continue;
    return [words.slice(0, i).join(' '), words.slice(i).join(' ')];
  }
  return [line];
}

/**
 * Splits where three or more words in capitals give way to an ordinary capitalised sentence
 * ("... NARKOTIKA DI INDONESIA Diajukan Sebagai ..."): a cover's capitals block is one field.
 */
function splitAtCaseChange(line: string): string[] {
  const words = line.split(' ');
  for (let i = 3; i < words.length - 1; i++) {
    const before = words.slice(i - 3, i);
    const word = words[i]!;
    const next = words[i + 1]!;
    // A title may close on a span of years in brackets ("... OF REFORM (2002-2012)").
    const capitalsBefore = before.every((w) => (CAPITAL_WORD.test(w) && /\p{Lu}{2}/u.test(w)) || YEARS_IN_BRACKETS.test(w));
    // A name may hold an apostrophe ("Rofi’a").
    const sentenceAfter = /^\p{Lu}\p{Ll}+(?:['’]\p{Ll}+)?$/u.test(word) && /^\p{Ll}|^\p{Lu}\p{Ll}/u.test(next);
    if (capitalsBefore && sentenceAfter) return [words.slice(0, i).join(' '), ...splitAtCaseChange(words.slice(i).join(' '))];
  }
  return [line];
}

/**
 * A keyword list closed by its full stop, with the abstract run on after it ("Keywords:
 * Corruption; asset recovery; digital age. In the contemporary digital age, ..."), as a first page
 * whose keyword column stands beside the abstract is read across: short items without a stop,
 * the stop, then a capitalised sentence.
 */
const KEYWORD_LIST_THEN_PROSE =
  /^((?:Kata[\s-]*kata[\s-]*kunci|Kata[\s-]*[Kk]unci|KATA\s+KUNCI|Key\s*words?|KEYWORDS?|Keywords?)\s*[:：]\s*(?:[^;,.:]{1,50}[;,]\s*)+[^;,.:]{1,50}\.)\s+(?=\p{Lu}\p{Ll}*(?:\s+\S+){5})/u;

/** Splits a keyword list from the abstract run on after its closing stop. */
function splitKeywordListFromProse(line: string): string[] {
  const list = KEYWORD_LIST_THEN_PROSE.exec(line)?.[1];
  return list === undefined ? [line] : [list, line.slice(list.length).trim()];
}

/**
 * The name of a kind of document opening a line, with the title run on after it: "NASKAH
 * PUBLIKASI PENGARUH ...", "Outline Skripsi “HUBUNGAN ...”". A lone "SKRIPSI" or "JURNAL" opening a
 * line is left, as a journal's name opens with "JURNAL" too.
 */
const LEADING_DOCUMENT_KIND = /^((?:NASKAH\s+PUBLIKASI|[Nn]askah\s+[Pp]ublikasi|OUTLINE\s+SKRIPSI|Outline\s+[Ss]kripsi))\s+(?=[“"\p{Lu}])/u;

/**
 * "Oleh:" as OCR misreads it ("Olelt:", "01eh:", "OIeh:"): letters of like shape swapped
 * ("l" for "h", digits for "O" and "l"). Read as the label only with its colon, which a word of the
 * text would not have.
 */
const OCR_BY_LABEL = /(?<=^|\s)[O0][l1I]e(?:lt|h|b|n)\s*:(?=\s)/gu;

/**
 * The same misreading with a digit in it ("01eh", "O1eh"), before a capitalised name: no word of
 * the text holds a digit there, so it is read as the label without its colon too.
 */
const OCR_BY_LABEL_WITH_DIGIT = /(?<=^|\s)(?:0[l1I]|O1)e(?:lt|h|b|n)(?=\s+\p{Lu})/gu;

/** Splits one extracted line into the cover fields run into it. */
export function splitRunInLine(line: string): string[] {
  return line
    .replace(OCR_BY_LABEL, 'Oleh:')
    .replace(OCR_BY_LABEL_WITH_DIGIT, 'Oleh:')
    .replace(LEADING_DOCUMENT_KIND, '$1\n')
    .replace(GLUED_LABEL, ' ')
    .replace(GLUED_CAPITALS, '\n')
    .replace(GLUED_AFTER_MARK, '\n')
    .split(/\n/)
    .flatMap((part) => part.split(RUN_IN))
    .flatMap(splitKeywordListFromProse)
    .flatMap((part) => part.split(MARKED_UNIT))
    .flatMap(splitAfterPageNumber)
    .flatMap(splitAtCaseChange)
    .map((part) => part.trim())
    .filter((part) => part !== '');
}

/**
 * The first chapter's heading ("BAB I PENDAHULUAN", "CHAPTER 1"), before which a cover would
 * stand; an extraction may print the page number before it ("1 BAB I PENDAHULUAN 1.1 ...").
 */
const FIRST_CHAPTER = /^(?:\d{1,4}\s+)?(?:BAB|CHAPTER)\s+(?:I|1|ONE)\b/;

/**
 * Returns the front of `text` as lines, run-in cover fields set apart, up to the first chapter.
 * A text that opens with its first chapter has no front: a copy of a chapter without its cover
 * names no title, author or abstract, and its first paragraph is the chapter's, not an abstract.
 */
export function readFrontLines(text: string): FrontLine[] {
  const lines: string[] = [];
  for (const raw of normaliseWhitespace(text).split('\n')) {
    const line = raw.trim();
    if (line === '') continue;
    if (lines.length === 0 && FIRST_CHAPTER.test(line)) break;
    if (lines.length > 0 && (FRONT_END.test(line) || isReferenceListHeading(line))) break;
    lines.push(...splitRunInLine(line));
    if (lines.length >= MAX_FRONT_LINES) break;
  }
  return lines.slice(0, MAX_FRONT_LINES).map((text, index) => ({ text, index }));
}
