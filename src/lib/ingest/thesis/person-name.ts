/** Tells a line that names a person from a title, a unit or a sentence. */
import { readChapterHeading } from './chapters.ts';

/**
 * Words that show a short line is not a person's name: names of units and documents, the small
 * words titles are joined with (a title in capitals is as short as a name), and words of a
 * journal's or a site's name ("Southeast Asian Affairs", "Published"), and of a page's heading
 * or a series' name ("HALAMAN PENGESAHAN", "Strategic Papers", "Slide Content").
 */
const NOT_A_NAME =
  /\b(universitas|university|fakultas|faculty|program|jurusan|departemen|department|skripsi|thesis|tesis|disertasi|abstra\w*|kata|keywords?|pembimbing|supervisor|institut|sekolah|diajukan|untuk|dan|and|of|the|dalam|di|in|on|for|to|with|from|at|sebagai|khususnya|terhadap|yang|pada|melalui|bagi|ke|dari|atau|antara|tentang|indonesia|nasional|national|internasional|international|journal|jurnal|affairs|studies|published|diterbitkan|their|its|our|this|these|those|penulis|authors?|oleh|by|halaman|papers?|content|slides?)\b/i;

/**
 * True for a short line that reads as a person's name: one to six words, each starting with a
 * capital (titles and degrees such as "Dr." or "S.IP." allowed), no digits outside brackets,
 * and not a chapter heading.
 */
export function looksLikePersonName(text: string): boolean {
  const name = text.replace(/\([^)]*\)/g, '').replace(/[*_]/g, '').trim();
  if (name === '' || /\d/.test(name) || NOT_A_NAME.test(name) || /[.!?:]\s+\p{Ll}/u.test(name)) return false;
  // A chapter heading ("BAB IV", "CHAPTER II") is as short as a name and in capitals, its
  // numeral a capitalised word.
  if (readChapterHeading(name) !== undefined) return false;
  const words = name.split(/\s+/);
  return words.length <= 6 && words.every((word) => /^[\p{Lu}(]/u.test(word) || /^(bin|binti|van|de|der|al-\p{L}+)$/u.test(word));
}

/** An academic degree as printed after a name: "BA", "M.Phil", "Ph.D.", "LL.M.", "S.H.", "M.Si.". */
export const ACADEMIC_DEGREE = String.raw`(?:(?:B|M)\.?(?:A|Sc|Ec|Ed|Phil|IR|PP|BA)\.?|Ph\.?D\.?|LL\.?[BM]\.?|(?:S|M)\.\p{Lu}\p{L}{0,3}\.?)`;

/**
 * True for a name as a lecturer signs it, degrees after a comma ("Dr. X, S.IP., M.A."), which
 * would make it too long to pass as a name if they were counted.
 */
export function looksLikeNameWithDegrees(text: string): boolean {
  return looksLikePersonName(text.replace(/,\s*\p{Lu}[\p{L}.,\s]*$/u, ''));
}

/** Academic degrees closing a line after a comma: "..., S.H., M.H.", "..., M.Si", "..., Ph.D.". */
const DEGREES_AFTER_COMMA = new RegExp(String.raw`,\s*${ACADEMIC_DEGREE}(?:\s*,?\s*${ACADEMIC_DEGREE})*$`, 'u');

/**
 * True for a person's name with the degrees they hold after a comma ("N I S YA, S.H., M.H."): a
 * line in capitals as short as a title, but no title ever closes on degrees.
 */
export function isNameWithDegrees(text: string): boolean {
  return DEGREES_AFTER_COMMA.test(text.trim()) && looksLikeNameWithDegrees(text.trim());
}
