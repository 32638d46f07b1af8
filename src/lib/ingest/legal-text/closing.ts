/**
 * The closing of a regulation: "Ditetapkan di Jakarta pada tanggal 19 Mei 2017" (enacted),
 * "Diundangkan di Jakarta pada tanggal 23 Mei 2017" (promulgated), and the gazette it was
 * published in, printed in capitals below ("LEMBARAN NEGARA REPUBLIK INDONESIA TAHUN 2017 NOMOR
 * 100", "TAMBAHAN LEMBARAN NEGARA REPUBLIK INDONESIA NOMOR 6041").
 */
import { findAbsoluteDates } from '../news/dates.ts';
import { flatten } from './flat-text.ts';
import { readGazette, readGazetteSupplement, readHeaderGazette, type GazetteReference } from './gazette.ts';

export interface PlaceAndDate {
  place?: string;
  /** YYYY-MM-DD */
  date?: string;
}

export interface LegalClosing {
  enacted?: PlaceAndDate;
  promulgated?: PlaceAndDate;
  gazette?: GazetteReference;
  gazetteSupplement?: string;
}

/** Where the enactment formula starts, to end the body there ("Dikeluarkan di" in an Inpres). */
export const ENACTED = /\b(?:Ditetapkan|Dikeluarkan)\s+di\b/i;
/** A database copy's header line: "Tanggal : 18 JANUARI 1979 (JAKARTA)". */
const HEADER_DATE = /\bTanggal\s*:\s*(?<date>\d{1,2}\s+\p{L}+\s+\d{4})\s*\((?<place>[^)]{2,40})\)/u;
const PROMULGATED = /\bDiundangkan\s+di\b/i;
/** The gazette of the regulation itself is printed in capitals, unlike the ones its items cite. */
const CAPITAL_GAZETTE = /\b(?:LEMBARAN|BERITA)\s+(?:NEGARA|DAERAH)\b[A-Z\s]*?\bTAHUN\s+\d{4}\s+NOMOR\s+\d+/;
const CAPITAL_SUPPLEMENT = /\bTAMBAHAN\s+LEMBARAN\s+(?:NEGARA|DAERAH)\b[A-Z\s]*?\bNOMOR\s+\d+/;

/** "di Jakarta pada tanggal 19 Mei 2017": the place and the date after a formula. */
function readPlaceAndDate(after: string): PlaceAndDate {
  const reading: PlaceAndDate = {};
  const place = /^\s*di\s+(.+?)\s*(?:,|\bpada\b|$)/i.exec(after)?.[1];
  if (place && place.length <= 40) reading.place = place;
  const date = findAbsoluteDates(after.slice(0, 80))[0];
  if (date) reading.date = date.iso;
  return reading;
}

/** Reads the closing formulas of `text`; what it lacks stays undefined. */
export function readLegalClosing(text: string): LegalClosing {
  const flat = flatten(text);
  const closing: LegalClosing = {};
  const enacted = ENACTED.exec(flat);
  if (enacted) closing.enacted = readPlaceAndDate(flat.slice(enacted.index + enacted[0].length - 'di'.length));
  const header = HEADER_DATE.exec(flat.slice(0, Math.max(0, flat.search(/\bMenimbang\b/))));
  if (!closing.enacted?.date && header?.groups) {
    const date = findAbsoluteDates(header.groups.date!)[0];
    if (date) closing.enacted = { place: header.groups.place!, date: date.iso };
  }
  const promulgated = PROMULGATED.exec(flat);
  if (promulgated) closing.promulgated = readPlaceAndDate(flat.slice(promulgated.index + 'Diundangkan'.length));
  const from = promulgated?.index ?? enacted?.index ?? 0;
  const tail = flat.slice(from);
  // Above the heading, copies of the gazette print its header; the items of "Mengingat" cite other gazettes.
  const head = flat.slice(0, Math.max(0, flat.search(/\bMenimbang\b/)));
  const gazetteText = CAPITAL_GAZETTE.exec(tail)?.[0];
  const gazette = (gazetteText ? readGazette(gazetteText) : undefined) ?? readHeaderGazette(head) ?? readHeaderGazette(tail);
  if (gazette) closing.gazette = gazette;
  const supplementText = CAPITAL_SUPPLEMENT.exec(tail)?.[0];
  const supplement = (supplementText ? readGazetteSupplement(supplementText) : undefined) ?? readGazetteSupplement(head);
  if (supplement) closing.gazetteSupplement = supplement;
  return closing;
}
