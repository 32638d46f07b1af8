/**
 * Reads the citation-style line that opens an abstract in many Indonesian theses, in one of two
 * forms: `Name (NIM), "Title", di bawah bimbingan X selaku pembimbing I, ... pada departemen
 * ..., Fakultas ..., Universitas ....` (and its English twin), or the reference-list form
 * `Name. 2023. Title. Skripsi. Program Studi ..., Universitas .... Pembimbing: (1) X (2) Y.`,
 * where the study type may be left out (`Name, 2024. Title. Program Studi ..., UIN ....`).
 */
import { type Affiliation, opensWithUnitName, parseAffiliation } from './affiliation.ts';
import { looksLikePersonName } from './person-name.ts';
import { findStudentNumber } from './student-number.ts';
import { isStudyTypeName } from './study-type.ts';
import { type Supervisor, findSupervisorLabel, parseSupervisors } from './supervisors.ts';

/** What a citation-style header over an abstract gives: author, title, supervisors, affiliation. */
export interface CitationHeader extends Affiliation {
  author: string;
  studentNumber?: string;
  title: string;
  supervisors: Supervisor[];
  /** A year given after the name, e.g. "Name (2023)" or "Name. 2023.". */
  year?: number;
  /** The kind of study named in the header ("Skripsi"). */
  studyType?: string;
}

/** Name, optional bracketed number and/or year, then the quoted title, then the rest. */
const HEADER = /^([^,"“(]{3,80}?)\s*((?:\([^()]*\)\s*)*),?\s*["“]([^"”]+)["”]\s*[,.]?\s*(.*)$/s;

/** Name, optional student number, year, then the rest: "Putri Maharani. 1806123456. 2023. ...". */
const AUTHOR_YEAR = /^(\p{Lu}[^\d"“]{2,80}?)[.,]\s+(?:([A-Z]{0,4}\d[\dA-Z./-]{4,})[.,]\s+)?((?:19|20)\d{2})[.,]\s+(.+)$/su;

/** Each ". X." inside a header, X being a candidate study type; a lookahead so the matches may touch. */
const SENTENCE_AFTER = /\.\s+(?=(\p{L}[\p{L}' ]{2,40})\.(?:\s|$))/gu;

/** Each sentence start inside a header, for finding where the affiliation begins. */
const SENTENCE_START = /\.\s+(?=\p{L})/gu;

/** The title of a reference-list header, the text after it and the study type closing it, if printed. */
interface TitleAndRest {
  title: string;
  rest: string;
  studyType?: string;
}

/**
 * Cuts the text after the year into title and rest: the title ends where the study type
 * ("Skripsi.") follows or, when none is printed, where a sentence opens with the name of a unit
 * ("... Tahun 2019-2023. Program Studi X, Fakultas Y, UIN Z.").
 */
function splitTitle(afterYear: string): TitleAndRest | undefined {
  const type = [...afterYear.matchAll(SENTENCE_AFTER)].find((m) => isStudyTypeName(m[1]!));
  if (type) {
    return {
      title: afterYear.slice(0, type.index).trim(),
      rest: afterYear.slice(type.index + type[0].length + type[1]!.length + 1).trim(),
      studyType: type[1]!,
    };
  }
  const unit = [...afterYear.matchAll(SENTENCE_START)].find((m) => opensWithUnitName(afterYear.slice(m.index + m[0].length)));
  if (!unit || unit.index === 0) return undefined;
  return { title: afterYear.slice(0, unit.index).trim(), rest: afterYear.slice(unit.index + unit[0].length).trim() };
}

/** Reads the reference-list form: name, year, title, then the study type and/or the affiliation. */
function parseAuthorYearHeader(paragraph: string): CitationHeader | undefined {
  const match = AUTHOR_YEAR.exec(paragraph.trim());
  if (!match || !looksLikePersonName(match[1]!)) return undefined;
  const parts = splitTitle(match[4]!);
  if (!parts) return undefined;
  const { title, rest, studyType } = parts;
  const label = findSupervisorLabel(rest);
  return {
    author: match[1]!.trim(),
    ...(match[2] ? { studentNumber: match[2] } : {}),
    title,
    supervisors: label < 0 ? [] : parseSupervisors(rest.slice(label)),
    ...parseAffiliation(label < 0 ? rest : rest.slice(0, label)),
    year: Number(match[3]),
    ...(studyType ? { studyType } : {}),
  };
}

/**
 * Returns the parts of a citation-style abstract header, or undefined when `paragraph` is not
 * one (it must start with a name followed by a quoted title, or by a year, a title and the
 * kind of study).
 */
export function parseCitationHeader(paragraph: string): CitationHeader | undefined {
  return parseQuotedTitleHeader(paragraph) ?? parseAuthorYearHeader(paragraph);
}

function parseQuotedTitleHeader(paragraph: string): CitationHeader | undefined {
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
