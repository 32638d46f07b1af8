/** Student numbers (NIM, NPM, student ID) as Indonesian universities write them. */

/**
 * A labelled number: "NIM: E061181339", "NPM. 1706123456", "Student ID: 12/345678/SP/12345",
 * "ID No. 016201400109", "Nomor Mahasiswa : L1A014027".
 */
const LABELLED = /\b(?:NIM|NPM|NRP|NIRM|No\.?\s*Mhs\.?|Nomor\s+(?:Pokok\s+|Induk\s+)?Mahasiswa|Student\s+(?:ID|Number|No\.?)|ID\s+(?:No\.?|Number))\s*[:.]?\s*([A-Z]{0,4}[\d][\dA-Z./-]{4,})/i;

/**
 * A number in brackets after a name: "(E061181339)"; needs five digits so years do not match,
 * and is not a range of years such as a title's "(2019-2023)".
 */
const BRACKETED = /\((?!(?:19|20)\d{2}\s*[-–]\s*(?:19|20)\d{2}\))([A-Z]{0,4}(?=(?:[^\d)]*\d){5})[\dA-Z./-]{5,20})\)/;

/** A line that is only a student number, printed under the name on a cover: "20/462915/PSP/06781". */
const BARE = /^[A-Z]{0,4}\d[\dA-Z./-]{5,24}$/;

/** An ISSN ("2301-4512") has the shape of a number but is a journal's. */
const ISSN_SHAPE = /^\d{4}-\d{3}[\dX]$/;

/** Returns the student number given in `text`, labelled or in brackets, if any. */
export function findStudentNumber(text: string): string | undefined {
  return (LABELLED.exec(text) ?? BRACKETED.exec(text))?.[1];
}

/** True when `line` holds nothing but a student number (at least seven digits, not an ISSN). */
export function isBareStudentNumber(line: string): boolean {
  const text = line.trim();
  return BARE.test(text) && (text.match(/\d/g) ?? []).length >= 7 && !ISSN_SHAPE.test(text);
}
