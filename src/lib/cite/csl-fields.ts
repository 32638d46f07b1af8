/** Small readings of a CSL item shared by the BibTeX and RIS writers. */
import type { CslItem, CslName } from './csl-item.ts';

/** A thesis type naming a doctorate ("Disertasi", "PhD thesis"), as opposed to a skripsi or master's thesis. */
export function isDoctoralThesis(item: CslItem): boolean {
  return /disertasi|dissertation|doctor|doktor|ph\.?\s?d/i.test(item.genre ?? '');
}

/** The thesis type a citation prints when the entry names none. */
export const UNNAMED_THESIS_TYPE = 'Thesis';

/** A name as "Family, Given", or the single name kept whole. */
export function invertedName(name: CslName): string {
  return 'literal' in name ? name.literal : name.given ? `${name.family}, ${name.given}` : name.family;
}

/** The date parts of an item's issue date: year, then month and day when known. */
export function issuedParts(item: CslItem): number[] {
  return item.issued?.['date-parts'][0] ?? [];
}

/** The first and last page of a printed range ("145-160" or "145–160"). */
export function pageRange(page: string | undefined): { first?: string; last?: string } {
  if (page === undefined) return {};
  const [first, last] = page.split(/\s*[-–]\s*/);
  return { first: first || undefined, last: last || undefined };
}

/** One line of text: exports keep a value on one line, whatever breaks it had. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
