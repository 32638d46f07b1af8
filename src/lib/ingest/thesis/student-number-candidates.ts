/**
 * Evidence for a student's number (NIM, NPM, student ID): a number after its label ("NIM:
 * E061181339", "Student : Name ID : 2188306"), a number in brackets after a name, a number printed
 * after the author's name on a by-label line ("oleh: NAME E 131 09 261"), and a number alone on
 * the line under the author's name. A number alone elsewhere on the front is weak: an ISBN, a
 * decree or an NIP (a lecturer's staff number) has the same shape.
 */
import type { Candidate } from '../fields/candidates.ts';
import type { FrontLine } from './front-lines.ts';
import { BY_LABEL_LINE } from './front-line-kinds.ts';
import { NUMBER_AFTER_NAME } from './author-candidates.ts';
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

function numberOfLine(lines: readonly FrontLine[], { text, index }: FrontLine): Candidate<string> | undefined {
  if (STAFF_NUMBER.test(text)) return undefined;
  const labelled = findStudentNumber(text) ?? STUDENT_ID.exec(text)?.[1];
  const bracketedOnly = /\(/.test(text) && !/\b(?:NIM|NPM|NRP|student)\b/i.test(text);
  // A number in brackets within running prose is a form's or a decree's ("Reduction Project (0704-0188)"), not the author's.
  if (labelled && bracketedOnly && text.split(/\s+/).length > MAX_NAME_LINE_WORDS) return undefined;
  if (labelled) return { value: labelled, score: bracketedOnly ? 0.7 : 0.85, reason: 'a number after its label or a name' };
  const afterName = numberAfterName(text);
  if (afterName) return { value: afterName, score: 0.7, reason: "a number after the author's name" };
  if (!isBareStudentNumber(text)) return undefined;
  return underAuthorName(lines, index)
    ? { value: text.trim(), score: 0.65, reason: "a number under the author's name" }
    : { value: text.trim(), score: 0.35, reason: 'a number alone on the front' };
}

/** Every student number the front proposes, in page order. */
export function studentNumberCandidates(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap((line) => numberOfLine(lines, line) ?? []);
}
