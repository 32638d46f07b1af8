/**
 * Evidence for a study's title: a block of capitals near the top, the lines over "SKRIPSI", "A
 * thesis submitted" or "Oleh", a "Judul:" field, an article's heading over its authors, the first
 * line of a page that opens with its title, and the title a sharing site repeats
 * ("Membagikan "..."", "Page 1: ...").
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';
import { isDateStamp } from '../news/dates.ts';
import {
  BY_LABEL_LINE,
  endsOnJoiningWord,
  opensOnJoiningWord,
  isCapitalsLine,
  isHeaderBlockLine,
  isHeadingWord,
  isNamesLine,
  isMarkedNamesLine,
  isSiteChrome,
  joinFieldLines,
  NOT_A_TITLE,
  PLACE_YEAR_LINE,
  splitTitleRunIntoNames,
  STUDY_TYPE_LINE,
} from './front-line-kinds.ts';
import { readLabelledField } from './labelled-fields.ts';
import { opensWithUnitName, parseAffiliation } from './affiliation.ts';
import { completedCutTitles } from './cut-title.ts';
import { readChapterHeading } from './chapters.ts';
import { isPublicationLine } from './publication-lines.ts';
import { titleFromPageTitle, withoutViewerPrefix } from './page-title.ts';
import { findStudentNumber, isBareStudentNumber } from './student-number.ts';
import type { Lang } from '../../langs.ts';
import { detectTitleLanguage, TITLE_WORDS } from './title-language.ts';
import { lowerCaseWords, readsAsNames } from './title-words.ts';
import { isNameWithDegrees } from './person-name.ts';

/** Most lines a printed title spans. */
const MAX_TITLE_LINES = 4;
/** Most lines of a cover's title in capitals, which a narrow cover sets a few words a line. */
const MAX_CAPITALS_TITLE_LINES = 6;
/** Fewest and most words of a title. */
const MIN_TITLE_WORDS = 3;
const MAX_TITLE_WORDS = 40;

/** Two form fields run into one line ("Student : Name ID : 2188306"): a label spaced before its colon, twice. */
const FORM_FIELDS_LINE = /\s[:：]\s.*\s[:：]\s/u;

/** A year in brackets before a capitalised word: a citation's "Name (2020) Title", never a title's own words. */
const CITATION_YEAR = /\((?:19|20)\d{2}\)\s+\p{Lu}/u;

/**
 * The name of a school alone, closing on the kind of unit: "NAVAL POSTGRADUATE SCHOOL", "Flinders
 * University", "Australian Defence College". One to five capitalised words and no joining word,
 * where a title about a unit would have one ("Bullying at School", "The Role of the University").
 */
const INSTITUTION_NAME_LINE = /^(?:\p{Lu}[\p{L}'’.-]*\s+){0,4}(?:SCHOOL|UNIVERSITY|COLLEGE|INSTITUTE|ACADEMY|POLYTECHNIC|School|University|College|Institute|Academy|Polytechnic)$/u;

/** Most words of the unit after a page title's dash. */
const MAX_SITE_UNIT_WORDS = 6;

/**
 * A page's title naming a journal and the unit that publishes it: "CORRUPTIO - Universitas
 * Lampung", "Jurnal Hukum | Faculty of Law". What follows the dash is the name of a unit and
 * nothing else; a study's title goes on with its subject after a dash, never with its publisher.
 */
function isSiteTitleWithUnit(text: string): boolean {
  const after = text.split(/\s[-–|]\s/).at(-1)!.trim();
  if (after === text.trim() || after.split(/\s+/).length > MAX_SITE_UNIT_WORDS || !opensWithUnitName(after)) return false;
  return Object.values(parseAffiliation(after)).includes(after);
}

/**
 * A bulleted line opens an item of a list: a journal page lists its authors so ("• PUTERI NUR
 * SHALIHA"), and a sharing site its title. It may open a title but never goes on with one.
 */
const BULLETED = /^[•·▪◦]\s/u;

/** A line that can continue a title: not chrome, a label, a unit, a date, a name with degrees, publication details or a citation. */
function mayContinueTitle(text: string): boolean {
  return (
    !isSiteChrome(text) &&
    !INSTITUTION_NAME_LINE.test(text.trim()) &&
    !isSiteTitleWithUnit(text) &&
    !CITATION_YEAR.test(text) &&
    !isDateStamp(text) &&
    !isHeaderBlockLine(text) &&
    !FORM_FIELDS_LINE.test(text) &&
    !isNameWithDegrees(text) &&
    !/^vol(?:ume)?\b/i.test(text) &&
    !NOT_A_TITLE.test(text) &&
    !PLACE_YEAR_LINE.test(text) &&
    !STUDY_TYPE_LINE.test(text) &&
    !BY_LABEL_LINE.test(text) &&
    !isPublicationLine(text)
  );
}

/**
 * A line that can open a title: neither a line that cannot continue one, nor a line of names
 * (one name with its student number too), nor a title run on into its authors' marked names
 * (read by {@link titlesBeforeNames}).
 */
function mayBeTitleLine(text: string): boolean {
  const bulletedNames = BULLETED.test(text) && isNamesLine(text.replace(BULLETED, ''));
  const numberedName = CLOSING_STUDENT_NUMBER.test(text) && isAuthorLine(text);
  return mayContinueTitle(text) && !(isNamesLine(text) && !isCapitalsLine(text)) && !bulletedNames && !numberedName && splitTitleRunIntoNames(text) === undefined;
}

/** A student number closing an author's line: "Sri Ariani 016201400192", "AYU SINTIA NPM 1716071088". */
const CLOSING_STUDENT_NUMBER = /\s+(?:(?:NIM|NPM|NRP|Student\s+ID)\s*[.:]?\s*)?\d{8,}$/iu;

/** True for a line naming the author(s): names, or "Oleh: name", perhaps with the student number after the name. */
function isAuthorLine(text: string): boolean {
  return isNamesLine(text.replace(BULLETED, '').replace(/^(?:oleh|by)\s*[:,]?\s*/i, '').replace(CLOSING_STUDENT_NUMBER, ''));
}

/** The line after `index` that is not chrome, nor a date stamp (a web page dates its article between title and authors). */
function lineAfter(lines: readonly FrontLine[], index: number): string {
  return lines.slice(index + 1).find((line) => !isSiteChrome(line.text) && !isDateStamp(line.text))?.text ?? '';
}

/** What the whole front says about a line: the words it writes in lower case, and each line as matched. */
interface FrontContext {
  lines: readonly FrontLine[];
  ordinary: ReadonlySet<string>;
  printed: readonly string[];
}

function frontContext(lines: readonly FrontLine[]): FrontContext {
  return { lines, ordinary: lowerCaseWords(lines.map((line) => line.text).join('\n')), printed: lines.map((line) => normalizeForMatch(line.text)) };
}

/** True when `text` is printed again elsewhere as the start of a longer line or the whole of one: a title printed twice. */
function printedElsewhere(context: FrontContext, text: string, from: number): boolean {
  const key = normalizeForMatch(text);
  return key !== '' && context.printed.some((line, at) => at !== from && line.startsWith(key));
}

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/**
 * A sentence's end and the next sentence: a title has one sentence. A stop after a short
 * capitalised abbreviation ("Kec. Kedung Kab. Jepara", "Dr. Soetomo") ends none.
 */
const SENTENCE_BREAK = /(?:(?<![\s(]\p{Lu}\p{Ll}{1,2})\.|[!?])\s+\p{Lu}/u;

function isTitleSized(title: string): boolean {
  const words = wordCount(title);
  return words >= MIN_TITLE_WORDS && words <= MAX_TITLE_WORDS && !SENTENCE_BREAK.test(title);
}

/** What follows a title and how much it says that the lines above are one. */
function evidenceBelow(following: string, ordinary: ReadonlySet<string> = new Set()): { bonus: number; where: string } {
  // "by" alone is a label in any case; any other line going on in lower case continues a sentence: what is above it is running text.
  if (BY_LABEL_LINE.test(following) || /^(?:oleh|by)\s*[:,]/i.test(following)) return { bonus: 0.3, where: "over 'oleh/by'" };
  // The study type may be printed in brackets: "(Skripsi)".
  const studyType = /^\((.+)\)$/u.exec(following)?.[1] ?? following;
  if (/^[\p{Lu}[]/u.test(studyType) && STUDY_TYPE_LINE.test(studyType)) return { bonus: 0.3, where: 'over the study type' };
  if (!/^[\p{Lu}[]/u.test(following)) return { bonus: 0, where: 'alone' };
  // Names whose commas were lost read as names by their words; one word alone ("ABSTRACT") may be a heading.
  // A unit's name in capitals ("UNIVERSITAS NEGERI SEMARANG") reads like names but is the cover's affiliation.
  const names = isAuthorLine(following) || (wordCount(following) >= 2 && readsAsNames(following, ordinary));
  if (names && !opensWithUnitName(following)) return { bonus: 0.2, where: 'over the authors' };
  return { bonus: 0, where: 'alone' };
}

/** How many of the title words of `lang` a text has. */
function titleWordCount(text: string, lang: Lang): number {
  return text.match(TITLE_WORDS[lang])?.length ?? 0;
}

/**
 * Splits a capitals block in two where its language changes: a title printed in both languages.
 * The split is where the fewest words of the other language stay on each side (an English office
 * name inside an Indonesian title stays), the later one when two are as good.
 */
function splitByLanguage(block: readonly string[]): string[][] {
  let best: { at: number; cost: number } | undefined;
  for (let at = 1; at < block.length; at++) {
    // A line ending on "THE" or "DAN", or one opening with "DALAM", breaks inside one title, whatever language its words lean to.
    if (endsOnJoiningWord(block[at - 1]!) || opensOnJoiningWord(block[at]!)) continue;
    const before = block.slice(0, at).join(' ');
    const after = block.slice(at).join(' ');
    const first = detectTitleLanguage(before);
    const second = detectTitleLanguage(after);
    if (!first || !second || first === second) continue;
    const cost = titleWordCount(before, second) + titleWordCount(after, first);
    if (!best || cost <= best.cost) best = { at, cost };
  }
  return best ? [block.slice(0, best.at), block.slice(best.at)] : [[...block]];
}

/** True when a capitals line is a person's name: under "Oleh", or over a student number. */
function isCapitalsName(lines: readonly FrontLine[], start: number, end: number): boolean {
  const before = lines[start - 1]?.text ?? '';
  const after = lines[end]?.text ?? '';
  const text = lines.slice(start, end).map((line) => line.text).join(' ');
  return BY_LABEL_LINE.test(before) || isBareStudentNumber(after) || findStudentNumber(text) !== undefined;
}

/**
 * A cover printed twice, the first copy cut by a page break ("POSITIF DI INDONESIA" over the
 * whole "PERLINDUNGAN HUKUM ... MENURUT HUKUM POSITIF DI INDONESIA"): a block that is the end of
 * a longer block supports the longer one instead of rivalling it.
 */
function asWholeBlocks(found: readonly Candidate<string>[]): Candidate<string>[] {
  const keys = found.map((c) => normalizeForMatch(c.value));
  return found.map((c, n) => {
    const whole = found.find((_, m) => keys[m]!.length > keys[n]!.length && keys[m]!.endsWith(` ${keys[n]}`));
    return whole ? { ...c, value: whole.value, reason: `${c.reason}, the end of a longer block` } : c;
  });
}

/**
 * What follows a capitals block ending before line `end`; past one mixed-case line (a subtitle or
 * the course a cover names: "Metodologi Penelitian ...") when that line stands over the study
 * type or "Oleh" itself, a little weaker.
 */
function evidenceBelowCapitals(lines: readonly FrontLine[], end: number): { bonus: number; where: string } {
  const direct = evidenceBelow(lineAfter(lines, end - 1));
  const next = lines[end]?.text ?? '';
  if (direct.bonus > 0 || !isCoverSubtitle(next)) return direct;
  const past = evidenceBelow(lineAfter(lines, end));
  return past.bonus > 0 ? { bonus: past.bonus - 0.05, where: `${past.where}, past a line` } : direct;
}

/** A single mixed-case line that may stand between a cover's capitals title and its study type. */
function isCoverSubtitle(text: string): boolean {
  return text !== '' && !isCapitalsLine(text) && /^\p{Lu}/u.test(text) && mayBeTitleLine(text) && !isAuthorLine(text);
}

/** True when line `at` stands right under a capitals line that may be a title: it is then that title's subtitle or a course line. */
function underCapitalsTitle(lines: readonly FrontLine[], at: number): boolean {
  const above = lines[at - 1]?.text ?? '';
  return isCapitalsLine(above) && mayBeTitleLine(above) && !isCapitalsName(lines, at - 1, at);
}

/** A line wholly in brackets, in mixed case: a title's subtitle ("(Studi Kasus Eksploitasi di Kapal X)"). */
const BRACKETED_SUBTITLE = /^\((?=[^()]*\p{Ll})([^()]+)\)$/u;

/** True when `text` is a bracketed subtitle that may close a capitals title, not a study type or label in brackets. */
function isBracketedSubtitle(text: string): boolean {
  const inner = BRACKETED_SUBTITLE.exec(text.trim())?.[1];
  return inner !== undefined && wordCount(inner) >= MIN_TITLE_WORDS && mayBeTitleLine(inner);
}

/**
 * True when line `at` stands under a chapter's number alone ("BAB IV", "CHAPTER 2"), perhaps past
 * that chapter's title in capitals: a copy that opens so is a chapter, its capitals block the
 * chapter's title and the lines under it the chapter's prose, never a study's title.
 */
function inChapterOpening(lines: readonly FrontLine[], at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const text = lines[k]!.text;
    if (readChapterHeading(text)?.title === '') return true;
    if (!isSiteChrome(text) && !isCapitalsLine(text)) return false;
  }
  return false;
}

/** The period a study covers in brackets on its own line, closing its title: "(2003 – 2013)", "(2015-sekarang)". */
const BRACKETED_PERIOD = /^\((?:19|20)\d{2}\s*[–—-]\s*(?:(?:19|20)\d{2}|sekarang|present)\)$/iu;

/** True when `text` is a line closing a capitals title: a bracketed subtitle, or the period the study covers. */
function closesCapitalsTitle(text: string): boolean {
  return isBracketedSubtitle(text) || BRACKETED_PERIOD.test(text.trim());
}

/** Fewest words of a cover's title held in place by the study type over it and the evidence under it ("TUGAS AKHIR" / "TAJEN ONLINE" / "Diajukan ..."). */
const MIN_PLACED_TITLE_WORDS = 2;

/**
 * True for a short title (two words) of a cover printed right under the study type: over it the
 * study type, under it the submission or the author (the caller's evidence), leave no other
 * reading. Alone, two words in capitals are as often a unit or a heading.
 */
function isShortTitleUnderStudyType(lines: readonly FrontLine[], at: number, title: string): boolean {
  const above = lines[at - 1]?.text ?? '';
  return wordCount(title) >= MIN_PLACED_TITLE_WORDS && wordCount(title) < MIN_TITLE_WORDS && isCapitalsLine(above) && STUDY_TYPE_LINE.test(above);
}

/**
 * Blocks of consecutive capitals lines, with a bracketed subtitle in mixed case or the period studied under them (not
 * counted among the title's lines); a block in two languages gives one candidate per language.
 */
function capitalsBlocks(lines: readonly FrontLine[]): Candidate<string>[] {
  const found: Candidate<string>[] = [];
  for (let i = 0; i < lines.length; i++) {
    let j = i;
    while (j < lines.length && isCapitalsLine(lines[j]!.text) && mayBeTitleLine(lines[j]!.text) && !/,$/.test(lines[j]!.text) && !(j > i && BULLETED.test(lines[j]!.text))) j++;
    if (j === i) continue;
    if (!isCapitalsName(lines, i, j) && !inChapterOpening(lines, i)) {
      const subtitle = closesCapitalsTitle(lines[j]?.text ?? '') ? [lines[j]!.text] : [];
      const { bonus, where } = evidenceBelowCapitals(lines, j + subtitle.length);
      splitByLanguage(lines.slice(i, j).map((line) => line.text)).forEach((block, n, parts) => {
        const part = n === parts.length - 1 ? [...block, ...subtitle] : block;
        // A viewer's title bar in mixed case before a capitals title ("View of LAW ENFORCEMENT ...") is the site's.
        const title = withoutViewerPrefix(joinFieldLines(part));
        const sized = isTitleSized(title) || (bonus > 0 && isShortTitleUnderStudyType(lines, i, title));
        if (block.length > MAX_CAPITALS_TITLE_LINES || !sized) return;
        // The first of two language versions is the title proper; the second is its translation.
        const score = 0.4 + bonus + (i < 20 ? 0.05 : 0) - n * 0.05;
        found.push({ value: title, score, reason: `capitals block ${where}` });
      });
    }
    i = j - 1;
  }
  return asWholeBlocks(found);
}

/**
 * Whether line `j` continues a mixed-case heading: when the heading with it is printed whole
 * elsewhere (a page's header repeats the title on one line), after a hyphen, in lower case,
 * after a joining word ("... Policy of the"), or when the authors follow it; never when its words
 * read as names (none of them written in lower case in the text), as a title's last line does
 * not, nor when it is a line of names itself, nor names under a title closing on a question mark.
 */
function continuesHeading(context: FrontContext, block: readonly string[], j: number): boolean {
  const { lines, ordinary } = context;
  const line = lines[j]!.text;
  // A line the heading's first line opens with is the title printed again (a page's title bar over its heading).
  if (!mayContinueTitle(line) || BULLETED.test(line) || normalizeForMatch(block[0]!).startsWith(normalizeForMatch(line)) || isCapitalsLine(line)) return false;
  // A title closing on its question mark is over its author's name, though a page's description runs the two together.
  if (/[?!]$/.test(block.at(-1)!) && isAuthorLine(line)) return false;
  if (printedElsewhere(context, joinFieldLines([...block, line]), j - block.length) && wordCount(joinFieldLines(block)) >= MIN_TITLE_WORDS) return true;
  if (/-$/.test(block.at(-1)!) || /^\p{Ll}/u.test(line)) return true;
  if (readsAsNames(line, ordinary)) return false;
  if (endsOnJoiningWord(block.at(-1)!)) return true;
  // The line over the authors, the study type or "oleh" closes the heading: a title ends there.
  return evidenceBelow(lineAfter(lines, j), ordinary).bonus > 0 && !(isAuthorLine(line) && wordCount(line) >= 2);
}

/**
 * Mixed-case lines over the authors, the study type or "Oleh": an article's or catalogue's title.
 * A heading in two languages (a title over its translation) gives one candidate per language.
 */
function headingLines(context: FrontContext): Candidate<string>[] {
  const { lines, ordinary } = context;
  const found: Candidate<string>[] = [];
  /** Lines read as the continuation of a heading above: a heading's second line is no heading of its own. */
  const continued = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    const text = lines[i]!.text;
    if (continued.has(i) || isCapitalsLine(text) || inChapterOpening(lines, i) || !mayBeTitleLine(text) || !/^\p{Lu}/u.test(text) || /[.;,]$/.test(text) || readsAsNames(text, ordinary)) continue;
    const block = [text];
    let j = i + 1;
    while (j < lines.length && block.length < MAX_TITLE_LINES && continuesHeading(context, block, j)) block.push(lines[j++]!.text);
    const below = evidenceBelow(lineAfter(lines, j - 1), ordinary);
    if (below.bonus === 0) continue;
    for (let k = i + 1; k < j; k++) continued.add(k);
    // Under a cover's capitals title the evidence below is first the capitals block's.
    const under = block.length === 1 && underCapitalsTitle(lines, i);
    const bonus = under ? below.bonus - 0.1 : below.bonus;
    const where = under ? `${below.where}, under a capitals title` : below.where;
    splitByLanguage(block).forEach((part, n) => {
      const title = joinFieldLines(part);
      // A translation read with its title is the same evidence as its own heading, not a second piece.
      if (isTitleSized(title) && !found.some((c) => c.value === title)) found.push({ value: title, score: 0.35 + bonus - n * 0.05, reason: n === 0 ? `heading ${where}` : `heading ${where}, its translation` });
    });
  }
  return found;
}

/** The first line of a page that opens with its title (a journal's article page). */
function openingLine({ lines }: FrontContext): Candidate<string>[] {
  const at = lines.findIndex((line) => !isSiteChrome(line.text));
  const first = titleFromPageTitle(lines[at]?.text ?? '');
  // A line going on in lower case below it makes the first line the start of a paragraph.
  const paragraph = /^(?!https?:|www\.)\p{Ll}/u.test(lineAfter(lines, at));
  return mayBeTitleLine(first) && isTitleSized(first) && !paragraph && !/[.;,]$/.test(first) && /^\p{Lu}/u.test(first)
    ? [{ value: first, score: 0.35, reason: 'first line of the page' }]
    : [];
}

/** Another field's label run on after a value: "... PERAHUTEORI : KERJASAMA ...", a word and a colon. */
const NEXT_FIELD = /\S\s*[:：]\s/u;

/**
 * A labelled title that runs on into the next field ("JUDUL: ... MANUSIA PERAHUTEORI : ...") is
 * cut where a title printed on a line of its own ends, when the value opens with one; that line
 * (its quotation marks left off) is the title. Undefined when no line is the value's start.
 */
function titleRunInto(value: string, lines: readonly FrontLine[]): string | undefined {
  const key = normalizeForMatch(value).replace(/\s/g, '');
  const printed = lines
    .map(({ text }) => text.trim().replace(/^["“]|["”]$/gu, ''))
    .filter((text) => wordCount(text) >= MIN_TITLE_WORDS && text !== value && key.startsWith(normalizeForMatch(text).replace(/\s/g, '')));
  return printed.sort((a, b) => b.length - a.length)[0];
}

/** "Judul: ..." / "Title: ..."; a value run on into the next field weighs little unless a line prints the title alone. */
function labelledTitles(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text }) => {
    const field = readLabelledField(text);
    if (field?.kind !== 'title' || field.value === '') return [];
    if (!NEXT_FIELD.test(field.value)) return [{ value: field.value, score: 0.85, reason: 'after a title label' }];
    const cut = titleRunInto(field.value, lines);
    return [cut ? { value: cut, score: 0.85, reason: 'after a title label, cut where the next field runs in' } : { value: field.value, score: 0.4, reason: 'after a title label, run into the next field' }];
  });
}

/** The title a sharing site repeats around its copy; weak alone, it confirms the printed one. */
function sharedTitles(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text }) => {
    const shared = /^(?:membagikan\s+"(.+)"|page 1:\s+(.+))$/i.exec(text);
    const printed = shared?.[1] ?? shared?.[2];
    const title = printed === undefined ? undefined : titleFromPageTitle(printed);
    return title && isTitleSized(title) ? [{ value: title, score: 0.25, reason: "the sharing site's title" }] : [];
  });
}

/** A list of two or more names in ordinary case ("Ani Lestari, Budi Santoso"): an article's authors, never its title. */
function isNameList(text: string): boolean {
  return isNamesLine(text) && !isCapitalsLine(text) && /,|\s(?:and|dan|&)\s/u.test(text);
}

/**
 * A sharing site's snippet: a title cut by an ellipsis and run on after it ("Will Islamic
 * Extremism in Indonesia Affect Australia’s ... IPSP Islamic... · Will Islamic..."). No title
 * holds an ellipsis with words after it.
 */
const CUT_SNIPPET = /(?:\.{3}|…)\s+\S/u;

/**
 * True when `title` can be a title at all: no site chrome, snippet cut by an ellipsis, label,
 * unit, study-type line, header block, list of names, name with degrees, run of form fields, or title run on into
 * its authors' marked names (whose part before the names is read as a title of its own).
 */
export function mayBeTitle(title: string): boolean {
  return (
    !isSiteChrome(title) &&
    !CUT_SNIPPET.test(title) &&
    splitTitleRunIntoNames(title) === undefined &&
    !isHeadingWord(title) &&
    !NOT_A_TITLE.test(title) &&
    !STUDY_TYPE_LINE.test(title) &&
    !isMarkedNamesLine(title) &&
    !isNameList(title) &&
    !isHeaderBlockLine(title) &&
    !FORM_FIELDS_LINE.test(title) &&
    !isNameWithDegrees(title)
  );
}

/**
 * True when `title`, read from the block over an abstract with nothing else saying it is a title,
 * can stand as one: besides {@link mayBeTitle}, no date stamp and not names alone (an author's
 * line is what stands over the abstract of a copy whose title is missing). `ordinary` holds the
 * words the text writes in lower case, which no name is made of.
 */
export function mayStandAsTitle(title: string, ordinary: ReadonlySet<string>): boolean {
  return mayBeTitle(title) && !isDateStamp(title) && !isAuthorLine(title) && !readsAsNames(title, ordinary);
}

/**
 * A title in capitals run on into its authors' marked names on one line: the words before the
 * names, as the names and their marks say where the title ends.
 */
function titlesBeforeNames(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text }) => {
    const title = splitTitleRunIntoNames(text)?.title;
    return title && isTitleSized(title) && mayBeTitle(title) ? [{ value: title, score: 0.6, reason: "capitals title run into its authors' marked names" }] : [];
  });
}

/** A site's name after a dash or bar closing a page title, perhaps itself cut short: " - E", " | Kompas". */
const SITE_SUFFIX = /\s+[-–|]\s+[^-–|]{1,30}$/u;

/**
 * A title cut short where a page's title bar ran out ("Kebijakan Pemerintah Indonesia melalui -
 * E"): without the site's name after its dash it ends on a joining word, and a longer candidate
 * goes on from it. It then supports the longer title instead of rivalling it.
 */
function asUncutTitles(found: readonly Candidate<string>[]): Candidate<string>[] {
  return found.map((c) => {
    const cut = c.value.replace(SITE_SUFFIX, '');
    if (!endsOnJoiningWord(cut)) return c;
    const key = normalizeForMatch(cut);
    // Another copy of the same cut title (its first line, with the same site's name) is no longer title.
    const whole = found.find((other) => normalizeForMatch(other.value.replace(SITE_SUFFIX, '')) !== key && normalizeForMatch(other.value).startsWith(`${key} `));
    return whole ? { ...c, value: whole.value, reason: `${c.reason}, cut short` } : c;
  });
}

/** Every title candidate the front gives. */
export function titleCandidates(lines: readonly FrontLine[]): Candidate<string>[] {
  const context = frontContext(lines);
  return asUncutTitles([
    ...capitalsBlocks(lines),
    ...headingLines(context),
    ...openingLine(context),
    ...titlesBeforeNames(lines),
    ...labelledTitles(lines),
    ...sharedTitles(lines),
    ...completedCutTitles(lines),
  ]);
}
