/**
 * The citation an EPrints repository prints on a thesis's record page: `Fauzi, Ahmad (2020)
 * Kerja Sama .... Skripsi thesis, Universitas Airlangga.`, `Lee, Ann and Tan, Bo (2019) Title.
 * Masters thesis, University of X.` It names the authors as the record spells them, the year and
 * the title, and says what kind of thesis it is, which tells it from a reference in a list.
 */
import { readAbstractHeading } from './abstract-sections.ts';
import type { FrontLine } from './front-lines.ts';
import { looksLikePersonName } from './person-name.ts';

/** What a repository's citation of a thesis gives. */
export interface RepositoryCitation {
  authors: string[];
  year: number;
  title: string;
  /** The institution printed after the thesis kind ("Skripsi thesis, Universitas Airlangga."), if any. */
  institution?: string;
  /** The student number printed after the author's name ("NAME , 8111416215 (2020)"), if any. */
  studentNumber?: string;
}

/**
 * Authors, "(2020)", the title up to its full stop, then "<kind> thesis," or "Skripsi," and the
 * institution; the kind may name the degree's level with a digit ("S1 thesis").
 */
const CITATION =
  /^(?<authors>\p{Lu}[^()]{1,160}?)\s*\((?<year>(?:19|20)\d{2})\)\s+(?<title>\p{Lu}.{9,400}?)\.\s+(?:[\p{L}\d']+\s+){0,2}(?:thesis|skripsi|tesis|disertasi|dissertation)\s*,\s*(?<institution>\p{Lu}[^.,]{2,120})?/u;

/** A student number the record prints after the author's name: "OKTI PUTRI ANDINI , 8111416215". */
const NUMBER_AFTER_AUTHOR = /\s*,\s*(\d[\d.\s-]{5,})$/;

/** One author in the record's form: "Surname, Given" or "Given Surname", without a student number after it. */
function readAuthor(part: string): string | undefined {
  const name = part.trim().replace(NUMBER_AFTER_AUTHOR, '');
  const inverted = /^([^,]+),\s*([^,]+)$/.exec(name);
  return (inverted ? looksLikePersonName(inverted[1]!) && looksLikePersonName(inverted[2]!) : looksLikePersonName(name)) ? name : undefined;
}

/**
 * Reads the first line of `lines` that is a repository's citation of a thesis, or undefined. Only
 * lines before the first abstract heading are read: the record prints its citation over the
 * abstract, and a thesis cited inside an abstract or below it is another work.
 */
export function readRepositoryCitation(lines: readonly FrontLine[]): RepositoryCitation | undefined {
  const abstractAt = lines.findIndex(({ text }) => readAbstractHeading(text) !== undefined);
  const front = abstractAt < 0 ? lines : lines.slice(0, abstractAt);
  for (const [at, { text }] of front.entries()) {
    // The front lines split a citation where its title in capitals gives way to "Under Graduates
    // thesis, ...", or before the institution in capitals after it ("S1 thesis," / "UNIVERSITAS ...").
    const alone = CITATION.exec(text.trim())?.groups;
    const groups = alone?.institution !== undefined ? alone : (CITATION.exec(`${text.trim()} ${front[at + 1]?.text ?? ''}`)?.groups ?? alone);
    if (!groups) continue;
    const authors = groups.authors!.split(/\s+and\s+|\s+dan\s+|\s*;\s*/).map(readAuthor);
    if (authors.some((name) => name === undefined)) continue;
    const institution = groups.institution?.trim();
    const studentNumber = NUMBER_AFTER_AUTHOR.exec(groups.authors!.trim())?.[1]?.trim();
    return {
      authors: authors as string[],
      year: Number(groups.year),
      title: groups.title!.trim(),
      ...(institution ? { institution } : {}),
      ...(studentNumber ? { studentNumber } : {}),
    };
  }
  return undefined;
}
