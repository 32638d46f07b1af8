/**
 * Reads university, faculty and department from text such as "pada departemen ilmu hubungan
 * internasional, Fakultas Ilmu Sosial dan Ilmu Politik, Universitas Hasanuddin" or a cover page
 * in capitals. Each part is kept as written.
 */

export interface Affiliation {
  institution?: string;
  faculty?: string;
  department?: string;
}

/** Words that open the name of each kind of unit; the name runs from the word to the part's end. */
const OPENING_WORDS: Record<keyof Affiliation, RegExp> = {
  institution:
    /\b(universitas|universiti|institut|sekolah tinggi|politeknik|akademi|UIN|university of|institute of)\b/i,
  faculty: /\b(fakultas|faculty of|sekolah pascasarjana|school of|graduate school)\b/i,
  department: /\b(program studi|prodi|jurusan|departemen|department of|study program|department)\b/i,
};

/** English names that end with the kind of unit, e.g. "Hasanuddin University". */
const CLOSING_WORDS: Partial<Record<keyof Affiliation, RegExp>> = {
  institution: /^(.*\S)\s+(university|institute of technology|institute)$/i,
  faculty: /^(.*\S)\s+faculty$/i,
};

/** Units named in capitals on a cover page run together; split before each opening word. */
const SPLIT_BEFORE = /\s+(?=(?:universitas|institut|fakultas|faculty of|program studi|jurusan|departemen|department of)\b)/i;

/** Leading prepositions that are not part of a name: "pada", "di", "at the", "of the". */
const LEADING_PREPOSITION = /^(?:(?:pada|di|dari|at|of|in|from)\s+)?(?:the\s+)?/i;

function classifyPart(part: string): [keyof Affiliation, string] | undefined {
  const text = part.trim().replace(/[.;:]+$/, '');
  for (const kind of ['department', 'faculty', 'institution'] as const) {
    const opening = OPENING_WORDS[kind].exec(text);
    if (opening) return [kind, text.slice(opening.index).trim()];
  }
  for (const kind of ['faculty', 'institution'] as const) {
    const closing = CLOSING_WORDS[kind]?.exec(text.replace(LEADING_PREPOSITION, ''));
    if (closing && closing[1]!.split(/\s+/).length <= 6) return [kind, closing[0]];
  }
  return undefined;
}

/**
 * Returns the institution, faculty and department named in `text`; the first mention of each
 * wins. Parts are separated by commas, semicolons, line breaks, or (in capitals on a cover) by
 * the word that opens the next unit.
 */
export function parseAffiliation(text: string): Affiliation {
  const found: Affiliation = {};
  const parts = text.split(/[,;\n]/).flatMap((part) => part.split(SPLIT_BEFORE));
  for (const part of parts) {
    const classified = classifyPart(part);
    if (classified && found[classified[0]] === undefined) found[classified[0]] = classified[1];
  }
  return found;
}

/** Copies the units `block` does not have yet: the first mention of each wins. */
export function fillAffiliation(block: Affiliation, affiliation: Affiliation): void {
  for (const key of ['institution', 'faculty', 'department'] as const) {
    const value = affiliation[key];
    if (value && !block[key]) block[key] = value;
  }
}
