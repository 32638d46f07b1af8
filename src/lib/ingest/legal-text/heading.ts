/**
 * The heading block of an Indonesian regulation: "PERATURAN PRESIDEN REPUBLIK INDONESIA NOMOR 53
 * TAHUN 2017 TENTANG BADAN SIBER DAN SANDI NEGARA DENGAN RAHMAT TUHAN YANG MAHA ESA PRESIDEN
 * REPUBLIK INDONESIA," read into form, number as printed, year, title and issuer. Copies put a
 * page title or a letterhead before it, and database copies print it as labelled lines
 * ("UNDANG-UNDANG (UU) Nomor : 1 TAHUN 1979 ... Tentang : EKSTRADISI").
 */
import { flatten } from './flat-text.ts';
import { FORM_SPECS, type LegalForm } from './forms.ts';

export interface LegalHeading {
  form?: LegalForm;
  /** The form's words as the heading prints them, up to "NOMOR". */
  formAsPrinted?: string;
  /** The number as printed: "53", "26/PER/M.KOMINFO/5/2007", "M.01-HU.03.02". */
  number?: string;
  year?: number;
  /** The title after "TENTANG", as printed. */
  title?: string;
  /** Who enacts it, as printed before "Menimbang" ("PRESIDEN REPUBLIK INDONESIA"). */
  issuer?: string;
}

/** The fixed words that end a heading and introduce the issuer. */
export const INVOCATION = /DENGAN\s+RAHMAT\s+TUHAN\s+YANG\s+MAHA\s+ESA/gi;
const CONSIDERING = /\bMenimbang\b/;

/** "NOMOR 7 TAHUN 2018", "NOMOR : 26/PER/M.KOMINFO/5/2007", "Nomor : 1 TAHUN 1979 (1/1979)", "NOMOR TAHUN" (left blank). */
const NUMBER =
  /(?<![\p{L}])(?:NOMOR|Nomor)\s*:?\s*(?<number>[\p{L}\d][\p{L}\d./-]*(?:\s*\/\s*[\p{L}\d.-]+)*)??\s*(?:TAHUN\s*(?<year>\d{4})?\s*)?(?:\(\d+\/\d{4}\)\s*)?(?=\b(?:TENTANG|Tanggal|Tentang)\b)/u;
const ABOUT = /\b(?:TENTANG|Tentang)\s*:?\s*/;
/** Lines a database header puts between the number and the title. */
const HEADER_LINES = /\s*\bTanggal\s*:.*?(?=\bTentang\b)|\s*\bSumber\s*:.*?(?=\bTentang\b)/g;
/** Who may enact a regulation, as a heading names the office. */
const OFFICE = /(?:PRESIDEN|MENTERI|KEPALA|GUBERNUR|BUPATI|WALI\s*KOTA|WALIKOTA|KETUA)\b[^,]{0,120}?(?=,|\s+Menimbang\b)/;
/** Side labels a PDF extraction may drop into the middle of the heading. */
const STRAY_LABELS = /\s+\b(?:Menimbang|Mengingat)\b\s+/g;

/**
 * The number of the heading and where its form words begin. Copies print the heading more than
 * once (a page title, a gazette header, then the text), so the last "NOMOR ... TENTANG" before
 * the invocation is the text's own, and its form is the last form heading before that number.
 */
function readFormAndNumber(head: string): { form: LegalForm; at: number; numbered?: RegExpMatchArray } | undefined {
  const numbers = [...head.matchAll(new RegExp(NUMBER.source, 'gu'))];
  for (const numbered of [...numbers].reverse()) {
    const found = lastFormBefore(head, numbered.index ?? 0);
    // A regulation the title names ("TENTANG PERUBAHAN ATAS PERATURAN MENTERI ... NOMOR 12") is not the heading's.
    if (found && !TITLE_CITES.test(head.slice(Math.max(0, found.at - 40), found.at))) return { ...found, numbered };
  }
  return lastFormBefore(head, head.length);
}

/** Words after which a form names another regulation inside a title. */
const TITLE_CITES = /\b(?:ATAS|TENTANG|PENCABUTAN|PENETAPAN)\s*$/;

function lastFormBefore(head: string, end: number): { form: LegalForm; at: number } | undefined {
  let found: { form: LegalForm; at: number } | undefined;
  for (const spec of FORM_SPECS) {
    for (const match of head.slice(0, end).matchAll(new RegExp(`(?<![A-Z-])${spec.heading.source}`, 'g'))) {
      if (!found || match.index > found.at) found = { form: spec.form, at: match.index };
    }
  }
  return found;
}

/** Where the heading ends: the invocation just before "Menimbang", else the first one, else "Menimbang". */
function headingEnd(flat: string): { end: number; afterInvocation?: number } {
  const considering = flat.search(CONSIDERING);
  const invocations = [...flat.matchAll(INVOCATION)];
  const before = invocations.filter((match) => considering < 0 || match.index < considering);
  const invocation = before.at(-1) ?? invocations[0];
  if (invocation) return { end: invocation.index, afterInvocation: invocation.index + invocation[0].length };
  return { end: considering };
}

/** Reads the heading block of `text`; a part the text does not print stays undefined. */
export function readLegalHeading(text: string): LegalHeading {
  const flat = flatten(text);
  const { end, afterInvocation } = headingEnd(flat);
  if (end < 0) return {};
  const head = flat.slice(0, end);
  const found = readFormAndNumber(head);
  if (!found) return {};
  const fromForm = head.slice(found.at);
  const { numbered } = found;
  const numberAt = numbered ? (numbered.index ?? 0) - found.at : -1;
  const heading: LegalHeading = { form: found.form };
  const formEnd = numberAt >= 0 ? numberAt : fromForm.search(ABOUT);
  if (formEnd > 0) heading.formAsPrinted = fromForm.slice(0, formEnd).trim().replace(/\s*\/\s*/g, '/').replace(/\s*\([A-Z]+\)$/, '');
  const number = numbered?.groups?.number?.replace(/\s+/g, '').replace(/\/$/, '');
  if (number) heading.number = number;
  const year = numbered?.groups?.year ?? number?.match(/(\d{4})$/)?.[1];
  if (year) heading.year = Number(year);
  const aboutAt = numberAt >= 0 ? numberAt + fromForm.slice(numberAt).search(ABOUT) : fromForm.search(ABOUT);
  if (aboutAt >= 0) {
    let title = fromForm.slice(aboutAt).replace(ABOUT, '').replace(HEADER_LINES, '').replace(STRAY_LABELS, ' ');
    // Without the invocation (a Keppres, an Inpres) the issuer's office closes the heading: "... PRESIDEN REPUBLIK INDONESIA,".
    let issuer: string | undefined;
    if (afterInvocation === undefined) {
      const office = new RegExp(`\\s${OFFICE.source},?\\s*$`).exec(title);
      if (office) {
        issuer = office[0].replace(/,\s*$/, '').trim();
        title = title.slice(0, office.index);
      }
    }
    // A copy that repeats the heading (a page title, then the text) ends the first at the invocation.
    title = title.split(new RegExp(INVOCATION.source, 'i'))[0]!.trim();
    if (title) heading.title = title;
    if (issuer) heading.issuer = issuer;
  }
  if (afterInvocation !== undefined) {
    const issuer = new RegExp(`^\\s*(${OFFICE.source})`).exec(flat.slice(afterInvocation))?.[1];
    if (issuer) heading.issuer = issuer.replace(/\s*\/\s*/g, '/').trim();
  }
  return heading;
}
