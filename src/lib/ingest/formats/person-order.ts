/**
 * Names as metadata states them: repositories write "Family, Given" (`citation_author`,
 * `DC.creator`), the text of a document writes "Given Family". Degrees after a comma
 * ("Christian Novan, S.Kom") are not a given name and are left where they are.
 */

/** A degree or title token: "S.Kom", "M.Si.", "Ph.D", "MIRAP", "S.H.". */
const DEGREE_TOKEN = /^(?:\p{Lu}[\p{L}]{0,3}\.)+\p{L}{0,4}\.?$|^\p{Lu}{2,6}$/u;

function isDegreeList(text: string): boolean {
  const tokens = text.split(/[\s,]+/).filter((token) => token !== '');
  return tokens.length > 0 && tokens.every((token) => DEGREE_TOKEN.test(token));
}

/** Returns `name` as "Given Family" when it is written "Family, Given"; otherwise as given. */
export function givenNameFirst(name: string): string {
  const text = name.replace(/\s+/g, ' ').trim();
  const parts = text.split(',').map((part) => part.trim());
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '' || isDegreeList(parts[1]!)) return text;
  return `${parts[1]} ${parts[0]}`;
}
