/** Tells a line that names a person from a title, a unit or a sentence. */

/** Words that show a short line is not a person's name. */
const NOT_A_NAME =
  /\b(universitas|university|fakultas|faculty|program|jurusan|departemen|department|skripsi|thesis|tesis|disertasi|abstra\w*|kata|keywords?|pembimbing|supervisor|institut|sekolah|diajukan|untuk|dan|and|of|the|dalam|di)\b/i;

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

/**
 * True for a name as a lecturer signs it, degrees after a comma ("Dr. X, S.IP., M.A."), which
 * would make it too long to pass as a name if they were counted.
 */
export function looksLikeNameWithDegrees(text: string): boolean {
  return looksLikePersonName(text.replace(/,\s*\p{Lu}[\p{L}.,\s]*$/u, ''));
}
