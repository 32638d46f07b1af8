/**
 * The heading block of an Indonesian regulation: "PERATURAN PRESIDEN REPUBLIK INDONESIA NOMOR 53
 * TAHUN 2017 TENTANG BADAN SIBER DAN SANDI NEGARA DENGAN RAHMAT TUHAN YANG MAHA ESA PRESIDEN
 * REPUBLIK INDONESIA," read into form, number as printed, year, title and issuer.
 */
import { flatten } from './flat-text.ts';
import { FORM_SPECS, type LegalForm } from './forms.ts';

export interface LegalHeading {
  form?: LegalForm;
  /** The form's words as the heading prints them, up to "NOMOR". */
  formAsPrinted?: string;
  /** The number as printed: "53", "26/PER/M.KOMINFO/5/2007". */
  number?: string;
  year?: number;
  /** The title after "TENTANG", as printed. */
  title?: string;
  /** Who enacts it, as printed before "Menimbang" ("PRESIDEN REPUBLIK INDONESIA"). */
  issuer?: string;
}

/** The fixed words that end a heading and introduce the issuer. */
export const INVOCATION = /DENGAN\s+RAHMAT\s+TUHAN\s+YANG\s+MAHA\s+ESA/i;

/** Where the heading's form words begin: the last form heading before "NOMOR" (copies repeat a letterhead). */
function readForm(head: string): { form: LegalForm; at: number } | undefined {
  let found: { form: LegalForm; at: number } | undefined;
  for (const spec of FORM_SPECS) {
    for (const match of head.matchAll(new RegExp(spec.heading.source, 'g'))) {
      if (!found || match.index > found.at) found = { form: spec.form, at: match.index };
    }
  }
  return found;
}

/** "NOMOR 7 TAHUN 2018", "NOMOR : 26/PER/M.KOMINFO/5/2007", "NOMOR 2 / BNSP / III / 2014". */
const NUMBER = /\bNOMOR\s*:?\s*(?<number>\d[\w./ -]*?)?\s*(?:\bTAHUN\s+(?<year>\d{4})\s*)?\bTENTANG\b/;

/** Reads the heading block of `text`; a part the text does not print stays undefined. */
export function readLegalHeading(text: string): LegalHeading {
  const flat = flatten(text);
  const invocation = INVOCATION.exec(flat);
  const headEnd = invocation?.index ?? flat.search(/\bMenimbang\b/);
  if (headEnd < 0) return {};
  const head = flat.slice(0, headEnd);
  const found = readForm(head);
  if (!found) return {};
  const fromForm = head.slice(found.at);
  const numbered = NUMBER.exec(fromForm);
  const heading: LegalHeading = { form: found.form };
  const formEnd = numbered?.index ?? fromForm.search(/\bTENTANG\b/);
  if (formEnd > 0) heading.formAsPrinted = fromForm.slice(0, formEnd).replace(/\s*\/\s*/g, '/').trim();
  const number = numbered?.groups?.number?.replace(/\s+/g, '').replace(/\/$/, '');
  if (number) heading.number = number;
  const year = numbered?.groups?.year ?? number?.match(/(\d{4})$/)?.[1];
  if (year) heading.year = Number(year);
  const about = /\bTENTANG\s+(.+)$/.exec(fromForm);
  if (about?.[1]) heading.title = about[1].trim();
  if (invocation) {
    const after = flat.slice(invocation.index + invocation[0].length);
    const issuer = /^\s*(.+?),?\s*Menimbang\b/.exec(after)?.[1]?.replace(/\s*\/\s*/g, '/').replace(/,$/, '').trim();
    if (issuer) heading.issuer = issuer;
  }
  return heading;
}
