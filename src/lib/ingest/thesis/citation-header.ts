/**
 * Reads the citation-style line that opens an abstract in many Indonesian theses:
 * `Name (NIM), "Title", di bawah bimbingan X selaku pembimbing I, ... pada departemen ...,
 * Fakultas ..., Universitas ....` and its English twin.
 */
import { type Affiliation, parseAffiliation } from './affiliation.ts';
import { findStudentNumber } from './student-number.ts';
import { type Supervisor, parseSupervisors } from './supervisors.ts';

export interface CitationHeader extends Affiliation {
  author: string;
  studentNumber?: string;
  title: string;
  supervisors: Supervisor[];
  /** A year given in brackets after the name, e.g. "Name (2023)". */
  year?: number;
}

/** Name, optional bracketed number and/or year, then the quoted title, then the rest. */
const HEADER = /^([^,"“(]{3,80}?)\s*((?:\([^()]*\)\s*)*),?\s*["“]([^"”]+)["”]\s*[,.]?\s*(.*)$/s;

/**
 * Returns the parts of a citation-style abstract header, or undefined when `paragraph` is not
 * one (it must start with a name followed by a quoted title).
 */
export function parseCitationHeader(paragraph: string): CitationHeader | undefined {
  const match = HEADER.exec(paragraph.trim());
  if (!match) return undefined;
  const author = match[1]!.trim();
  if (author.split(/\s+/).length > 8 || !/^\p{Lu}/u.test(author)) return undefined;
  const rest = match[4]!;
  const studentNumber = findStudentNumber(match[2]!);
  const year = /\(((?:19|20)\d{2})\)/.exec(match[2]!);
  return {
    author,
    ...(studentNumber ? { studentNumber } : {}),
    title: match[3]!.trim().replace(/[,.]$/, ''),
    supervisors: parseSupervisors(rest),
    ...parseAffiliation(rest),
    ...(year ? { year: Number(year[1]) } : {}),
  };
}
