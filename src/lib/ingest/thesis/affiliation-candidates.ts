/**
 * Evidence for a study's university, faculty and department, read from the front lines: a line
 * that opens with a unit's name ("FAKULTAS ILMU SOSIAL DAN POLITIK", "Faculty of Social and
 * Political Sciences, Padjadjaran University, Bandung") names the units in it. The first such
 * mention of a unit weighs most, as covers and article headers print their own units first;
 * later mentions that agree support it. Lines marked for the second and later authors ("2Fakultas
 * Hukum, ...") name co-authors' units, and are no evidence; nor is the publisher a journal names
 * ("Published by" / "GIGA Institute of ..."), nor the units printed under a journal's name or
 * publisher line (its masthead), which are nobody's affiliation. A line that opens with an
 * author's name and runs on into the units names them as one opening with the units, and so
 * does a cover's submission statement ("A thesis presented to the Faculty of X, Y University"),
 * a repository's abstract heading ("Name, International Relations 2014, X University."), a
 * by-line running the author's name into the units ("by Name University of X") and a
 * record line ("2022 | Skripsi | S1 TEKNIK GEODESI"); as
 * weaker evidence, a library record's imprint ("Depok: Fakultas Hukum Universitas
 * Indonesia, 2015"). An author's e-mail address
 * closing a unit line is set aside before the line is read. A town after a university's name is
 * dropped where the document prints the name without it.
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { type Affiliation, opensMasthead, opensWithFieldBeforeFaculty, opensWithUnitName, parseAffiliation, withoutClosingContact, withoutPublisher } from './affiliation.ts';
import { hasLeadingMarker } from './author-list.ts';
import { readStudyRecordProgramme } from './front-line-kinds.ts';
import { ordinaryWordsOf, readNameYearUniversity, splitNameAndAffiliation, splitNamesAndAffiliation, textAfterByLabel } from './author-candidates.ts';
import { isPublicationLine } from './publication-lines.ts';
import { nameWithoutTown } from './town-after-name.ts';

/** Affiliation candidates per unit. */
export type AffiliationCandidates = Record<keyof Affiliation, Candidate<string>[]>;

/** Longest line read as naming units rather than a sentence mentioning one. */
const MAX_WORDS = 25;

/** A new labelled field after a sentence end: "... Universitas X. Pembimbing: (1) Dr." */
const NEXT_FIELD = /\.\s+\p{Lu}[\p{L} ]{0,30}:.*$/u;

/** A line ending on a small word or a comma: the next line goes on with its sentence. */
const CUT_AFTER_SMALL_WORD = /(?:\s\p{Ll}+|,)$/u;

/** A cover's submission statement before the units it names: "A thesis presented to the ...", "Diajukan kepada ...". */
const SUBMITTED_TO = /^.*?\b(?:presented|submitted|diajukan|disampaikan)\s+(?:to|kepada)\s+(?:the\s+)?/i;

/**
 * The preposition a cover's line opens with before the unit it names, going on from the degree
 * above it ("A thesis submitted for the degree of Master of Arts" / "at the University of Otago").
 */
const AT_UNIT = /^(?:at|in)\s+(?:the\s+)?/i;

/** A library record's imprint, place before the publisher and a year after it: "Depok: Fakultas Hukum Universitas Indonesia, 2015". */
const IMPRINT = /^\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)?\s*:\s+(.+?),\s*(?:19|20)\d{2}\.?$/u;

/** The units `line` names after `leadIn`, from the first one on: "Faculty of Humanities X University in partial ...". */
function unitsAfter(line: string, leadIn: RegExp): string | undefined {
  const found = leadIn.exec(line);
  const units = found ? (found[1] ?? line.slice(found[0].length)) : '';
  return opensWithUnitName(units) ? units : undefined;
}

/**
 * The units an imprint names, as weak evidence: a cited work's imprint ("Jakarta: Universitas
 * Indonesia, 2010") has the same form, so it never outweighs a line that names the units.
 */
function imprintUnits(lines: readonly FrontLine[]): AffiliationCandidates {
  const found: AffiliationCandidates = { institution: [], faculty: [], department: [] };
  for (const { text } of lines) {
    const units = unitsAfter(text, IMPRINT);
    if (!units) continue;
    for (const [unit, name] of Object.entries(parseAffiliation(units)) as [keyof Affiliation, string][]) found[unit].push({ value: name, score: 0.5, reason: "a library record's imprint" });
  }
  return found;
}

/** Every unit the front's unit lines name, the first mention of each scored highest. */
export function affiliationCandidates(lines: readonly FrontLine[]): AffiliationCandidates {
  const found: AffiliationCandidates = { institution: [], faculty: [], department: [] };
  let markedRead = false;
  let underMasthead = false;
  const ordinary = ordinaryWordsOf(lines);
  for (const { text: line, index } of lines) {
    const printed = withoutClosingContact(withoutPublisher(line, lines[index - 1]?.text));
    // A line going on from a sentence cut after a small word ("... Department of" / "International Relations, Faculty of ...") opens no list of units.
    const cut = CUT_AFTER_SMALL_WORD.test(lines[index - 1]?.text ?? '');
    const opensWithUnit = opensWithUnitName(printed) || (opensWithFieldBeforeFaculty(printed) && !cut);
    // An author's name with the units run on after it ("Robi Nurhadi, PhD Department of X, Faculty of Y, Universitas Z").
    // After a by-label a person's name comes first, so a unit's kind after it opens the units ("by Name University of X").
    const byLine = textAfterByLabel(printed);
    const afterName =
      opensWithUnit || cut
        ? undefined
        : (unitsAfter(printed, SUBMITTED_TO) ??
          unitsAfter(printed, AT_UNIT) ??
          splitNameAndAffiliation(printed, ordinary)?.affiliation ??
          splitNamesAndAffiliation(printed)?.affiliation ??
          (byLine === undefined ? undefined : splitNamesAndAffiliation(byLine, 1)?.affiliation));
    const programme = readStudyRecordProgramme(printed);
    if (programme) {
      found.department.push({ value: programme, score: 0.6, reason: "the programme on a repository's record line" });
      continue;
    }
    const heading = readNameYearUniversity(printed);
    if (heading) {
      // A repository's abstract heading names the programme and the university after the author.
      if (heading.programme) found.department.push({ value: heading.programme, score: 0.6, reason: "the programme in a repository's abstract heading" });
      found.institution.push({ value: heading.institution, score: 0.6, reason: "the university in a repository's abstract heading" });
      continue;
    }
    const text = afterName ?? printed;
    const unitLine = opensWithUnit || afterName !== undefined;
    if (text.split(/\s+/).length > MAX_WORDS || !unitLine || isPublicationLine(text)) {
      // A paragraph run into one long line is no masthead, though it names the journal among the rest.
      underMasthead = opensMasthead(line) && line.split(/\s+/).length <= MAX_WORDS;
      continue;
    }
    if (underMasthead) continue;
    const marked = hasLeadingMarker(text);
    if (marked && markedRead) continue;
    markedRead ||= marked;
    for (const [unit, name] of Object.entries(parseAffiliation(text.replace(NEXT_FIELD, ''))) as [keyof Affiliation, string][]) {
      const first = found[unit].length === 0;
      found[unit].push({ value: name, score: first ? 0.6 : 0.3, reason: first ? 'the first line naming the unit' : 'a later line naming the unit' });
    }
  }
  const imprint = imprintUnits(lines);
  for (const unit of ['institution', 'faculty', 'department'] as const) found[unit].push(...imprint[unit]);
  const texts = lines.map((line) => line.text);
  return { ...narrowerUnits(found), institution: found.institution.map((candidate) => withoutTown(candidate, texts)) };
}

const COLLEGE = /^college\s+of\b/i;
const SCHOOL = /^school\s+of\b/i;
const JURUSAN = /^jurusan\b/i;
const STUDY_PROGRAMME = /^(?:progr?am\s+studi|prodi)\b/i;

/** `candidates` without those `wider` names, the first left taken as the first line naming the unit. */
function withoutWiderUnits(candidates: readonly Candidate<string>[], wider: RegExp): Candidate<string>[] {
  return candidates
    .filter((candidate) => !wider.test(candidate.value))
    .map((candidate, at) => (at === 0 ? { ...candidate, score: Math.max(candidate.score, 0.6), reason: `${candidate.reason}, the narrower unit` } : candidate));
}

/**
 * Units one level inside another where both are named: a school beside a college ("School of
 * Global, Urban and Social Studies" under "College of Design and Social Context") is the
 * department, the college the faculty; a study programme beside its jurusan ("PROGRAM STUDI
 * HUBUNGAN INTERNASIONAL" under "JURUSAN ILMU POLITIK") is the department.
 */
function narrowerUnits(found: AffiliationCandidates): AffiliationCandidates {
  const nested = { ...found };
  if (found.faculty.some((candidate) => COLLEGE.test(candidate.value))) {
    const schools = found.faculty.filter((candidate) => SCHOOL.test(candidate.value));
    nested.faculty = withoutWiderUnits(found.faculty, SCHOOL);
    nested.department = [...found.department, ...schools.map((school) => ({ ...school, reason: `${school.reason}, a school within the college` }))];
  }
  if (nested.department.some((candidate) => STUDY_PROGRAMME.test(candidate.value))) nested.department = withoutWiderUnits(nested.department, JURUSAN);
  return nested;
}

/** The candidate without the town after the university's name, when the document prints the name without it. */
function withoutTown(candidate: Candidate<string>, lines: readonly string[]): Candidate<string> {
  const shorter = nameWithoutTown(candidate.value, lines);
  return shorter ? { ...candidate, value: shorter, reason: `${candidate.reason}, without the town the name is printed elsewhere without` } : candidate;
}
