/**
 * Reads the dateline that opens a news article: "Bangkok, VIVA –", "Jakarta (ANTARA) –",
 * "JAKARTA, KOMPAS.com -", "JAKARTA, Dec 17 (Reuters) -", or just "Jakarta -".
 */

/** What a dateline says: the place, and the outlet when it names one. */
export interface Dateline {
  place: string;
  outlet?: string;
  /** The dateline as written, dash included. */
  text: string;
}

const DATELINE =
  /^(?<place>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})(?:\s*,\s*(?<middle>[^,–—()]{1,40}?))?\s*(?:\((?<paren>[^()]{2,40})\))?\s+[–—-]{1,2}\s+/u;
/** An outlet name: up to three words without digits ("VIVA", "KOMPAS.com", "Tempo English"). */
const OUTLET_NAME = /^\p{L}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+){0,2}$/u;

/** Returns the dateline at the start of `paragraph`, or undefined when it opens without one. */
export function readDateline(paragraph: string): Dateline | undefined {
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups?.place) return undefined;
  const candidates = [groups.paren, groups.middle].map((value) => value?.trim());
  const outlet = candidates.find((value): value is string => value !== undefined && OUTLET_NAME.test(value));
  const place = groups.place;
  return outlet ? { place, outlet, text: match[0].trim() } : { place, text: match[0].trim() };
}
