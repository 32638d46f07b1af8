/**
 * Evidence for who wrote a news item: a credit label before a name in the header ("Oleh X",
 * "Penulis: X") or in the credits after the article ("Pewarta: X"), a "Name - Outlet" byline in
 * the header, a name over its role ("Unoviana Kartika" then "Penulis"), and the desk's initials
 * closing the article ("(ily/kil)"), which stand for the reporter and editor where no name is given,
 * and a name opening the dateline ("Jayanty Nada Shofa, Jakarta –").
 */
import type { Candidate } from '../fields/candidates.ts';
import { readBylineLine, readCreditLine } from './credits.ts';
import type { Dateline } from './dateline.ts';
import { isDeskInitials } from './page-furniture.ts';

/** Where a byline is read: the lines over the article, its paragraphs, and the lines dropped after it. */
export interface BylineSources {
  header: readonly string[];
  paragraphs: readonly string[];
  removed: readonly string[];
  /** The dateline of the first paragraph, which may open with the reporter's name. */
  dateline?: Dateline;
}

/** A role printed alone under the name it belongs to. */
const ROLE_ALONE = /^(?:penulis|pewarta|reporter|wartawan|writer|author|kontributor|contributor|correspondent)\s*:?$/iu;
/** Two to four capitalised words and nothing else: a person's name as a byline prints it. */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

function nonBlank(lines: readonly string[]): string[] {
  return lines.map((line) => line.trim()).filter((line) => line !== '');
}

/** Names credited by a label, each line's author. */
function credited(lines: readonly string[], score: number, reason: string): Candidate<string>[] {
  return lines.flatMap((line) => {
    const author = readCreditLine(line)?.author;
    return author ? [{ value: author, score, reason }] : [];
  });
}

/** A name on its own line with its role alone on the next: the page's author box. */
function namesOverRoles(lines: readonly string[]): Candidate<string>[] {
  const shown = nonBlank(lines);
  return shown.flatMap((line, index) =>
    NAME_ALONE.test(line) && ROLE_ALONE.test(shown[index + 1] ?? '') ? [{ value: line, score: 0.75, reason: 'a name over its role' }] : [],
  );
}

/** Lines after the article searched for its closing initials (a video prompt may come between). */
const INITIALS_REACH = 3;

/** The desk's initials as the last line of the article or among the first lines after it. */
function deskInitials(paragraphs: readonly string[], removed: readonly string[]): Candidate<string>[] {
  const closing = [nonBlank(paragraphs).at(-1), ...nonBlank(removed).slice(0, INITIALS_REACH)].find((line) => line !== undefined && isDeskInitials(line));
  return closing ? [{ value: closing.slice(1, -1).replace(/\s+/g, ''), score: 0.6, reason: "the desk's initials closing the article" }] : [];
}

/** Every author a page proposes for its news item, with the evidence for each. */
export function bylineCandidates({ header, paragraphs, removed, dateline }: BylineSources): Candidate<string>[] {
  return [
    ...(dateline?.byline ? [{ value: dateline.byline, score: 0.7, reason: 'a name opening the dateline' }] : []),
    ...credited(header, 0.85, 'credited over the article'),
    ...header.flatMap((line) => {
      const author = readBylineLine(line)?.author;
      return author ? [{ value: author, score: 0.7, reason: 'a "Name - Outlet" byline' }] : [];
    }),
    ...namesOverRoles(header),
    ...credited(removed, 0.8, 'credited after the article'),
    ...deskInitials(paragraphs, removed),
  ];
}
