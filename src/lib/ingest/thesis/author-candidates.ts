/**
 * Evidence for a study's authors: names after "oleh/by/disusun oleh/Penulis", a name beside a
 * student number or an e-mail address, the line of names under an article's title, an author
 * biography, a declaration ("I, Name, declare"), a copyright line, a catalogue's name line.
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { readLabelledField, splitFormFields } from './labelled-fields.ts';
import { ARTICLE_CONTENT_LABEL, BY_LABEL_LINE, STUDY_TYPE_LINE, endsOnJoiningWord, isHeadingWord, isMarkedNamesLine, isNamesLine, isSiteChrome, NAME_SEPARATOR, namesOfLine, readStudyRecordProgramme, splitTitleRunIntoNames, stripNameMarkers } from './front-line-kinds.ts';
import { findStudentNumber, isBareStudentNumber } from './student-number.ts';
import { ACADEMIC_DEGREE, looksLikePersonName } from './person-name.ts';
import { opensWithFieldBeforeFaculty, opensWithUnitName, parseAffiliation } from './affiliation.ts';
import { parseAuthorList } from './author-list.ts';
import { lowerCaseWords, readsAsNames } from './title-words.ts';
import { EMAIL_ADDRESS } from '../../text/email-address.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';
import { markedSupervisors } from './marked-supervisors.ts';
import { isUniversityTown } from './town-after-name.ts';

/**
 * "oleh: NAME", "By: Name", "Penulis: Name" with the name on the same line; also after the kind
 * of study ("A thesis by Name", "Skripsi oleh Name"). The name opens with no colon: "OLEH :",
 * its colon spaced off, is the label alone.
 */
const BY_LABEL_WITH_NAME =
  /^(?:(?:(?:disusun|diajukan|ditulis|written)\s+|(?:an?\s+)?(?:thesis|dissertation|skripsi|tesis|disertasi)\s+)?(?:oleh|by)\s*[:,]?\s+|(?:penulis|authors?)\s*:\s*)([^\s:,].*)$/i;

/**
 * A student number after a name on the same line: "NAME NIM. 44310703", "Name1 Nim. 1302045237", "NAME ID No. 0162014" (or "ID no."),
 * "NAME E 131 09 261", set apart by a dash, slash or bar ("NAME - NPM 1706123456", "NAME / 1706123456");
 * not a span of years closing a title ("... Tahun 2017-2022").
 */
export const NUMBER_AFTER_NAME =
  /\s+(?:[-–/|]\s*)?(?:\(?(?:(?:NIM|NPM|NRP|Nim|Npm|Nrp)\b|ID\s+(?:No|NO|no)\b).*|\(?(?!\d{4}\s*[-–]\s*\d{4}\)?$)[A-Z]?\s?\d[\d\s./-]{5,}\)?)$/;

/** What follows a by-label on its line ("oleh: NAME", "A thesis by Name"), or undefined when the line has none. */
export function textAfterByLabel(line: string): string | undefined {
  return BY_LABEL_WITH_NAME.exec(line)?.[1];
}

/** A degree or title printed alone where a name was expected: "Ph.D.", "S.H.", "M.Hum.". */
const DEGREE_ONLY = /^(?:\p{Lu}\p{L}{0,3}\.)+$/u;

/** One letter alone, perhaps with its full stop: an initial, or a page's lettered list ("B"), never a whole name. */
const LONE_INITIAL = /^\p{L}\.?$/u;

/**
 * Words of the headings, statements and units a study's front pages print in capitals, which no
 * person's name holds: "USULAN PENELITIAN", "Pernyataan Tidak Melakukan Plagiat", "Naskah
 * Publikasi", "KEMENTERIAN PENDIDIKAN", "BAGIAN HUKUM PIDANA", "Gelar Sarjana Sosial".
 */
const FRONT_MATTER_WORD =
  /(?:^|\s)(?:usulan|penelitian|proposal|naskah|publikasi|pernyataan|plagiat|plagiarisme|kementerian|bagian|hukum|gelar|sarjana|skripsi|tesis|disertasi|terakreditasi|pengesahan|persetujuan)(?=\s|$)/i;

/**
 * True for a value that can be a person's name as an author: not site chrome ("N/A"), a heading
 * word ("INFORMATION"), a degree printed alone, a label ("DOI:", "NIP."), a front page's heading
 * (see {@link FRONT_MATTER_WORD}), nor a university's town alone ("SEMARANG", "Bandung"): a
 * cover prints its town over the year, where a name reader sees one proper word.
 */
export function mayBeAuthorName(name: string): boolean {
  const text = name.trim();
  return (
    looksLikePersonName(text) &&
    !LONE_INITIAL.test(text) &&
    !isSiteChrome(text) &&
    !isHeadingWord(text) &&
    !DEGREE_ONLY.test(text) &&
    !/:$|^NIP\b/.test(text) &&
    !FRONT_MATTER_WORD.test(text) &&
    !isUniversityTown(text)
  );
}

/** E-mail addresses and the brackets around them. */
const EMAIL = new RegExp(String.raw`\s*[([]?${EMAIL_ADDRESS}[)\]]?|\s*\[email\s+protected\]`, 'gi');

/** A degree printed after a name and a comma: "S.Kom", "S.H.", "M.Si.", "Ph.D". */
const DEGREE_AFTER_NAME = /^(?:\p{Lu}\p{L}{0,3}\.)+\p{L}{0,4}\.?$/u;

/** The names of a names line, marks removed; a degree after a comma stays with its name ("Name, S.Kom"). */
function namesOf(line: string): string[] {
  const parts = line
    .replace(EMAIL, '')
    .split(NAME_SEPARATOR)
    .map(stripNameMarkers)
    .filter((name) => name !== '');
  return parts.reduce<string[]>((names, part) => {
    if (DEGREE_AFTER_NAME.test(part) && names.length > 0) names[names.length - 1] = `${names.at(-1)}, ${part}`;
    else names.push(part);
    return names;
  }, []);
}

/** A name as the cover prints it, without the student number or e-mail printed after it. */
function nameBeforeNumber(text: string): string {
  return stripNameMarkers(text.replace(EMAIL, '').replace(NUMBER_AFTER_NAME, ''));
}

function after(lines: readonly FrontLine[], index: number): string {
  return lines.slice(index + 1).find((line) => !isSiteChrome(line.text))?.text ?? '';
}

/**
 * Names after a by-label, on its line or the next; names run on into their unit ("by Ani Lestari
 * University of X") without the unit (see {@link splitNamesAndAffiliation}).
 */
function byLabelNames(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.flatMap(({ text, index }) => {
    const named = textAfterByLabel(text) ?? (BY_LABEL_LINE.test(text) ? after(lines, index) : undefined);
    if (!named) return [];
    const name = nameBeforeNumber(named);
    if (looksLikePersonName(name)) return [{ value: [name], score: 0.8, reason: "name after 'oleh/by'" }];
    // After the label a person's name comes first, so a unit's kind after it ends the name ("by Ani Lestari University of X").
    const withUnit = splitNamesAndAffiliation(named, 1)?.names;
    if (withUnit) return [{ value: withUnit, score: 0.75, reason: "names after 'oleh/by', their unit run on after them" }];
    return isNamesLine(named) ? [{ value: namesOf(named), score: 0.75, reason: "names after 'oleh/by'" }] : [];
  });
}

/** A student number printed before the name and a dash, as a catalogue lists its author: "119105111 - Farah Salsabilla". */
export const NUMBER_BEFORE_NAME = /^(\d[\d.]{6,}\d)\s+[-–]\s+(.+)$/;

/** A name with a student number beside it, before it or on the next line. */
function namesBesideNumbers(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.flatMap(({ text, index }) => {
    const numberFirst = NUMBER_BEFORE_NAME.exec(text)?.[2];
    if (numberFirst) return looksLikePersonName(numberFirst) ? [{ value: [numberFirst], score: 0.6, reason: 'name after a student number' }] : [];
    const numberHere = findStudentNumber(text) !== undefined || NUMBER_AFTER_NAME.test(text);
    const numberBelow = isBareStudentNumber(after(lines, index)) || /^\d{7,}$/.test(after(lines, index));
    const name = nameBeforeNumber(text.replace(/^(?:oleh|by)\s*[:,]?\s*/i, ''));
    if (/\bISSN\b/i.test(text) || !(numberHere || numberBelow) || name === text.trim() && numberHere || !looksLikePersonName(name)) return [];
    return [{ value: [name], score: 0.6, reason: 'name beside a student number' }];
  });
}

/** A list bullet opening a line: "•", "-", "*". */
const BULLET = /^[•·▪◦*-]\s*/u;

/** True for a line that is nothing but e-mail addresses (an "Email:" label allowed). */
function isEmailLine(line: string): boolean {
  const text = line.trim();
  const rest = text.replace(EMAIL, '');
  return rest !== text && rest.replace(/^e-?mail\s*:?/i, '').replace(/[\s,;]/g, '') === '';
}

/**
 * The names of the lines after line `at` that go on with its list: each line before ends on a
 * comma, as a list of authors broken over three lines or more does ("1Ani,2Budi," / "3Citra,
 * 4Dewi," / "5Eka"), or both carry affiliation marks, as authors printed one a line do
 * ("Dewi Lestari1" / "Rudi Hartono2" / "Andi Saputra1").
 */
function namesContinuing(lines: readonly FrontLine[], at: number, ordinary: ReadonlySet<string>): string[] {
  const names: string[] = [];
  const nextOf = (line: number): string => listContinuation(lines[line]?.text ?? '', lines[line + 1]?.text ?? '', ordinary);
  const goesOn = (line: string, next: string): boolean => isNamesLine(next) && (/,$/.test(line) || (isMarkedNamesLine(line) && isMarkedNamesLine(next)));
  for (let line = at; goesOn(lines[line]?.text ?? '', nextOf(line)); line++) names.push(...namesOf(nextOf(line)));
  return names;
}

/** A joining word opening the line that closes a list of names: "and Citra Lestari", "dan Budi Santoso", "& Dewi". */
const OPENING_JOINER = /^(?:and|dan|&)\s+/i;

/**
 * `next` as the rest of the list of names on `line`: without the joining word it opens with when
 * the list goes on to it, after a comma ("Ani Lestari, Budi Santoso," / "and Citra Dewi"), or
 * from full names to full names whose words the text never writes in lower case (`ordinary`); a
 * title's last line ("and Malaysia") is neither. Otherwise `next` as printed.
 */
function listContinuation(line: string, next: string, ordinary: ReadonlySet<string>): string {
  if (!OPENING_JOINER.test(next)) return next;
  const rest = next.replace(OPENING_JOINER, '');
  const fullNames = (text: string): boolean =>
    isNamesLine(text) && namesOf(text).every((name) => name.split(/\s+/).length >= 2 && readsAsNames(name, ordinary));
  return /,$/.test(line.trim()) || (fullNames(line) && fullNames(rest)) ? rest : next;
}

/**
 * True when two or more of `names` are phrases of a heading in capitals above them: a list of
 * topic words ("Human Smuggling, Law Enforcement" under "THE CAUSES OF HUMAN SMUGGLING ...", its
 * "Keywords:" label lost) repeats its title's words, while a study's title seldom names one of
 * its authors, never two.
 */
function echoesHeadingAbove(names: readonly string[], above: readonly FrontLine[]): boolean {
  const headings = above.filter(({ text }) => !/\p{Ll}/u.test(text) && /\p{Lu}/u.test(text)).map(({ text }) => ` ${normalizeForMatch(text)} `);
  return names.filter((name) => headings.some((heading) => heading.includes(` ${normalizeForMatch(name)} `))).length >= 2;
}

/**
 * The names line under a heading or over an affiliation line: an article's authors. Names with
 * marks or e-mail addresses weigh more than a bare line of names, and a line over the
 * affiliations more than one only under a heading (a title's last words may stand alone there).
 */
function authorLines(lines: readonly FrontLine[], ordinary: ReadonlySet<string>): Candidate<string[]>[] {
  return lines.slice(1).flatMap(({ text: printed, index }) => {
    // A journal's page may list its authors with a bullet: "• PUTERI NUR SHALIHA".
    const text = printed.replace(BULLET, '');
    const above = lines[index - 1]!.text;
    // A heading ending on a joining word ("... ABU SAYYAF DI") goes on on this line: it is the title's end, its mark a footnote's.
    const headingAbove = above.split(/\s+/).length >= 3 && !isNamesLine(above) && !isSiteChrome(above) && !BY_LABEL_LINE.test(above) && !endsOnJoiningWord(above);
    // The affiliation may open with the field's name before its faculty ("Ilmu Hubungan Internasional, Fakultas ...").
    const below = after(lines, index);
    const affiliationBelow = opensWithUnitName(below) || opensWithFieldBeforeFaculty(below);
    if (!isNamesLine(text) || !(headingAbove || affiliationBelow)) return [];
    // A line in capitals under a title in capitals is as likely the title's last line, unless an affiliation follows it.
    if (!/\p{Ll}/u.test(above) && /^\p{Lu}+$/u.test(text.replace(/[\s,.]/g, '')) && !affiliationBelow) return [];
    const names = namesOf(text);
    // A following line of names without affiliation marks continues the list ("Syamsulrizal M. Syaprin Zahidi").
    const next = listContinuation(text, after(lines, index), ordinary);
    const more = isNamesLine(next) ? [...namesOf(next), ...namesContinuing(lines, index + 1, ordinary)] : [];
    const marked = isMarkedNamesLine(text) || (more.length > 0 && isMarkedNamesLine(next));
    if (marked) return [{ value: [...names, ...more], score: 0.6, reason: 'marked names under a heading' }];
    // An e-mail address printed alone under the names ties them to a person as a mark does.
    if (isEmailLine(next)) return [{ value: names, score: 0.6, reason: 'names over an e-mail address' }];
    if (affiliationBelow) return [{ value: names, score: 0.55, reason: 'names over an affiliation line' }];
    // Full names in mixed case whose words the text never writes in lower case are no title's last
    // line; a line in capitals is as often a heading ("I. INTRODUCTION").
    const listed = [...names, ...more];
    if (echoesHeadingAbove(listed, lines.slice(0, index))) return [];
    const namesByWords = listed.every((name) => name.split(/\s+/).length >= 2 && /\p{Ll}/u.test(name) && readsAsNames(name, ordinary));
    if (namesByWords) return [{ value: listed, score: 0.55, reason: 'names under a heading, their words never in lower case' }];
    return [{ value: listed, score: 0.45, reason: 'names under a heading' }];
  });
}

/**
 * Authors printed each over their affiliation, as a journal's article page lists them ("Ahmad
 * Fauzi" / "Universitas Airlangga" / "Siti Rahma" / "Universitas Indonesia"), each perhaps with
 * the e-mail address under the affiliation ("E-mail: ahmad@..."): every name of the first run of
 * such blocks, read as one list rather than as rivals.
 */
function namesOverAffiliations(lines: readonly FrontLine[]): Candidate<string[]>[] {
  /** Where the block of a name over its affiliation at `at` ends (its contact lines included), or -1 for none there. */
  const blockEnd = (at: number): number => {
    if (!isNamesLine(lines[at]?.text ?? '') || !opensWithUnitName(lines[at + 1]?.text ?? '')) return -1;
    let end = at + 2;
    while (isEmailLine(lines[end]?.text ?? '')) end++;
    return end;
  };
  const start = lines.findIndex(({ index }) => blockEnd(index) >= 0);
  if (start < 0) return [];
  const names: string[] = [];
  let blocks = 0;
  for (let at = start; blockEnd(at) >= 0; at = blockEnd(at), blocks++) names.push(...namesOf(lines[at]!.text));
  return blocks >= 2 ? [{ value: names, score: 0.6, reason: 'names each over an affiliation line' }] : [];
}

/**
 * The names a journal page lists one to a line under its label over the article ("Main Article
 * Content" / "Bintang Corvi Diphda" / "Wishnu Mahendra Wiswayana" / "Abstract"): the list ends
 * at the first line that is no name.
 */
function namesUnderArticleContent(lines: readonly FrontLine[]): Candidate<string[]>[] {
  const label = lines.findIndex(({ text }) => ARTICLE_CONTENT_LABEL.test(text.trim()));
  if (label < 0) return [];
  const names: string[] = [];
  for (let at = label + 1; at < lines.length && mayBeAuthorName(lines[at]!.text); at++) names.push(lines[at]!.text.trim());
  return names.length > 0 ? [{ value: names, score: 0.7, reason: "names one to a line under the page's article label" }] : [];
}

/** A heading over a page's list of authors, alone on its line. */
const AUTHORS_HEADING = /^(?:authors?|penulis|pengarang)\s*:?$/i;


/**
 * A unit whose kind is named before its own name ("Universitas X", "Program Studi X", "Faculty
 * of X"): no capitalised word before it is part of its name, as "Royal Melbourne" is of "Royal
 * Melbourne Institute of Technology".
 */
const UNIT_WORD_FIRST = /^(?:universitas|university\s+of|institut|institute\s+of|fakultas|program\s+studi|prodi|jurusan|departemen|departe?ment\s+of|faculty\s+of|school\s+of|sekolah\s+tinggi|politeknik)\b/i;

/**
 * An English degree set after a name with a space, no comma, right before a university: "DAVIS
 * B.S., The University of X, 1994" gives the degree earned there, which is no part of the name
 * (a degree the name carries follows a comma: "Budi Santoso, M.A.").
 */
const DEGREE_FROM_UNIT = /(?<=[\p{L}.])\s+(?:B|M)\.\s?(?:A|S|Sc|Ed)\.$/u;

/**
 * The name opening `line` and the affiliation after it, none where a degree before the unit says
 * the author studied there before ({@link DEGREE_FROM_UNIT}): after a comma ("Name, Universitas X"), or
 * on a bulleted line, or one `listed` under an authors heading, right after the name ("• Name
 * Universitas X"). Without either mark a unit's own name may open the same way ("Royal Melbourne
 * Institute of Technology"), so there the name must be two words or more that the text never
 * writes in lower case (`ordinary`), before a unit named kind first ({@link UNIT_WORD_FIRST}).
 */
export function splitNameAndAffiliation(line: string, ordinary: ReadonlySet<string>, listed = false): { name: string; affiliation?: string } | undefined {
  const bulleted = listed || BULLET.test(line.trim());
  const text = line.trim().replace(BULLET, '');
  // A line that opens with a unit's own name ("Magister Ilmu Sosial Fakultas ...") opens with no person's.
  if (opensWithUnitName(text)) return undefined;
  for (const cut of text.matchAll(/,\s*|\s+/g)) {
    const name = text.slice(0, cut.index).trim();
    const affiliation = text.slice(cut.index + cut[0].length);
    const plain = !cut[0].includes(',') && !bulleted;
    if (plain && !(name.split(/\s+/).length >= 2 && readsAsNames(name, ordinary) && UNIT_WORD_FIRST.test(affiliation))) continue;
    if (!opensWithUnitName(affiliation)) continue;
    const named = name.replace(DEGREE_FROM_UNIT, '');
    if (!looksLikePersonName(named) || isListOfFullNames(named)) return undefined;
    // The university after a degree is where the author earned it, not the unit of this work.
    return named === name ? { name: stripNameMarkers(named), affiliation } : { name: stripNameMarkers(named) };
  }
  return undefined;
}

/**
 * True for two full names or more joined by commas ("Andi Wijaya, Siti Rahma"), which pass as one
 * name: one name holds a comma only before its degrees ("Budi Santoso, M.A.") or its given name
 * when inverted ("Santoso, Budi").
 */
function isListOfFullNames(text: string): boolean {
  const parts = text.split(/,\s+/);
  return parts.length >= 2 && parts.every((part) => part.split(/\s+/).length >= 2 && !DEGREE_AFTER_NAME.test(part));
}

/** Between the names of a list run into its units: a comma and a space (not the comma inside "S.H.,MS"), a comma after a name's mark ("Ani*,Budi"), "and", "dan", "&". */
const LISTED_NAMES_APART = /,\s+|(?<=\p{L}[*†‡])\s*,\s*|\s+(?:and|dan|&)\s+/u;

/**
 * The names of a list run on into the units on one line, where the line breaks were lost: "Ani
 * Lestari, Budi Santoso S.H.,MS, Dr. Citra Dewi S.H.,MKn. Fakultas Hukum Universitas X". At least
 * `fewest` full names (two unless a label before the line says names come first), each with its
 * degrees, before a unit named kind first; undefined otherwise.
 */
export function splitNamesAndAffiliation(line: string, fewest = 2): { names: string[]; affiliation: string } | undefined {
  const text = line.trim().replace(EMAIL, '');
  for (const cut of text.matchAll(/\s+/g)) {
    const affiliation = text.slice(cut.index + cut[0].length);
    if (!UNIT_WORD_FIRST.test(affiliation) || !opensWithUnitName(affiliation)) continue;
    const names = text.slice(0, cut.index).split(LISTED_NAMES_APART).map(stripNameMarkers);
    const listed = names.length >= fewest && names.every((name) => looksLikePersonName(name) && name.split(/\s+/).length >= 2);
    return listed ? { names, affiliation } : undefined;
  }
  return undefined;
}

/**
 * The author a repository prints first on the line over its record line ("INDANA ZULFA, I Made
 * Arsana, S.T., M.E., Ph.D." over "2022 | Skripsi | S1 TEKNIK GEODESI"); the names after the
 * author are the supervisors', whose role the page does not print, so they are not read.
 */
function authorOverRecordLine(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.slice(1).flatMap(({ text, index }) => {
    if (readStudyRecordProgramme(text) === undefined) return [];
    const first = lines[index - 1]!.text.split(',')[0]!.trim();
    return looksLikePersonName(first) && first.split(/\s+/).length >= 2 ? [{ value: [first], score: 0.6, reason: "the first name over a repository's record line" }] : [];
  });
}

/** A list of names run on into its units on one line. */
function namesRunIntoUnits(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.flatMap(({ text }) => {
    const names = splitNamesAndAffiliation(text)?.names;
    return names ? [{ value: names, score: 0.55, reason: 'names run on into their units' }] : [];
  });
}

/**
 * The words `lines` write in lower case, which no name holds. An e-mail address spells its
 * owner's name in lower case ("robi.nurhadi@..."), so its words are not counted.
 */
export function ordinaryWordsOf(lines: readonly FrontLine[]): Set<string> {
  return lowerCaseWords(lines.map((line) => line.text.replace(EMAIL, ' ')).join('\n'));
}

/** True when a line ends in the middle of a sentence (a small word or a comma), so the next line continues it. */
function runsOn(line: string | undefined): boolean {
  return line !== undefined && /(?:\s\p{Ll}+|,)$/u.test(line.trim());
}

/**
 * Authors listed one a line, each with the affiliation after the name ("Hartana, Universitas
 * Pendidikan Ganesha", "• Mhd. Syahnan Universitas Islam Negeri Sumatera Utara"): the first
 * run of such lines. A line continuing a sentence ("... Faculty of Social and" / "Political
 * Sciences, Hasanuddin University.") is no such line.
 */
function namesWithAffiliations(lines: readonly FrontLine[], ordinary: ReadonlySet<string>): Candidate<string[]>[] {
  const read = (at: number, listed = false): string | undefined =>
    runsOn(lines[at - 1]?.text) ? undefined : splitNameAndAffiliation(lines[at]?.text ?? '', ordinary, listed)?.name;
  // Under an authors heading ("Authors", "Penulis") each line is a name and its unit, as a page's author list prints them.
  const heading = lines.findIndex(({ text }) => AUTHORS_HEADING.test(text.trim()));
  const listed = heading >= 0 && read(heading + 1, true) !== undefined;
  const start = listed ? heading + 1 : lines.findIndex(({ index }) => read(index) !== undefined);
  if (start < 0) return [];
  const names: string[] = [];
  for (let at = start; read(at, listed) !== undefined; at++) names.push(read(at, listed)!);
  return [{ value: names, score: 0.6, reason: 'names each followed by an affiliation' }];
}

/**
 * A page that opens with its authors above everything else: marked for their affiliations, or a
 * list of full names over the text. A word in capitals run into a number ("UNISCIDP58") is a
 * file's name, not a marked name.
 */
function openingAuthors(lines: readonly FrontLine[], ordinary: ReadonlySet<string>): Candidate<string[]>[] {
  const first = lines[0]?.text ?? '';
  if (!isNamesLine(first)) return [];
  const names = namesOf(first);
  if (names.length === 0 || !names.every((name) => /\p{Ll}/u.test(name))) return [];
  if (isMarkedNamesLine(first)) return [{ value: names, score: 0.6, reason: 'marked names opening the page' }];
  // Without marks, a list of two full names or more whose words the text never writes in lower case, over prose.
  const listed = names.length >= 2 && names.every((name) => name.split(/\s+/).length >= 2 && readsAsNames(name, ordinary));
  return listed && /\p{Ll}{2,}\s+\p{Ll}{2,}/u.test(lines[1]?.text ?? '') ? [{ value: names, score: 0.5, reason: 'a list of full names opening the page, over prose' }] : [];
}

/** Fewest words of a line that, printed again inside a longer line, is taken for the title there. */
const MIN_REPEATED_TITLE_WORDS = 4;

/** Where an affiliation opens after the names: its marks ("1,2,3", "a") before a capitalised word. */
const AFFILIATION_MARKS = /\s(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:,\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})*|[a-e](?:,[a-e])*)\)?\s+(?=\p{Lu})/u;

/**
 * Marked names run on after the title in a page run into one line ("... at the Border Syifa
 * Haerunisa1,Puguh Santoso2, Achmed Sukendro3 1,2,3 Peace and Conflict ..."): where another
 * line prints the title alone, what follows it in the long line up to the affiliation's marks.
 */
function namesAfterRepeatedTitle(lines: readonly FrontLine[]): Candidate<string[]>[] {
  const titles = lines.map(({ text }) => text.trim()).filter((text) => text.split(/\s+/).length >= MIN_REPEATED_TITLE_WORDS && !isSiteChrome(text));
  return lines.flatMap(({ text }) => {
    const title = titles.find((candidate) => candidate !== text.trim() && text.includes(`${candidate} `));
    if (!title) return [];
    const rest = text.slice(text.indexOf(title) + title.length).trim();
    const names = parseAuthorList(rest.split(AFFILIATION_MARKS)[0]!, false);
    return names ? [{ value: names, score: 0.55, reason: 'marked names run on after the title' }] : [];
  });
}

/** The marked names a title in capitals runs on into ("... DI KOTA SINGKAWANG Yulianti 1, Arkanudin2"), their line break lost. */
function namesRunOnAfterCapitalsTitle(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.flatMap(({ text }) => {
    const run = splitTitleRunIntoNames(text);
    return run ? [{ value: namesOfLine(run.names), score: 0.55, reason: 'marked names run on after a title in capitals' }] : [];
  });
}

/**
 * Degrees printed after a name on an English cover, each with the university in brackets:
 * "BA (Universitas Jember), MA (Nagoya University)", "BSc, MPhil".
 */
const DEGREE = String.raw`${ACADEMIC_DEGREE}(?:\s*\([^)]*\))?`;
const DEGREES_AFTER_NAME = new RegExp(String.raw`\s+${DEGREE}(?:[,\s]+${DEGREE})*$`, 'u');

/**
 * The name under a cover's submission statement ("A thesis submitted in fulfilment ..."), with
 * the degrees the author already holds printed after it.
 */
function nameUnderSubmission(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.slice(1).flatMap(({ text, index }) => {
    if (!STUDY_TYPE_LINE.test(lines[index - 1]!.text) || !DEGREES_AFTER_NAME.test(text)) return [];
    const name = text.replace(DEGREES_AFTER_NAME, '').trim();
    return looksLikePersonName(name) ? [{ value: [name], score: 0.6, reason: 'name with degrees under the submission statement' }] : [];
  });
}

/**
 * A repository's abstract page heading its abstract with who wrote it where and when: "Nur Afni
 * Damanik, International Relations 2014, President University." The name, then a part closing on
 * a year, then a university and nothing else.
 */
const NAME_YEAR_UNIVERSITY = /^([^,]+),\s+([^,]*?)\s*\b(?:19|20)\d{2},\s+([^,]+?)\.?$/u;

/** A study programme's name: capitalised words, perhaps joined by "and", "of" or "dan". */
const PROGRAMME_NAME = /^\p{Lu}\p{L}*(?:\s+(?:(?:and|of|dan|&)\s+)?\p{Lu}\p{L}*){0,5}$/u;

/**
 * The name, the study programme (when the part before the year names one) and the university of
 * a repository's abstract heading: "Nur Afni Damanik, International Relations 2014, President
 * University." Undefined for any other line.
 */
export function readNameYearUniversity(text: string): { name: string; programme?: string; institution: string } | undefined {
  const [, name, programme, unit] = NAME_YEAR_UNIVERSITY.exec(text.trim()) ?? [];
  if (!name || !unit || !looksLikePersonName(name) || parseAffiliation(unit).institution !== unit) return undefined;
  return programme && PROGRAMME_NAME.test(programme) ? { name, programme, institution: unit } : { name, institution: unit };
}

/**
 * A statement of an approval or recommendation page naming who submitted the thesis: "This thesis
 * entitled “...” prepared and submitted by Rizky Anugerah Putra in partial fulfillment ...". The
 * name is the run of capitalised words after "submitted by", closed by the small word after it.
 */
const SUBMITTED_BY_NAME = /\bsubmitted\s+by\s+(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,5})\s+(?=\p{Ll})/u;

/** "Author Biography" followed by "Name, affiliation"; "I, Name, declare"; "© Name, May 2016"; "Name, Programme 2014, University." */
function statedAuthors(lines: readonly FrontLine[]): Candidate<string[]>[] {
  return lines.flatMap(({ text, index }) => {
    const recorded = readNameYearUniversity(text)?.name;
    if (recorded) return [{ value: [recorded], score: 0.6, reason: 'name, year and university heading the abstract' }];
    const declared = /^I,\s+([^,]+),\s+(?:hereby\s+)?(?:declare|certify)/i.exec(text)?.[1];
    if (declared && looksLikePersonName(declared)) return [{ value: [declared], score: 0.6, reason: 'the declaration names the author' }];
    const submitter = SUBMITTED_BY_NAME.exec(text)?.[1];
    if (submitter && looksLikePersonName(submitter)) return [{ value: [submitter], score: 0.6, reason: 'the statement names who submitted the thesis' }];
    const copyright = /^©\s*([^,]+),/.exec(text)?.[1];
    if (copyright && looksLikePersonName(copyright)) return [{ value: [copyright], score: 0.45, reason: 'the copyright line names the author' }];
    const catalogue = /^\[thesis\]$/i.test(lines[index - 1]?.text ?? '') && /^\p{Lu}[\p{L}'-]+,\s+\p{Lu}[\p{L}.' -]+$/u.test(text);
    if (catalogue) return [{ value: [text], score: 0.6, reason: "the catalogue's name line" }];
    // A library catalogue (SLiMS) names each author with the kind of name: "Farah Salsabilla - Personal Name".
    const personal = /^(.+?)\s+[-–]\s+personal\s+name$/i.exec(text)?.[1];
    if (personal && looksLikePersonName(personal)) return [{ value: [personal], score: 0.7, reason: "the catalogue's personal-name entry" }];
    const biography = /^author biography$/i.test(lines[index - 1]?.text ?? '') ? /^([^,]+),/.exec(text)?.[1] : undefined;
    return biography && looksLikePersonName(biography) ? [{ value: [biography], score: 0.55, reason: 'the author biography' }] : [];
  });
}

/**
 * The names of a catalogue's author field in its citation form, surname first: "Sudirman, Arfin,
 * Djuyandi, Yusa, Rebecca, Clara Uli" gives "Sudirman, Arfin", "Djuyandi, Yusa", "Rebecca, Clara
 * Uli". Read so only when the parts pair up and every surname is one word; a list of full names
 * ("Ani Lestari, Budi Santoso") is not inverted.
 */
export function invertedNames(value: string): string[] | undefined {
  const parts = value.split(/\s*,\s*/).map((part) => part.trim());
  if (parts.length < 2 || parts.length % 2 !== 0 || !parts.every(looksLikePersonName)) return undefined;
  const pairs = parts.flatMap((part, at) => (at % 2 === 0 ? [[part, parts[at + 1]!] as const] : []));
  return pairs.every(([surname]) => !/\s/.test(surname)) ? pairs.map(([surname, given]) => `${surname}, ${given}`) : undefined;
}

/** The names a form gives after its name label: "Nama : Dewi Anggraini Saragih", "Hauptverfasser: Sudirman, Arfin, ...". */
function formNames(lines: readonly FrontLine[]): Candidate<string[]>[] {
  // A form run into one line ("Student : Name ID : 2188306 Supervisor : ...") is read field by field.
  return lines.flatMap(({ text: line }) => splitFormFields(line)).flatMap((text) => {
    const field = readLabelledField(text);
    // "Oleh:" and "By:" are read by the by-label evidence; counting them twice would inflate them.
    if (field?.kind !== 'author' || /\b(?:oleh|by)$/i.test(field.label)) return [];
    const reason = `name after the form label '${field.label}'`;
    const inverted = invertedNames(field.value);
    if (inverted) return [{ value: inverted, score: 0.8, reason: `${reason}, surnames first` }];
    if (/,|\s(?:and|dan|&)\s/.test(field.value) && isNamesLine(field.value)) return [{ value: namesOf(field.value), score: 0.8, reason: `names after the form label '${field.label}'` }];
    const name = nameBeforeNumber(field.value);
    return looksLikePersonName(name) ? [{ value: [name], score: 0.85, reason }] : [];
  });
}

/**
 * Every author candidate the front gives; each candidate is the whole list of authors. A list
 * with a part that cannot be an author's name (a degree, a label, chrome) is no candidate. Names
 * whose marks' notes call them supervisors are left out of every list: the document says they
 * supervised the work, not that they wrote it.
 */
export function authorCandidates(lines: readonly FrontLine[]): Candidate<string[]>[] {
  const ordinary = ordinaryWordsOf(lines);
  const supervising = new Set(markedSupervisors(lines).map((supervisor) => supervisor.name));
  const authorsOnly = (candidate: Candidate<string[]>): Candidate<string[]> =>
    supervising.size === 0 ? candidate : { ...candidate, value: candidate.value.filter((name) => !supervising.has(name)) };
  return [
    ...formNames(lines),
    ...byLabelNames(lines),
    ...namesBesideNumbers(lines),
    ...authorLines(lines, ordinary),
    ...namesOverAffiliations(lines),
    ...namesUnderArticleContent(lines),
    ...namesWithAffiliations(lines, ordinary),
    ...namesAfterRepeatedTitle(lines),
    ...namesRunOnAfterCapitalsTitle(lines),
    ...namesRunIntoUnits(lines),
    ...authorOverRecordLine(lines),
    ...nameUnderSubmission(lines),
    ...openingAuthors(lines, ordinary),
    ...statedAuthors(lines),
  ]
    .map(authorsOnly)
    .filter((candidate) => candidate.value.length > 0 && candidate.value.every(mayBeAuthorName))
    .map((candidate, _at, all) => withWiderList(candidate, all));
}

/**
 * A candidate that read only the last line of a list another candidate reads whole ("M. Kholit
 * Juani" over the affiliation, under "Hardi Alunaza S.D") supports the whole list rather than
 * rivalling it, when the names before it are full names, each person's once.
 */
function withWiderList(candidate: Candidate<string[]>, all: readonly Candidate<string[]>[]): Candidate<string[]> {
  const key = (names: readonly string[]) => names.map(normalizeForMatch).join('\n');
  // A list naming one person twice ("WIDYA S." over "Widya S.", a page printing its author twice) is no list of authors.
  const distinct = (names: readonly string[]) => new Set(names.map(normalizeForMatch)).size === names.length;
  // The names before must be full names: a title's last word alone over the names ("Aspect") is no author.
  const fullNames = (names: readonly string[]) => names.every((name) => name.trim().split(/\s+/).length >= 2);
  const wider = all.find((other) => {
    const before = other.value.slice(0, other.value.length - candidate.value.length);
    return before.length > 0 && fullNames(before) && distinct(other.value) && key(other.value.slice(before.length)) === key(candidate.value);
  });
  return wider ? { ...candidate, value: wider.value, reason: `${candidate.reason}, the end of a longer list` } : candidate;
}
