/** Student numbers (NIM, NPM, student ID) as Indonesian universities write them. */

/** A labelled number: "NIM: E061181339", "NPM. 1706123456", "Student ID: 12/345678/SP/12345". */
const LABELLED = /\b(?:NIM|NPM|NRP|NIRM|No\.?\s*Mhs\.?|Nomor\s+Pokok\s+Mahasiswa|Nomor\s+Induk\s+Mahasiswa|Student\s+(?:ID|Number|No\.?))\s*[:.]?\s*([A-Z]{0,4}[\d][\dA-Z./-]{4,})/i;

/** A number in brackets after a name: "(E061181339)"; needs five digits so years do not match. */
const BRACKETED = /\(([A-Z]{0,4}(?=(?:[^\d)]*\d){5})[\dA-Z./-]{5,20})\)/;

/** Returns the student number given in `text`, labelled or in brackets, if any. */
export function findStudentNumber(text: string): string | undefined {
  return (LABELLED.exec(text) ?? BRACKETED.exec(text))?.[1];
}
