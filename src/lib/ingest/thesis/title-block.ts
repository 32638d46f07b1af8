/**
 * Reads the block printed before an abstract heading: the title (often bold or in capitals),
 * the author's name, and on cover-like pages the study type, student number, supervisors,
 * university and year.
 */
import { type Affiliation, fillAffiliation, parseAffiliation } from './affiliation.ts';
import { findStudentNumber } from './student-number.ts';
import { findStudyType } from './study-type.ts';
import { type Supervisor, parseSupervisors } from './supervisors.ts';

export interface TitleBlock extends Affiliation {
  title?: string;
  author?: string;
  studentNumber?: string;
  supervisors: Supervisor[];
  studyType?: string;
  year?: number;
}

/** "Oleh:", "Disusun oleh", "By:", "Written by" before the author's name. */
const BY_LABEL = /^(?:disusun\s+oleh|diajukan\s+oleh|oleh|ditulis\s+oleh|by|written\s+by|author)\s*[:：]?\s*(.*)$/i;

/** Words that show a short line is not a person's name. */
const NOT_A_NAME =
  /\b(universitas|university|fakultas|faculty|program|jurusan|departemen|department|skripsi|thesis|tesis|disertasi|abstra\w*|kata|keywords?|pembimbing|supervisor|institut|sekolah|diajukan|untuk|dan|and|of|the|dalam|di)\b/i;

/** Removes emphasis markers and runs of spaces from a title as printed. */
export function cleanTitle(text: string): string {
  return text.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim();
}

/**
 * True for a short line that reads as a person's name: one to six words, each starting with a
 * capital (titles and degrees such as "Dr." or "S.IP." allowed), no digits outside brackets.
 */
export function looksLikePersonName(text: string): boolean {
  const name = text.replace(/\([^)]*\)/g, '').replace(/[*_]/g, '').trim();
  if (name === '' || /\d/.test(name) || NOT_A_NAME.test(name) || /[.!?:]\s+\p{Ll}/u.test(name)) return false;
  const words = name.split(/\s+/);
  return words.length <= 6 && words.every((word) => /^[\p{Lu}(]/u.test(word) || /^(bin|binti|van|de|der|al-\p{L}+)$/u.test(word));
}

/** Cuts a bracketed student number off a name: "Tarisya Alifia (E061181339)". */
function nameWithoutNumber(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[*_]/g, '').trim();
}

/**
 * Returns what the paragraphs before an abstract heading say about the study. With
 * `withTitle: false` (for paragraphs printed after an abstract) no paragraph is read as a title.
 */
export function parseTitleBlock(paragraphs: readonly string[], withTitle = true): TitleBlock {
  const block: TitleBlock = { supervisors: [] };
  const studyType = findStudyType(paragraphs);
  if (studyType) block.studyType = studyType;
  let authorFollows = false;
  for (const paragraph of paragraphs) {
    const text = paragraph.trim();
    const studentNumber = findStudentNumber(text);
    if (studentNumber && !block.studentNumber) block.studentNumber = studentNumber;
    const by = BY_LABEL.exec(text);
    if (by) {
      if (by[1] && looksLikePersonName(by[1])) block.author ??= nameWithoutNumber(by[1]);
      else authorFollows = true;
      continue;
    }
    const supervisors = parseSupervisors(text);
    if (supervisors.length > 0) {
      block.supervisors.push(...supervisors);
      continue;
    }
    const affiliation = parseAffiliation(text);
    if (Object.keys(affiliation).length > 0) {
      fillAffiliation(block, affiliation);
      // A cover's last lines ("Universitas X", "Makassar, 2023") often run into one paragraph.
      const closingYear = /[,\s]((?:19|20)\d{2})\.?$/.exec(text);
      if (closingYear) block.year ??= Number(closingYear[1]);
      continue;
    }
    const year = /^(?:.*,\s*)?((?:19|20)\d{2})$/.exec(text);
    if (year) {
      block.year ??= Number(year[1]);
      continue;
    }
    if (text === studyType || /^(?:NIM|NPM|Student)\b/i.test(text)) continue;
    if ((authorFollows || block.title) && !block.author && looksLikePersonName(text)) {
      block.author = nameWithoutNumber(text);
      authorFollows = false;
      continue;
    }
    if (withTitle && !block.title && !authorFollows) block.title = cleanTitle(text);
  }
  return block;
}
