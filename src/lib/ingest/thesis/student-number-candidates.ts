/**
 * Evidence for a student's number (NIM, NPM, student ID): a number after its label ("NIM:
 * E061181339", "Student : Name ID : 2188306"), a number in brackets after a name, a number printed
 * after the author's name on a by-label line ("oleh: NAME E 131 09 261") or beside a name alone
 * on its line ("Name 2012 052 0085"), and a number alone on
 * the line under the author's name. A number alone elsewhere on the front is weak: an ISBN, a
 * decree or an NIP (a lecturer's staff number) has the same shape.
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { BY_LABEL_LINE } from './front-line-kinds.ts';
import { NUMBER_AFTER_NAME, NUMBER_BEFORE_NAME } from './author-candidates.ts';
import { looksLikePersonName } from './person-name.ts';
import { findStudentNumber, isBareStudentNumber } from './student-number.ts';

/** "Student : Anita Herlina ID : 2188306": a bare "ID" label after a student's name label. */
const STUDENT_ID = /\bstudent\s*:.*?\bID\s*[:.]\s*([A-Z]{0,4}\d[\dA-Z./-]{4,})/i;
/** "oleh: NAME E 131 09 261", "By Name 1706123456": a by-label, a name, then the number. */
const BY_NAME_NUMBER = /^(?:(?:disusun|diajukan|ditulis|written)\s+)?(?:oleh|by)\s*[:,]?\s*(.+)$/i;
/** Most words of a line that prints a name with its number in brackets; longer lines are prose. */
const MAX_NAME_LINE_WORDS = 25;
/** A staff number of a lecturer or a civil servant, not a student's. */
const STAFF_NUMBER = /\b(?:NIP|NIDN|NIDK|NIK)\b/i;

/** The number printed after a name on a by-label line, set apart or not ("oleh: NAME / 1706123456"), its spaces kept as printed. */
function numberAfterName(text: string): string | undefined {
  const named = BY_NAME_NUMBER.exec(text)?.[1];
  const number = named === undefined ? undefined : NUMBER_AFTER_NAME.exec(named);
  if (!named || !number || !looksLikePersonName(named.slice(0, number.index))) return undefined;
  return number[0].replace(/^\s*(?:[-–/|]\s*)?\(?(?:(?:NIM|NPM|NRP)\b\s*[:.]?\s*)?/i, '').replace(/\)$/, '').trim();
}

/** Whether the line above `index` names the author: a by-label, or a name under one. */
function underAuthorName(lines: readonly FrontLine[], index: number): boolean {
  const above = lines[index - 1]?.text ?? '';
  return BY_LABEL_LINE.test(lines[index - 2]?.text ?? '') && looksLikePersonName(above) || BY_NAME_NUMBER.test(above) && looksLikePersonName(above.replace(BY_NAME_NUMBER, '$1'));
}

/** A student's code after the name, letters among the digits: "Leni Dwi Zahara L1A014027". */
const CODE_AFTER_NAME = /\s+([A-Z]{1,3}\d[\dA-Z]{5,})$/;

/** A lecturer's title or degree, which a student's name does not carry: "Dr.", "Prof.", "S.IP.", ", M.A.". */
const TITLE_OR_DEGREE = /\b(?:Dr|Prof|Ir|Drs|Dra)\.|,\s*\p{Lu}|\b\p{Lu}\.\p{Lu}/u;

/**
 * The number printed beside a name with no label, the name alone on its line with it: "Ivan
 * Jati 2012 052 0085", "Leni Dwi Zahara L1A014027", or a catalogue's "119105111 - Farah
 * Salsabilla". The name is a full name without a lecturer's title or degree, whose staff number
 * (NIP, NIDN) may stand beside it the same way, and the number has seven digits or more, so a
 * town and a year are no such line.
 */
function numberBesideName(text: string): string | undefined {
  const before = NUMBER_BEFORE_NAME.exec(text.trim());
  if (before) return looksLikePersonName(before[2]!) ? before[1] : undefined;
  const after = NUMBER_AFTER_NAME.exec(text) ?? CODE_AFTER_NAME.exec(text);
  if (!after) return undefined;
  const name = text.slice(0, after.index).trim();
  const number = (after[1] ?? after[0]).trim();
  const fullName = looksLikePersonName(name) && name.split(/\s+/).length >= 2 && !TITLE_OR_DEGREE.test(name);
  return fullName && (number.match(/\d/g) ?? []).length >= 7 && /^[A-Z]{0,3}\s?\d[\dA-Z ]+$/.test(number) ? number : undefined;
}

function numberOfLine(lines: readonly FrontLine[], { text, index }: FrontLine): Candidate<string> | undefined {
  if (STAFF_NUMBER.test(text)) return undefined;
  const labelled = findStudentNumber(text) ?? STUDENT_ID.exec(text)?.[1];
  const bracketedOnly = /\(/.test(text) && !/\b(?:NIM|NPM|NRP|student)\b/i.test(text);
  // A number in brackets within running prose is a form's or a decree's ("Reduction Project (0704-0188)"), not the author's.
  if (labelled && bracketedOnly && text.split(/\s+/).length > MAX_NAME_LINE_WORDS) return undefined;
  if (labelled) return { value: labelled, score: bracketedOnly ? 0.7 : 0.85, reason: 'a number after its label or a name' };
  const afterName = numberAfterName(text);
  if (afterName) return { value: afterName, score: 0.7, reason: "a number after the author's name" };
  const besideName = numberBesideName(text);
  if (besideName) return { value: besideName, score: 0.6, reason: 'a number beside a name on its own line' };
  if (!isBareStudentNumber(text)) return undefined;
  return underAuthorName(lines, index)
    ? { value: text.trim(), score: 0.65, reason: "a number under the author's name" }
    : { value: text.trim(), score: 0.35, reason: 'a number alone on the front' };
}

/** Every student number the front proposes, in page order. */
export function studentNumberCandidates(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap((line) => numberOfLine(lines, line) ?? []);
}
