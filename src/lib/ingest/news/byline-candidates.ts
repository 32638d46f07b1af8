/**
 * Evidence for who wrote a news item: a credit label before a name in the header ("Oleh X",
 * "Penulis: X") or in the credits after the article ("Pewarta: X"), a "Name - Outlet" byline in
 * the header, a name over its role ("Unoviana Kartika" then "Penulis"), and the desk's initials
 * closing the article ("(ily/kil)"), which stand for the reporter and editor where no name is given,
 * a name opening the dateline ("Jayanty Nada Shofa, Jakarta –"), and a role printed before the
 * name without a colon ("Penulis Irfan Kamil | Editor ...").
 */
import type { Candidate } from '../fields/candidates.ts';
import { closesOnNewsroomRole, isLoneCreditLabel, readBylineLine, readCreditLine } from './credits.ts';
import type { Dateline } from './dateline.ts';
import { isKnownPlace } from './known-places.ts';
import { findAbsoluteDates } from './dates.ts';
import { isStampLine } from './headline.ts';
import { namesNewsMedium, splitMediumAndPlace } from './medium-name.ts';
import { isClutterLine, isDeskInitials, isRelatedBlockLead } from './page-furniture.ts';
import { creditPlaceAt } from './place.ts';
import { lowerCaseWords, readsAsNames } from '../thesis/title-words.ts';

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
/** Two to four capitalised words, as a desk or beat and the role closing it print: "Indonesia Correspondent", "Senior Reporter". */
const ROLE_PHRASE_WORDS = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){1,3}$/u;

/** True for a writer's role with its desk or beat, on a line of its own: "Indonesia Correspondent". */
function isRolePhrase(line: string): boolean {
  return ROLE_PHRASE_WORDS.test(line) && closesOnNewsroomRole(line);
}
/** Two to four capitalised words and nothing else: a person's name as a byline prints it. */
const NAME_ALONE = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;

/**
 * True when `name` reads as a person's name by the words the text writes in lower case
 * (`ordinary`): an initial ("A.") says nothing either way, as "a" is an ordinary word.
 */
function readsAsPersonName(name: string, ordinary: ReadonlySet<string>): boolean {
  const withoutInitials = name.replace(/(?<!\p{L})\p{Lu}\.\s*/gu, '').trim();
  return withoutInitials !== '' && readsAsNames(withoutInitials, ordinary);
}

/**
 * True unless `author` is one word that is no person's name: a known place ("Jakarta - site.com"),
 * or a word the text (`ordinary`) writes in lower case, as a section's name ("Hukum - site.com").
 */
function readsAsOneWordName(author: string, ordinary: ReadonlySet<string>): boolean {
  return /\s/.test(author) || (!isKnownPlace(author) && readsAsPersonName(author, ordinary));
}

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

/**
 * A name on its own line with its role alone on the next: the page's author box. A role alone
 * with no name over it labels the name under it ("Penulis" / "Irfan Kamil"), when that reads as a
 * person's name by the words the text (`ordinary`) writes in lower case.
 */
function namesBesideRoles(lines: readonly string[], ordinary: ReadonlySet<string>): Candidate<string>[] {
  const shown = nonBlank(lines);
  return shown.flatMap((line, index) => {
    if (NAME_ALONE.test(line) && ROLE_ALONE.test(shown[index + 1] ?? '')) return [{ value: line, score: 0.75, reason: 'a name over its role' }];
    // A role with its desk or beat ("Indonesia Correspondent") under a name that reads as a person's.
    if (NAME_ALONE.test(line) && isRolePhrase(shown[index + 1] ?? '') && readsAsPersonName(line, ordinary)) {
      return [{ value: line, score: 0.7, reason: 'a name over its role and desk' }];
    }
    const above = shown[index - 1] ?? '';
    const labelled = ROLE_ALONE.test(above) && !NAME_ALONE.test(shown[index - 2] ?? '');
    return labelled && NAME_ALONE.test(line) && readsAsPersonName(line, ordinary) ? [{ value: line, score: 0.7, reason: 'a name under its role' }] : [];
  });
}

/** True when `line` is the item's dated stamp ("June 12, 2023 | 10:15 am", "Published: 10:15am, 12 Jun 2023"), no credit. */
function isDatedStamp(line: string): boolean {
  return findAbsoluteDates(line).length > 0 && isStampLine(line) && readCreditLine(line) === undefined && readBylineLine(line) === undefined;
}

/**
 * True when a line standing over a stamp or credit reads as a writer's name: a person's, by the
 * words the text (`ordinary`) writes in lower case, and no known place, news medium or page clutter,
 * which a page may print there too.
 */
function readsAsWriterName(line: string, ordinary: ReadonlySet<string>): boolean {
  return readsAsPersonName(line, ordinary) && !isKnownPlace(line) && !namesNewsMedium(line) && !isClutterLine(line);
}

/**
 * A name alone right over the item's dated stamp: the writer, as many pages print their byline
 * ("Andi Saputra" / "June 12, 2023 | 10:15 am"), unless it is a role ("Indonesia Correspondent").
 */
function nameOverDate(lines: readonly string[], ordinary: ReadonlySet<string>): Candidate<string>[] {
  const shown = nonBlank(lines);
  return shown.flatMap((line, index) =>
    NAME_ALONE.test(line) &&
    isDatedStamp(shown[index + 1] ?? '') &&
    // A name under a role alone is that role's ("Editor" / "Petir Garda Bhwana").
    !isLoneCreditLabel(shown[index - 1] ?? '') &&
    readsAsWriterName(line, ordinary) &&
    !closesOnNewsroomRole(line)
      ? [{ value: line, score: 0.55, reason: 'a name over the dated stamp' }]
      : [],
  );
}

/** One to four capitalised words and nothing else: a writer's name, which may be one word ("Fadli"). */
const WRITER_NAME = /^\p{Lu}[\p{L}'’.-]+(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u;

/** A writer's name right over the medium's credit with the place it filed from ("Fadli" / "The Jakarta Post/Batam"). */
function nameOverMedium(lines: readonly string[], ordinary: ReadonlySet<string>): Candidate<string>[] {
  const shown = nonBlank(lines);
  return shown.flatMap((line, index) =>
    WRITER_NAME.test(line) && splitMediumAndPlace(shown[index + 1] ?? '') !== undefined && readsAsWriterName(line, ordinary)
      ? [{ value: line, score: 0.6, reason: "a name over the medium's credit" }]
      : [],
  );
}

/** Lines after the article searched for its closing initials (a video prompt may come between). */
const INITIALS_REACH = 3;

/**
 * A name printed twice in a row over the article: an author box gives its picture's label and
 * its link the writer's name ("Nina A. Loasana" / "Nina A. Loasana"). A line repeated so is a name
 * only when none of its words is written in lower case in the text (`ordinary`).
 */
function nameTwice(lines: readonly string[], ordinary: ReadonlySet<string>): Candidate<string>[] {
  const shown = nonBlank(lines);
  return shown.flatMap((line, index) =>
    index > 0 && shown[index - 1] === line && NAME_ALONE.test(line) && readsAsPersonName(line, ordinary)
      ? [{ value: line, score: 0.65, reason: 'a name printed twice in the author box' }]
      : [],
  );
}

/** A writer's role before the name with no colon: "Penulis Irfan Kamil", "Reporter: " without its colon. */
const BARE_ROLE = /^(?:penulis|pewarta|reporter|writer)\s+(\p{Lu}.*)$/iu;

/**
 * The name after a writer's role and a space, in a header line or one of its parts ("Penulis
 * Irfan Kamil | Editor Sabrina Asril"). Without a colon the role word may open a headline or a
 * desk ("Reporter Tewas di ...", "Reporter Tribun Jateng"), so the rest must read as a person's
 * name: two to four capitalised words, none of which the text (`ordinary`) writes in lower case.
 */
function namesAfterBareRoles(lines: readonly string[], ordinary: ReadonlySet<string>): Candidate<string>[] {
  return lines.flatMap((line) =>
    line.split(/\s+[|·•]\s+/u).flatMap((part) => {
      const name = BARE_ROLE.exec(part.trim())?.[1]?.trim();
      // NAME_ALONE holds it to two to four capitalised words.
      return name && NAME_ALONE.test(name) && readsAsPersonName(name, ordinary)
        ? [{ value: name, score: 0.7, reason: 'a name after its role, without a colon' }]
        : [];
    }),
  );
}

/**
 * The lines after the article up to a block of other stories: a writer credited under a related
 * story's title is that story's ("BACA JUGA" / "Title" / "Oleh X, Outlet").
 */
function beforeRelatedBlock(removed: readonly string[]): readonly string[] {
  const block = removed.findIndex(isRelatedBlockLead);
  return block < 0 ? removed : removed.slice(0, block);
}

/** The desk's initials as the last line of the article or among the first lines after it. */
function deskInitials(paragraphs: readonly string[], removed: readonly string[]): Candidate<string>[] {
  const closing = [nonBlank(paragraphs).at(-1), ...nonBlank(removed).slice(0, INITIALS_REACH)].find((line) => line !== undefined && isDeskInitials(line));
  return closing ? [{ value: closing.slice(1, -1).replace(/\s+/g, ''), score: 0.6, reason: "the desk's initials closing the article" }] : [];
}

/** A bullet opening an item of the author box's list: "• The Jakarta Post". */
const BULLET = /^[•·▪]\s*/u;

/** Most name lines a credit block stacks over its place line. */
const CREDIT_BLOCK_NAMES = 2;

/**
 * The name heading a credit block, stacked over its place and date ("• The Jakarta Post" / "The
 * Jakarta Post" / "Jakarta / Tue, April 30, 2013"): the writer, or the outlet crediting its staff.
 * Weak, as the line over the place may be the outlet under a writer printed elsewhere.
 */
function creditBlockHead(header: readonly string[]): Candidate<string>[] {
  const names: string[] = [];
  for (let at = creditPlaceAt(header) - 1; at >= 0 && names.length < CREDIT_BLOCK_NAMES; at--) {
    const line = header[at]!.trim().replace(BULLET, '');
    // Two words at least: a section's name ("Nasional") may stand over the place too.
    if (!NAME_ALONE.test(line) || isKnownPlace(line) || isClutterLine(line)) break;
    names.push(line);
  }
  const head = names.at(-1);
  return head ? [{ value: head, score: 0.5, reason: 'the name heading the credit block over the place and date' }] : [];
}

/** Every author a page proposes for its news item, with the evidence for each. */
export function bylineCandidates({ header, paragraphs, removed, dateline }: BylineSources): Candidate<string>[] {
  const ordinary = lowerCaseWords([...header, ...paragraphs].join('\n'));
  const overMedium = nameOverMedium(header, ordinary);
  return [
    ...(dateline?.byline ? [{ value: dateline.byline, score: 0.7, reason: 'a name opening the dateline' }] : []),
    ...credited(header, 0.85, 'credited over the article'),
    ...header.flatMap((line) => {
      const author = readBylineLine(line)?.author;
      return author && readsAsOneWordName(author, ordinary) ? [{ value: author, score: 0.7, reason: 'a "Name - Outlet" byline' }] : [];
    }),
    ...namesBesideRoles(header, ordinary),
    ...namesAfterBareRoles([...header, ...beforeRelatedBlock(removed)], ordinary),
    ...nameTwice(header, ordinary),
    ...nameOverDate(header, ordinary),
    ...overMedium,
    ...credited(beforeRelatedBlock(removed), 0.8, 'credited after the article'),
    ...deskInitials(paragraphs, removed),
    ...creditBlockHead(header),
    // The medium's credit stands for the writer only where no name stands over it.
    ...(overMedium.length > 0
      ? []
      : header.flatMap((line) => {
          const medium = splitMediumAndPlace(line)?.medium;
          return medium ? [{ value: medium, score: 0.5, reason: "an agency's credit with the place it filed from" }] : [];
        })),
  ];
}
