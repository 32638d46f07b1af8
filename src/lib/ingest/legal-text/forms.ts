/**
 * The forms of Indonesian regulation (UU 12/2011, Pasal 7 and 8) as their headings print them,
 * with the short code Lintas cites them by and the kind of legal entry each makes.
 */
import type { LEGAL_KINDS } from '../../content-model.ts';

/** Short code of a form: the `citation.form` of a legal entry. */
export type LegalForm = 'uu' | 'perppu' | 'pp' | 'perpres' | 'keppres' | 'inpres' | 'permen' | 'perban' | 'perda';

interface FormSpec {
  form: LegalForm;
  /** How the heading begins, in capitals. */
  heading: RegExp;
  /** The form's name in running text, for the entry's title. */
  name: string;
  kind: (typeof LEGAL_KINDS)[number];
}

/** Longer headings first: "PERATURAN PEMERINTAH PENGGANTI UNDANG-UNDANG" before "PERATURAN PEMERINTAH". */
export const FORM_SPECS: readonly FormSpec[] = [
  { form: 'perppu', heading: /PERATURAN\s+PEMERINTAH\s+PENGGANTI\s+UNDANG\s*-\s*UNDANG/, name: 'Peraturan Pemerintah Pengganti Undang-Undang', kind: 'law' },
  { form: 'uu', heading: /UNDANG\s*-\s*UNDANG(?!\s+DASAR)/, name: 'Undang-Undang', kind: 'law' },
  { form: 'pp', heading: /PERATURAN\s+PEMERINTAH/, name: 'Peraturan Pemerintah', kind: 'government-regulation' },
  { form: 'perpres', heading: /PERATURAN\s+PRESIDEN/, name: 'Peraturan Presiden', kind: 'presidential-regulation' },
  { form: 'keppres', heading: /KEPUTUSAN\s+PRESIDEN/, name: 'Keputusan Presiden', kind: 'presidential-decision' },
  { form: 'inpres', heading: /INSTRUKSI\s+PRESIDEN/, name: 'Instruksi Presiden', kind: 'presidential-instruction' },
  { form: 'permen', heading: /PERATURAN\s+MENTERI/, name: 'Peraturan Menteri', kind: 'ministerial-regulation' },
  { form: 'perban', heading: /PERATURAN\s+(?:BADAN|LEMBAGA|KEPALA)/, name: 'Peraturan', kind: 'agency-regulation' },
  { form: 'perda', heading: /PERATURAN\s+DAERAH/, name: 'Peraturan Daerah', kind: 'regional-regulation' },
];

/** The spec of a form code. */
export function formSpec(form: LegalForm): FormSpec {
  return FORM_SPECS.find((spec) => spec.form === form)!;
}
