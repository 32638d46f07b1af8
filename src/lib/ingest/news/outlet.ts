/**
 * Chooses a news item's outlet from every place a page names it. Each piece of evidence proposes
 * a name with a score; names that several pieces agree on gain, and a choice resting on weak or
 * close evidence is flagged. A page that names no outlet gets none: nothing is taken from the
 * file name or general knowledge.
 */
import { chooseCandidate, type Candidate, type Choice } from '../fields/candidates.ts';
import { closesOnNewsroomRole, copyrightHolder, readCopyrightLine, readCreditOutlet, readFiledFor, readStaffOutlet, type Byline } from './credits.ts';
import { outletNameOf } from './known-outlets.ts';
import { isDateStamp } from './dates.ts';
import type { Dateline } from './dateline.ts';
import { isKnownPlace } from './known-places.ts';
import { namesNewsMedium, splitMediumAndPlace } from './medium-name.ts';
import { creditPlaceAt } from './place.ts';
import { isClutterLine } from './page-furniture.ts';
import { readAboutIssuer } from './press-release.ts';
import { readClosingSignature } from './prose.ts';
import { readRepublishedSite } from './republication-notice.ts';
import { splitSiteName } from './site-name.ts';
import { hostOf, readDomainLine } from './web-address.ts';

/** What the outlet is read from: the page's lines around the article, and what was read from them. */
export interface OutletSources {
  /** Lines around the headline, before the article, in page order. */
  header: readonly string[];
  /** Lines dropped around and after the article (widgets, credits, copyright). */
  removed: readonly string[];
  dateline?: Dateline;
  byline?: Byline;
  /** The article's last paragraph, which an agency may sign: "... the act. – Bernama". */
  closing?: string;
  /** The writer chosen for the item, whose author box may name the outlet under the name. */
  author?: string;
}

/** "Source: AP", "| Sumber: ANTARA": the agency a page credits the story to. */
const SOURCE_LABEL = /^\|?\s*(?:[Ss]ource|[Ss]umber|SOURCE|SUMBER)\s*:\s*(\p{Lu}[\p{L}\p{N}.&'’-]*(?: \p{Lu}[\p{L}\p{N}.&'’-]*){0,3})\s*$/u;
/** A masthead: two to four capitalised words and nothing else ("New Straits Times"). */
const MASTHEAD = /^\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){1,3}$/u;

function first<T>(lines: readonly string[], read: (line: string) => T | undefined): T | undefined {
  return lines.map(read).find((found) => found !== undefined);
}

function candidate(value: string | undefined, score: number, reason: string): Candidate<string>[] {
  return value === undefined || value.trim() === '' ? [] : [{ value: value.trim(), score, reason }];
}

/** The site named after the page's title: by its domain a sure sign; by words, weak alone, as a section may stand there. */
function siteAfterTitle(header: readonly string[]): Candidate<string>[] {
  const found = first(header, splitSiteName);
  if (!found) return [];
  return found.domain ? candidate(found.site, 0.6, "site's domain after the page's title") : candidate(found.site, 0.45, "name after the page's title");
}

/** True for a masthead line that is no button or widget, nor a writer's role ("Indonesia Correspondent"). */
function isMastheadLine(line: string | undefined): line is string {
  return line !== undefined && MASTHEAD.test(line) && !isClutterLine(line) && !closesOnNewsroomRole(line);
}

/**
 * The masthead line of a credit block: right under the writer's name in the author box
 * ("Nina Putri" / "Nina Putri" / "The Daily Wire"), or over a place stacked on the date
 * ("The Daily Wire" / "Jakarta" / "Mon, October 29, 2012") or printed beside it ("The Jakarta
 * Post" / "Jakarta / Tue, April 30, 2013 / 10:35 am").
 */
function creditBlockOutlet(header: readonly string[], author: string | undefined): string | undefined {
  const lastName = author === undefined ? -1 : header.lastIndexOf(author);
  const underName = lastName < 0 ? undefined : header[lastName + 1];
  if (isMastheadLine(underName) && underName !== author) return underName;
  const overPlace = header[creditPlaceAt(header) - 1];
  return isMastheadLine(overPlace) && !isKnownPlace(overPlace) ? overPlace : undefined;
}

/** A name run into the date after it, glued or spaced ("The Star26-05-2025"): the masthead over the story with its date. */
const NAME_BEFORE_DATE = /^(\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,3})\s*(?=\d)/u;

/** The outlet's name printed with the story's date on one header line, when the name calls itself a news medium. */
function mediumBesideDate(line: string): string | undefined {
  const name = NAME_BEFORE_DATE.exec(line)?.[1];
  return name !== undefined && namesNewsMedium(name) && isDateStamp(line.slice(name.length)) ? name : undefined;
}

/** A print copy's running head: the site's name and its address between dashes ("- The Strategist - https://www.aspistrategist.org.au -"). */
const NAME_AND_ADDRESS = /^[-–|\s]*(?<name>\p{Lu}[\p{L}.&'’-]*(?: \p{Lu}[\p{L}.&'’-]*){0,4})\s+[-–|]\s+(?<url>https?:\/\/\S+?)[\s/–|-]*$/u;

/** Fewest letters of a name's word that, found in the address, tie the name to the site. */
const MIN_TIED_WORD = 4;

/** The site's name printed beside its own address, a word of it spelled in the address's host. */
function nameBesideAddress(line: string): string | undefined {
  const { name, url } = NAME_AND_ADDRESS.exec(line)?.groups ?? {};
  const host = url === undefined ? undefined : hostOf(url)?.toLowerCase();
  if (!name || !host) return undefined;
  const tied = name.split(' ').some((word) => word.length >= MIN_TIED_WORD && host.includes(word.toLowerCase()));
  return tied ? name : undefined;
}

/** The medium of a credit line with the place it filed from ("The Jakarta Post/Batam"), when it is not the writer credited. */
function mediumCreditOf(header: readonly string[], author: string | undefined): string | undefined {
  const medium = first(header, (line) => splitMediumAndPlace(line)?.medium);
  return medium === author ? undefined : medium;
}

/** Returns every outlet name the page proposes, each with its score and the evidence for it. */
export function outletCandidates({ header, removed, dateline, byline, closing, author }: OutletSources): Candidate<string>[] {
  const lines = [...header, ...removed];
  const copyright = first(lines, readCopyrightLine);
  return [
    ...candidate(dateline?.outlet, 0.85, 'signs the dateline'),
    ...candidate(byline?.outlet === undefined ? undefined : outletNameOf(byline.outlet), 0.75, 'named in the byline'),
    ...candidate(readStaffOutlet(header), 0.7, 'the desk under the byline'),
    ...candidate(first(header, (line) => SOURCE_LABEL.exec(line)?.[1]), 0.7, 'after "Source:"'),
    ...candidate(first(header, readFiledFor), 0.6, 'the writer files for it'),
    ...candidate(first(header, readCreditOutlet), 0.7, 'named after the writer in the credit'),
    ...candidate(first(header, readDomainLine), 0.6, 'site address above the article'),
    ...candidate(first(header, nameBesideAddress), 0.65, "the site's name beside its address"),
    ...candidate(copyright === undefined ? undefined : copyrightHolder(copyright), 0.6, 'holds the copyright'),
    // A partner reprinting may name the site it took the story from: strong, yet below the dateline's signature.
    ...candidate(first(removed, readRepublishedSite), 0.6, 'named by the republication notice'),
    ...siteAfterTitle(header),
    ...candidate(creditBlockOutlet(header, author), 0.55, 'masthead line in the credit block'),
    ...candidate(first(header, mediumBesideDate), 0.6, "a medium's name beside the date"),
    // Unless the medium stands as the writer too, which the byline's credit below counts already.
    ...candidate(mediumCreditOf(header, author), 0.6, "a medium's credit with the place it filed from"),
    // The staff's credit: a byline naming a news medium ("By : Jakarta Globe") names no writer but the outlet.
    ...candidate(author !== undefined && namesNewsMedium(author) ? author : undefined, 0.6, 'the byline credits a news medium'),
    ...candidate(first(removed, readAboutIssuer), 0.5, 'issuer of the release'),
    ...candidate(closing === undefined ? undefined : readClosingSignature(closing), 0.5, 'signs the last paragraph after a dash'),
    // Weak alone: a short capitalised first line may as well be a section name; a button
    // ("Silakan Share") is never one.
    // The writer's name alone at the top ("Andi Saputra" over the date) is no masthead.
    ...candidate(isMastheadLine(header[0]) && header[0] !== author ? header[0] : undefined, 0.3, 'masthead line at the top'),
  ];
}

/** Returns the outlet the evidence supports best, with a doubt when it is weak or close; or undefined. */
export function chooseOutlet(sources: OutletSources): Choice<string> | undefined {
  return chooseCandidate(outletCandidates(sources));
}
