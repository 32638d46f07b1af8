/**
 * Reads the dateline that opens a news article: "Bangkok, VIVA –", "Jakarta (ANTARA) –",
 * "JAKARTA, KOMPAS.com -", "JAKARTA, Dec 17 (Reuters) -", "Pekanbaru, Riau, Jan 22 (Antaranews
 * Riau) -", "TEMPO.CO, Jakarta -", or just
 * "Jakarta -". Many sites set the dash tight: "JAKARTA, KOMPAS.com--", "JAKARTA—".
 */
import { findAbsoluteDates, isDateStamp, isDayOrMonthName } from './dates.ts';
import { outletNameOf } from './known-outlets.ts';
import { isKnownPlace } from './known-places.ts';
import { namesNewsMedium } from './medium-name.ts';

/** What a dateline says: the place, and the outlet when it names one. */
export interface Dateline {
  /** Absent when a site signs alone: "KONTEKS.CO.ID - ...". */
  place?: string;
  outlet?: string;
  /** The reporter, when the dateline opens with a name before the place: "Jayanty Nada Shofa, Jakarta –". */
  byline?: string;
  /** The dateline as written, dash included. */
  text: string;
}

/**
 * A hyphen set tight to the story's first word closes a dateline only with a space before it
 * ("Jakarta, MERDEKANEWS -Patroli ..."): without one it joins two words ("Indo-Pacific").
 * A hyphen set tight after the place closes it only after capitals and with a space after it
 * ("TRIBUNKALTARA.COM, NUNUKAN- Upaya ..."): after a word in lower case it joins two names
 * ("Indonesia- Malaysia").
 * The first word may hold digits only as a site name signing first ("Liputan6.com, Surabaya -");
 * a site signing first may be written in lower case and set off by a bar ("detik.com | Bandung -").
 */
const DATELINE =
  /^(?<place>\p{Lu}[\p{L}'’.-]*(?:\p{N}+[\p{L}.]*\.\p{L}{2,})?(?: \p{Lu}[\p{L}'’.-]*){0,3}|[\p{Ll}\p{N}][\p{L}\p{N}-]*(?:\.\p{L}{2,})+)(?:(?:\s*,\s*|\s+\|\s+)(?<middle>[^,–—()]{1,40}?))?(?:\s*,\s*(?<when>[^,–—()]{0,20}\d[^,–—()]{0,20}?))?\s*(?:\((?<paren>[^()]{2,40})\))?(?:\s+[–—-]{1,2}\s+|\s*(?:[–—]|--)\s*(?=\p{Lu}|["“])|\s+-(?=\p{Lu})|(?<=\p{Lu}{2})-\s+(?=["“]?\p{Lu}))/u;
/** An outlet name: up to three words without digits ("VIVA", "KOMPAS.com", "Tempo English"). */
const OUTLET_NAME = /^\p{L}[\p{L}.&'’-]*(?: [\p{L}.&'’-]+){0,2}$/u;

/** The region after a place, before the agency in brackets: "Pontianak, W. Kalimantan (ANTARA) -". */
const REGION = /^\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,2}$/u;

/** A site name written as a domain ("TEMPO.CO", "Liputan6.com"): an outlet, never a place. */
const DOMAIN_NAME = /\.\p{L}{2,}$/u;

/** A site signing first with its domain and a comma, then the words that may hold the place: "Liputan6.com, Jakarta Polisi ...". */
const SITE_THEN_WORDS = /^(?<site>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.\p{L}{2,})+),\s+(?<words>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s+\S/u;

/**
 * The dateline of a site signing first whose dash was lost ("Liputan6.com, Jakarta Polisi
 * menangkap ..."): nothing marks where the place ends, so only a known place is taken, the
 * longest the capitalised words after the comma begin with.
 */
function readUndashedSiteDateline(paragraph: string): Dateline | undefined {
  const groups = SITE_THEN_WORDS.exec(paragraph)?.groups;
  if (!groups?.site || !groups.words) return undefined;
  const words = groups.words.split(' ');
  const place = words.map((_, at) => words.slice(0, words.length - at).join(' ')).find(isKnownPlace);
  return place ? { place, outlet: groups.site, text: `${groups.site}, ${place}` } : undefined;
}

/** Two to four words in title case, as a person's name is printed: never a site's capitals or domain. */
const PERSON_NAME = /^\p{Lu}\p{Ll}+(?: \p{Lu}\p{Ll}+){1,3}$/u;

/**
 * The dateline of a reporter signing before the place ("Jayanty Nada Shofa, Jakarta –"): only a
 * known place after the comma, with a name before it that is no known place, reads this way.
 */
function readNameThenPlace(first: string, middle: string | undefined, text: string): Dateline | undefined {
  if (middle === undefined || !PERSON_NAME.test(first) || isKnownPlace(first) || !isKnownPlace(middle)) return undefined;
  return { place: middle, byline: first, text };
}

/** A capital right after a small letter inside a word ("IndoBRITA", "detikNews"): a site's typography, never a place's or a person's. */
const INNER_CAPITAL = /\p{Ll}\p{Lu}/u;

/**
 * The dateline of a site signing first by its name, then the place ("IndoBRITA, Manado —"): only
 * a known place after the comma, with a name before it set in a site's mixed capitals.
 */
function readSiteThenPlace(first: string, middle: string | undefined, text: string): Dateline | undefined {
  if (middle === undefined || !INNER_CAPITAL.test(first) || !OUTLET_NAME.test(first) || isKnownPlace(first) || !isKnownPlace(middle)) return undefined;
  return { place: middle, outlet: first, text };
}

/**
 * A site's name, a dash, a known place and a bar, then the story: "Laporan Harian – Jakarta |
 * Salah satu ...". The bar closes the dateline, so the place is the words between dash and bar.
 */
const SITE_DASH_PLACE_BAR = /^(?<site>\p{Lu}[\p{L}\p{N}.'’-]*(?: \p{Lu}[\p{L}\p{N}.'’-]*){0,2})\s+[–—-]{1,2}\s+(?<place>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})\s+\|\s+(?=["“]?\p{Lu})/u;

/**
 * The place of a "Site – Place | story" dateline; the words before the dash are the outlet only
 * when they call themselves a news medium ("Laporan Harian"), as two capitalised words may as well
 * be the reporter's name.
 */
function readDashPlaceBar(paragraph: string): Dateline | undefined {
  const match = SITE_DASH_PLACE_BAR.exec(paragraph);
  const place = match?.groups?.place;
  const site = match?.groups?.site;
  if (!place || !site || !isKnownPlace(place) || isKnownPlace(site)) return undefined;
  return { place, ...(namesNewsMedium(site) ? { outlet: site } : {}), text: match[0].trim() };
}

/** A site signing alone with its domain and a bar, no place and no dash: "TRANSINDONESIA.co | Ratusan ...". */
const SITE_AND_BAR = /^(?<site>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.\p{L}{2,})+)\s+\|\s+(?=\p{Lu}\p{Ll})/u;

/** A site signing first with its domain, then the place and a colon: "Metrotvnews.com, Jakarta: Indonesia wajib ...". */
const SITE_PLACE_COLON = /^(?<site>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.\p{L}{2,})+),\s+(?<place>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2}):\s+(?=["“]?\p{Lu})/u;

/** The dateline of a site's domain and a place closed by a colon; the domain makes the colon no label's. */
function readSitePlaceColon(paragraph: string): Dateline | undefined {
  const match = SITE_PLACE_COLON.exec(paragraph);
  const { site, place } = match?.groups ?? {};
  return site && place ? { place, outlet: site, text: match![0].trim() } : undefined;
}

/** The dateline of a site signing alone before a bar, or undefined. */
function readSiteAndBar(paragraph: string): Dateline | undefined {
  const match = SITE_AND_BAR.exec(paragraph);
  return match?.groups?.site ? { outlet: match.groups.site, text: match[0].trim() } : undefined;
}

/**
 * A site name signing first and closed by a period, before the place: "RI News Portal. Meulaboh".
 * The name's last word has four letters or more, so an abbreviated place ("St. Louis") is no site.
 */
const SITE_PERIOD_PLACE = /^(?<site>\p{Lu}[\p{L}\p{N}'’-]*(?: [\p{L}\p{N}'’-]+){0,3}\p{L}{3}\p{L}*)\. (?<place>\p{Lu}.*)$/u;

/**
 * Splits a site name printed before the place off it ("RI News Portal. Meulaboh, 18 Oktober 2025 –"):
 * only a known place after the period reads so, since the period may belong to the place's own name.
 */
function splitSiteBeforePlace(dateline: Dateline): Dateline {
  const groups = dateline.place === undefined || dateline.outlet !== undefined ? undefined : SITE_PERIOD_PLACE.exec(dateline.place)?.groups;
  if (!groups?.site || !groups.place || !isKnownPlace(groups.place)) return dateline;
  return { ...dateline, place: groups.place, outlet: groups.site };
}

/** A site's domain right after the dash, then the story: "Banda Aceh, 19 Oktober 2025 – NEWSSITE.NEWS Polisi ...". */
const DOMAIN_AFTER_DASH = /^\s*(?<site>[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.\p{L}{2,})+)(?:\s*[–—-]{1,2})?\s+(?=\p{Lu})/u;

/**
 * Adds the site that signs after the dash of a dateline naming no outlet before it. Only a name
 * written as a domain counts: a word after the dash is the story's first.
 */
function withSiteAfterDash(dateline: Dateline, paragraph: string): Dateline {
  if (dateline.outlet !== undefined) return dateline;
  const match = DOMAIN_AFTER_DASH.exec(paragraph.slice(paragraph.indexOf(dateline.text) + dateline.text.length));
  const site = match?.groups?.site;
  return site ? { ...dateline, outlet: site, text: `${dateline.text} ${match[0].trim()}` } : dateline;
}

/** A place in capitals right after the dash, closed by dashes of its own: "jpnn.com - JAKARTA---Konflik ...". */
const PLACE_AFTER_DASH = /^\s*(?<place>\p{Lu}{2,}(?: \p{Lu}{2,}){0,2})\s*[–—-]{1,3}\s*(?=["“]?\p{Lu})/u;

/**
 * Adds the place a site signing alone prints after its dash ("jpnn.com - JAKARTA---Konflik ...",
 * "Tribratanews.polri.go.id - Jakarta. Polri ..."): only a known place in capitals closed by a
 * dash of its own, or a known place closed by a period or colon, as a place is set there; a body's
 * acronym ("DPR -") is none.
 */
function withPlaceAfterSite(dateline: Dateline, paragraph: string): Dateline {
  if (dateline.place !== undefined || dateline.outlet === undefined) return dateline;
  const rest = paragraph.slice(paragraph.indexOf(dateline.text) + dateline.text.length);
  const match = PLACE_AFTER_DASH.exec(rest);
  const place = match?.groups?.place;
  if (place && isKnownPlace(place)) return { ...dateline, place, text: `${dateline.text} ${match[0].trim()}` };
  // Or a known place closed by a period or colon: "Tribratanews.polri.go.id - Jakarta. Polri ...".
  const closed = readKnownPlaceDateline(rest.trimStart());
  return closed ? { ...dateline, place: closed, text: `${dateline.text} ${closed}` } : dateline;
}

/** Returns the dateline at the start of `paragraph`, or undefined when it opens without one. */
export function readDateline(paragraph: string): Dateline | undefined {
  const found = readDatelineForm(paragraph);
  return found === undefined ? undefined : withPlaceAfterSite(withSiteAfterDash(splitSiteBeforePlace(found), paragraph), paragraph);
}

/**
 * True unless a dateline has a part after its region that is no date: an agency's dateline may
 * give region and date both, the agency in brackets after them ("Pekanbaru, Riau, Jan 22
 * (Antaranews Riau) -"); without the agency the name before the date might be a site's.
 */
function isRegionThenDate(groups: Record<string, string | undefined>): boolean {
  const when = groups.when;
  return when === undefined || (groups.paren !== undefined && when.split(/\s+/).some(isDayOrMonthName));
}

/** The dateline in one of its printed forms, before a site signing around the place is sorted out. */
function readDatelineForm(paragraph: string): Dateline | undefined {
  const barred = readDashPlaceBar(paragraph);
  if (barred) return barred;
  const match = DATELINE.exec(paragraph);
  const groups = match?.groups;
  if (!match || !groups?.place || !isRegionThenDate(groups)) return readUndashedSiteDateline(paragraph) ?? readSiteAndBar(paragraph) ?? readSitePlaceColon(paragraph);
  const text = match[0].trim();
  const middle = groups.middle?.trim();
  // Some sites sign first and place second: "TEMPO.CO, Jakarta -".
  if (DOMAIN_NAME.test(groups.place) && middle && OUTLET_NAME.test(middle)) {
    return { place: middle, outlet: groups.place, text };
  }
  // A site name alone, with no place: "KONTEKS.CO.ID - Interpol saat ini ...", "Mainberita – Jumlah ...".
  const signsAlone = DOMAIN_NAME.test(groups.place) || (namesNewsMedium(groups.place) && !isKnownPlace(groups.place));
  if (signsAlone && !middle && !groups.paren) return { outlet: groups.place, text };
  if (!groups.paren) {
    const signed = readNameThenPlace(groups.place, middle, text) ?? readSiteThenPlace(groups.place, middle, text);
    if (signed) return signed;
  }
  const candidates = [groups.paren, middle].map((value) => value?.trim());
  // A weekday between place and date ("Jakarta, Selasa (14/5) -") is part of the date, not a site signing.
  const outlet = candidates.find((value): value is string => value !== undefined && OUTLET_NAME.test(value) && !isDayOrMonthName(value));
  // With the agency in brackets, a name between place and agency is the place's region, part of the place.
  const region = outlet !== undefined && outlet === groups.paren?.trim() && middle !== undefined && REGION.test(middle) ? middle : undefined;
  const place = region ? `${groups.place}, ${region}` : groups.place;
  return outlet ? { place, outlet: outletNameOf(outlet), text } : { place, text };
}

/**
 * A place, perhaps with its region and the agency in brackets, closed by a colon, a period, a bar
 * or a bullet: "KUALA LUMPUR:", "BALI, Indonesia:", "BATAM, Indonesia (AFP):", "Jakarta. Indonesia
 * and ...", "Batam | Upaya ...", "PEKANBARU • The ...".
 */
const KNOWN_PLACE_DATELINE =
  /^(?<place>\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})(?<region>, \p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,2})?(?: \([^()]{2,40}\))?(?:[:.]|\s+[|•])(?:\s+(?=["“]?\p{Lu})|$)/u;

/**
 * Returns the place of a dateline closed by a colon, a period, a bar or a bullet rather than a
 * dash ("BALI, Indonesia: An alleged ...", "Jakarta. Indonesia and Singapore ..."), or undefined.
 * A word and a colon is as often a label ("UPDATE:", "Catatan:"), and a word and a period a
 * sentence, so only a known place reads as a dateline here.
 */
export function readKnownPlaceDateline(paragraph: string): string | undefined {
  const groups = KNOWN_PLACE_DATELINE.exec(paragraph)?.groups;
  if (!groups?.place || !isKnownPlace(groups.place)) return undefined;
  return `${groups.place}${groups.region ?? ''}`;
}

/** True when `line` is a dateline and nothing else ("Jakarta, CNN Indonesia --", "PETALING JAYA:"). */
export function isLoneDateline(line: string): boolean {
  const trimmed = line.trim();
  return readDateline(`${line} .`)?.text === trimmed || (trimmed.endsWith(':') && readKnownPlaceDateline(trimmed) !== undefined);
}

/**
 * Returns `lines` with each dateline that a page set on a line of its own joined to the
 * paragraph it opens, so the paragraph reads as it does on sites that keep them together.
 */
export function attachLoneDatelines(lines: readonly string[]): string[] {
  const attached: string[] = [];
  lines.forEach((line, index) => {
    const previous = lines[index - 1];
    if (previous !== undefined && isLoneDateline(previous)) attached[attached.length - 1] = `${previous} ${line}`;
    else attached.push(line);
  });
  return attached;
}

/** A place in capitals and a colon or period: "LUMUT: The Marine Police ...", "JAKARTA. The National Police ...". */
const CAPITALS_DATELINE = /^(\p{Lu}{2,}(?:[ -]\p{Lu}{2,}){0,3})[:.]\s+(?=["“]?\p{Lu}\p{Ll})/u;

/**
 * Returns the place of a dateline written in capitals with a colon or a period, as Malaysian and
 * some Indonesian English-language sites write it, or undefined. Read only at the start of an
 * article's first paragraph: elsewhere the same shape is a label ("ABSTRACT: This study ...").
 */
export function readCapitalsDateline(paragraph: string): string | undefined {
  return CAPITALS_DATELINE.exec(paragraph)?.[1];
}

/** A place of up to four capitalised words and a comma: "Jakarta, ", "Kuala Lumpur, ". */
const PLACE_BEFORE_DATE = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}),\s*/u;

/** A place, then a stamp in parts split by slashes: "Jakarta / Tue, April 30, 2013 / 10:35 am". */
const PLACE_SLASH_STAMP = /^(\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3})\s+\/\s+(.+)$/u;

/**
 * Returns the place of a line that is a place and a date and nothing else ("Jakarta, 12 Mei
 * 2024"), the way press releases and letters say where they were issued; otherwise undefined.
 * A weekday before the date ("Minggu, 12/05/2024") is part of the date, not a place. A stamp
 * set off by slashes may carry a weekday and a time: "Jakarta / Tue, April 30, 2013 / 10:35 am".
 */
export function readPlaceDateLine(line: string): string | undefined {
  const slashed = PLACE_SLASH_STAMP.exec(line);
  if (slashed) return slashed[2]?.split(/\s+\/\s+/).every(isDateStamp) ? slashed[1] : undefined;
  const place = PLACE_BEFORE_DATE.exec(line);
  const date = findAbsoluteDates(line)[0];
  // A weekday before the date ("Mon, October 29, 2012") is part of the stamp, not a place.
  if (!place?.[1] || !date || isDayOrMonthName(place[1])) return undefined;
  return date.index === place[0].length && date.index + date.text.length === line.length ? place[1] : undefined;
}
