/**
 * Chooses the place a news item was filed from. The dateline that opens the article is the best
 * evidence; a dateline in capitals, or a known place closed by a colon, period, bar or bullet, a
 * header line giving a place and a date, and the place after a byline ("... in Jakarta") count
 * for less. Without any of them the place stays empty.
 */
import { chooseCandidate, type Candidate, type Choice } from '../fields/candidates.ts';
import { readFiledFrom } from './credits.ts';
import { readCapitalsDateline, readKnownPlaceDateline, readPlaceDateLine, type Dateline } from './dateline.ts';
import { isDateStamp } from './dates.ts';
import { isKnownPlace } from './known-places.ts';
import { splitMediumAndPlace } from './medium-name.ts';
import { escapeRegExp } from '../../text/escape-reg-exp.ts';

/** What the place is read from. */
export interface PlaceSources {
  /** The article's first paragraph, if it has one. */
  lead?: string;
  dateline?: Dateline;
  /** Lines around the headline, before the article. */
  header: readonly string[];
  /** The headline and the article's paragraphs, which may name the place again. */
  story?: readonly string[];
}

function candidate(value: string | undefined, score: number, reason: string): Candidate<string>[] {
  return value === undefined ? [] : [{ value, score, reason }];
}

function first(lines: readonly string[], read: (line: string) => string | undefined): string | undefined {
  return lines.map(read).find((found) => found !== undefined);
}

/** A dateline of one word and a dash, with no outlet or date: "JAKARTA –". */
const BARE_DATELINE = /^\S+?\s*[–—-]{1,2}$/u;

/** Words after which a name is whom the story was told to or taken from, never where it happened: "kepada X", "dilansir dari X", "told X". */
const TOLD_OR_TAKEN_FROM = /(?:kepada|(?:dilansir|dikutip|melansir)(?:\s+dari)?|via|told|quoted by)\s+$/iu;

/**
 * True when the story names `place` again, in title case ("NUNUKAN" as "Polres Nunukan"), other
 * than as whom it was told to or taken from ("kepada Lenteramerah"): a site signing alone is
 * named there so at most.
 */
function storyNamesPlace(place: string, story: readonly string[]): boolean {
  const titleCase = place.toLowerCase().replace(/(^|\s)(\p{L})/gu, (_, space: string, letter: string) => space + letter.toUpperCase());
  const named = new RegExp(String.raw`(?<![\p{L}\p{N}])${escapeRegExp(titleCase)}(?![\p{L}\p{N}])`, 'gu');
  return story.some((text) => [...text.matchAll(named)].some((match) => !TOLD_OR_TAKEN_FROM.test(text.slice(0, match.index))));
}

/**
 * The place of the article's dateline. A bare word there ("LENTERAMERAH –") may as well be the
 * site signing alone, so it counts as a place only when it names a known one or, a little less
 * surely, one the story names again ("NUNUKAN –" over "Polres Nunukan").
 */
function datelinePlace(dateline: Dateline | undefined, story: readonly string[]): Candidate<string>[] {
  if (dateline?.place === undefined) return [];
  const bare = dateline.outlet === undefined && BARE_DATELINE.test(dateline.text);
  if (!bare || isKnownPlace(dateline.place)) return candidate(dateline.place, 0.9, 'dateline of the first paragraph');
  // The dateline itself is no second naming, whatever its case.
  const rest = story.map((text) => text.replace(dateline.text, ''));
  return storyNamesPlace(dateline.place, rest) ? candidate(dateline.place, 0.7, 'dateline of the first paragraph, named again in the story') : [];
}

/** A place as a header prints it alone: up to three capitalised words. */
const PLACE_ALONE = /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}$/u;

/**
 * Index in `header` of a known place on a line of its own right over the date line, as some
 * sites stack their credit block ("The Daily Wire" / "Jakarta" / "Mon, October 29, 2012"); or -1.
 */
export function placeOverDateAt(header: readonly string[]): number {
  return header.findIndex((line, index) => PLACE_ALONE.test(line) && isKnownPlace(line) && isDateStamp(header[index + 1] ?? ''));
}

/**
 * Index in `header` of the place line of a credit block, under the writer's or outlet's name: a
 * known place alone over the date line ({@link placeOverDateAt}), or else a line giving the place
 * and date ("Jakarta / Tue, April 30, 2013 / 10:35 am"); or -1.
 */
export function creditPlaceAt(header: readonly string[]): number {
  const over = placeOverDateAt(header);
  return over >= 0 ? over : header.findIndex((line) => readPlaceDateLine(line) !== undefined);
}

/** Up to three capitalised words of a place's name, each ending where a capital glued to it opens the next label. */
const PLACE_WORDS = String.raw`\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){0,2}`;

/**
 * A labelled location in the header, perhaps with its region, up to the end or the next label
 * glued to it: "Location: Bali, IndonesiaDate: 14 - 15 April 2009", "Lokasi: Nusa Dua, Bali".
 */
const LOCATION_LABEL = new RegExp(
  String.raw`^(?:[Ll]ocation|LOCATION|[Ll]okasi|LOKASI|[Tt]empat|TEMPAT)\s*:\s*(?<place>${PLACE_WORDS})(?<region>,\s*${PLACE_WORDS})?(?=$|\s*[|;]|\s*\p{Lu}\p{Ll}+\s*:)`,
  'u',
);

/** The place a header's location label gives, when it names a known place. */
function readLocationLabel(line: string): string | undefined {
  const groups = LOCATION_LABEL.exec(line.trim())?.groups;
  return groups?.place && isKnownPlace(groups.place) ? `${groups.place}${groups.region ?? ''}` : undefined;
}

/** Returns every place the page proposes, with its score and evidence. */
export function placeCandidates({ lead, dateline, header, story = [] }: PlaceSources): Candidate<string>[] {
  return [
    ...datelinePlace(dateline, story),
    ...candidate(dateline || lead === undefined ? undefined : readCapitalsDateline(lead), 0.75, 'place in capitals opening the first paragraph'),
    ...candidate(dateline || lead === undefined ? undefined : readKnownPlaceDateline(lead), 0.75, 'known place and a colon, period, bar or bullet opening the first paragraph'),
    ...candidate(first(header, readPlaceDateLine), 0.6, 'place beside the date in the header'),
    ...candidate(header[placeOverDateAt(header)], 0.55, 'known place alone over the date line'),
    ...candidate(first(header, readFiledFrom), 0.45, 'where the writer filed from'),
    ...candidate(first(header, readLocationLabel), 0.55, 'after a location label in the header'),
    ...candidate(first(header, (line) => splitMediumAndPlace(line)?.place), 0.5, "the place after the agency's credit"),
  ];
}

/** Returns the best supported place, with a doubt when it is weak or close; or undefined. */
export function choosePlace(sources: PlaceSources): Choice<string> | undefined {
  return chooseCandidate(placeCandidates(sources));
}
