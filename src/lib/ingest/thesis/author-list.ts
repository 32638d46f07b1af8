/**
 * The author line of a journal article: "Dimas Prasetyo1*, Nurul Aini Lestari2 dan Yohanes
 * Bria3", names followed by the superscript markers (digits, letters, asterisks) that tie each
 * author to an affiliation, and the affiliation lines that begin with those markers.
 */
import { NAME_MARK_CHARS } from './front-line-kinds.ts';
import { looksLikePersonName } from './person-name.ts';

/**
 * Superscript marks after a name; a lone lower-case letter only after a digit or symbol. Where
 * superscripts are lost, a number in a bracket stands for one ("Name 1)", "Name (1)", "Name [1]").
 */
const MARKERS = new RegExp(`(?:(?<=\\p{L})[\\d${NAME_MARK_CHARS}]+(?:[,\\s]?[\\d${NAME_MARK_CHARS}a-e])*|(?<=\\p{L})\\s*(?:\\d{1,2}\\)|\\(\\d{1,2}\\)|\\[\\d{1,2}\\])\\*?)$`, 'u');
const SYMBOL_MARKER = new RegExp(`[${NAME_MARK_CHARS}]`);

/**
 * A marker opening an affiliation or e-mail line: "1Program Studi ...", "² Universitas ...", "1)
 * Universitas ...", "*Email", and a letter set apart before a capital ("a Jurusan ...", as
 * journals marking their authors with letters print it).
 */
const LEADING_MARKER = /^(?:(?:[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?:\s?,\s?[\d¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2})*\)?|\(\d{1,2}\)|\[\d{1,2}\]|[*†‡§])\s*(?=\p{L})|[a-e]\s+(?=\p{Lu}))/u;

/** Returns `line` without the superscript marker that opens it. */
export function stripLeadingMarker(line: string): string {
  return line.trim().replace(LEADING_MARKER, '');
}

/** True when `line` opens with a superscript marker followed by a word ("1Program Studi ..."). */
export function hasLeadingMarker(line: string): boolean {
  return LEADING_MARKER.test(line.trim());
}

/**
 * Returns the names in an author line, markers removed, or undefined when `text` is not one.
 * Every part must read as a person's name; a line is accepted when its names carry markers,
 * or (`listExpected`, e.g. right under a title) when it lists at least two full names.
 */
export function parseAuthorList(text: string, listExpected: boolean): string[] | undefined {
  // Commas inside a marker ("Prasetyo1,2") are not name separators: join them first.
  const line = text.trim().replace(/(?<=[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]),(?=[\d*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰])/gu, '');
  const parts = line.split(/\s*[,;]\s*|\s+(?:dan|and|&)\s+/i).filter((part) => part !== '');
  let marked = 0;
  const names = parts.map((part) => {
    const marker = MARKERS.exec(part);
    if (marker) marked++;
    return marker ? part.slice(0, marker.index).trim() : part;
  });
  if (names.length === 0 || !names.every(looksLikePersonName)) return undefined;
  const fullNames = names.every((name) => name.split(/\s+/).length >= 2);
  // Plain digits after a one-word "name" are too weak a sign; superscripts and asterisks are not.
  if (marked > 0 && (fullNames || SYMBOL_MARKER.test(line))) return names;
  if (listExpected && names.length >= 2 && fullNames) return names;
  return undefined;
}
