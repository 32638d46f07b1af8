/**
 * Reads citations of Indonesian regulations out of running text, in the many ways texts write
 * them: "Peraturan Presiden Republik Indonesia Nomor 133 Tahun 2017", "Perpres No. 53/2017",
 * "UU ITE No. 11 Tahun 2008", "Law No. 5 of 2009", "Permenkominfo Nomor 26/PER/M.Kominfo/5/2007",
 * "peraturan Menteri komunikasi dan informatika No.26/PER/M.Kominfo/5/2007/21" (sic). Each
 * citation is reduced to its form, number and year (and, for ministerial regulations, the
 * ministry), which is what identifies a regulation whatever the wording.
 */
import { ministryKey } from './ministry-key.ts';

const CITATION_FORMS = ['uu', 'perpres', 'pp', 'permen'] as const;
export type CitationForm = (typeof CITATION_FORMS)[number];

/** What identifies an Indonesian regulation. */
export interface LegalCitation {
  form: CitationForm;
  /** The regulation's own number, without leading zeros ("29" for 29/PER/M.KOMINFO/12/2010). */
  number: string;
  year: number;
  /** For ministerial regulations: the ministry's key (see `ministryKey`), when the text names it. */
  ministry?: string;
}

/** A citation found in a text. */
export interface LegalCitationMatch {
  citation: LegalCitation;
  /** The citation exactly as the text writes it, line breaks included. */
  match: string;
  /** Character offset of the citation in the text. */
  index: number;
}

const BEFORE_WORD = String.raw`(?<![\p{L}\p{N}])`;
const HYPHEN_OR_SPACE = String.raw`(?:\s*-\s*|\s+)`;
/** Words that end a ministry name or topic because the number (or "Republik Indonesia") follows. */
const NOT_A_MARKER = String.raw`(?!(?:Nomor|Nomer|No|Number|Nr|Republik|Republic|RI|Tahun|of)(?!\p{L}))`;
const MINISTRY_WORDS = String.raw`(?:\s+${NOT_A_MARKER}\p{L}+){1,6}`;
const NUMBER_MARKER = String.raw`(?:Nomor|Nomer|No\.?|Number|Nr\.?)`;

const FORM = [
  String.raw`(?<uu>Undang${HYPHEN_OR_SPACE}Undang|UU|Law|Act)`,
  String.raw`(?<perpres>Peraturan\s+Presiden|Perpres|Presidential\s+Regulation)`,
  String.raw`(?<pp>Peraturan\s+Pemerintah|PP|Government\s+Regulation)`,
  String.raw`(?<permen>Peraturan\s+Menteri(?<ministryName>${MINISTRY_WORDS})?` +
    String.raw`|Regulation\s+of\s+the\s+Minister\s+of(?<ministryNameEn>${MINISTRY_WORDS})` +
    String.raw`|Ministerial\s+Regulation` +
    String.raw`|Permen(?<ministryCode>\s*${NOT_A_MARKER}\p{L}+)?` +
    String.raw`|PM\s+(?<pmCode>${NOT_A_MARKER}\p{L}+))`,
].join('|');

/** Between the form and the number: "(Perpres)", a topic acronym ("UU ITE"), "Republik Indonesia". */
const AFTER_FORM =
  String.raw`(?:\s*\(\s*\p{L}+\s*\))?` +
  String.raw`(?:\s+(?<topic>${NOT_A_MARKER}\p{L}{2,8}))?` +
  String.raw`(?:\s+(?:Republik\s+Indonesia|RI))?`;

/** Kominfo-style numbers carry the ministry: "26/PER/M.KOMINFO/5/2007" (also "26/PERM.KOMINFO/5/2007"). */
const MINISTRY_NUMBER_TAIL = String.raw`\s*/\s*PER\s*/?\s*M\s*[./]?\s*(?<numberCode>\p{L}+)\s*/\s*\d{1,2}\s*/\s*(?<codeYear>\d{4})`;

const NUMBER_AND_YEAR =
  String.raw`\s*(?<number>\d{1,4})` +
  String.raw`(?:\s+(?:Tahun|Thn\.?|Th\.?|of|Year)\s*(?<year>\d{4})|\s*/\s*(?<slashYear>\d{4})|${MINISTRY_NUMBER_TAIL})` +
  String.raw`(?!\d)`;

const FORM_CITATION = new RegExp(
  `${BEFORE_WORD}(?:${FORM})${AFTER_FORM}(?:\\s*${NUMBER_MARKER})?${NUMBER_AND_YEAR}`,
  'giu',
);

/** A Kominfo-style number identifies a ministerial regulation even when no form word precedes it. */
const NUMBER_ONLY_CITATION = new RegExp(
  `${BEFORE_WORD}${NUMBER_MARKER}\\s*(?<number>\\d{1,4})${MINISTRY_NUMBER_TAIL}(?!\\d)`,
  'giu',
);

/** Years outside this range are not regulation years (page numbers, amounts). */
const EARLIEST_YEAR = 1900;
const LATEST_YEAR = 2100;

function isUpperCase(text: string): boolean {
  return text === text.toUpperCase();
}

function formOf(groups: Record<string, string | undefined>): CitationForm {
  // No form word at all happens only for a bare Kominfo-style number: a ministerial regulation.
  return CITATION_FORMS.find((form) => groups[form] !== undefined) ?? 'permen';
}

/** Reads one regex match into a citation; `undefined` when it turns out not to be one. */
function citationOf(found: RegExpMatchArray): LegalCitationMatch | undefined {
  const groups = found.groups ?? {};
  const form = formOf(groups);
  const formText = groups[form];
  // Two-letter forms must be capitals: lower-case "pp" is "pages", not Peraturan Pemerintah.
  if (formText !== undefined && formText.length <= 2 && !isUpperCase(formText)) return undefined;
  // A topic word is only an acronym ("UU ITE"); any other word means this is not a citation.
  if (groups.topic !== undefined && !isUpperCase(groups.topic)) return undefined;
  const year = Number(groups.year ?? groups.slashYear ?? groups.codeYear);
  if (!(year >= EARLIEST_YEAR && year <= LATEST_YEAR)) return undefined;
  const citation: LegalCitation = { form, number: String(Number(groups.number)), year };
  if (form === 'permen') {
    const named = groups.numberCode ?? groups.ministryCode ?? groups.pmCode ?? groups.ministryName ?? groups.ministryNameEn;
    const ministry = named === undefined ? undefined : ministryKey(named);
    if (ministry !== undefined) citation.ministry = ministry;
  }
  return { citation, match: found[0], index: found.index ?? 0 };
}

function collect(text: string, pattern: RegExp): LegalCitationMatch[] {
  return [...text.matchAll(pattern)].flatMap((found) => citationOf(found) ?? []);
}

/**
 * Every regulation citation in `text`, in text order. A bare Kominfo-style number is reported
 * only when it is not already part of a citation that names the form.
 */
export function parseLegalCitations(text: string): LegalCitationMatch[] {
  const withForm = collect(text, FORM_CITATION);
  const insideFormCitation = (candidate: LegalCitationMatch): boolean =>
    withForm.some(
      (outer) => candidate.index >= outer.index && candidate.index < outer.index + outer.match.length,
    );
  const numberOnly = collect(text, NUMBER_ONLY_CITATION).filter((candidate) => !insideFormCitation(candidate));
  return [...withForm, ...numberOnly].sort((a, b) => a.index - b.index);
}

/** A string that is equal for two citations exactly when they name the same regulation. */
export function citationKey(citation: Omit<LegalCitation, 'form'> & { form: string }): string {
  return [citation.form, citation.number, citation.year, citation.ministry ?? ''].join('|');
}
