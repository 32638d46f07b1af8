/**
 * The heading of an international instrument: its title ("Convention on Cybercrime", "ASEAN
 * DECLARATION TO PREVENT AND COMBAT CYBERCRIME", "KONVENSI INTERNASIONAL ..."), the word that
 * names its kind as printed ("TREATY", "Co-Chairs' Statement"), and the kind that word makes. A
 * statement's own heading is only "Co-Chairs' Statement": its title is then the meeting it
 * comes from, printed above it ("Bali Ministerial Conference on People Smuggling, ...").
 */
import type { LEGAL_KINDS } from '../../content-model.ts';

type LegalKind = (typeof LEGAL_KINDS)[number];

export interface InstrumentHeading {
  title?: string;
  /** The word or words naming the kind, as printed ("DECLARATION", "Co-Chairs’ Statement"). */
  formAsPrinted?: string;
  kind?: LegalKind;
  /** For a statement titled by its meeting: the meeting's name as printed. */
  meeting?: string;
}

/** The words that name a kind of instrument, in English and Indonesian, with the kind each makes. */
const FORM_WORDS: ReadonlyArray<{ pattern: RegExp; kind: LegalKind }> = [
  { pattern: /\b(?:CONVENTION|Convention|KONVENSI|Konvensi)\b/, kind: 'convention' },
  { pattern: /\b(?:PROTOCOL|Protocol|PROTOKOL|Protokol)\b/, kind: 'protocol' },
  {
    pattern: /\b(?:TREATY|Treaty|AGREEMENT|Agreement|MEMORANDUM OF UNDERSTANDING|Memorandum of Understanding|PERJANJIAN|Perjanjian|PERSETUJUAN|Persetujuan|NOTA KESEPAHAMAN|Nota Kesepahaman)\b/,
    kind: 'agreement',
  },
  { pattern: /\b(?:DECLARATION|Declaration|DEKLARASI|Deklarasi)\b/, kind: 'declaration' },
  {
    pattern: /(?:\b(?:CO-CHAIRS|Co-Chairs|CHAIRMAN|Chairman|CHAIR|Chair)(?:['’]S|['’]s|['’])?\s+|\b(?:JOINT|Joint)\s+)?\b(?:STATEMENT|Statement|PERNYATAAN|Pernyataan)\b/,
    kind: 'statement',
  },
];

/** Words of a page or a copy put before the title: a stamp ("ADOPTED"), a label ("[Title]", "Annex III"). */
const LEADING_CHROME = /^(?:\s*(?:\[Title\]|\||ADOPTED|Adopted|FINAL|DRAFT|Annex(?:\s+[IVX]+)?|ANNEX(?:\s+[IVX]+)?|\d+|[IVX]+)\s+)+/;
/** Where a title printed in one run with what follows it ends: the preamble, the parties, a dateline. */
const TITLE_END =
  /\s+(?:Preamble|PREAMBLE|Mukadimah|MUKADIMAH|Pembukaan|The\s+States\s+Parties|Negara-Negara\s+Pihak|Disetujui|Adopted\s+by|WE,|We,|\d+\.\s)|,?\s+\p{Lu}[\p{L}]+(?:,\s+(?:the\s+)?\p{Lu}[\p{L}]+)*,\s+\d{1,2}[\s.]/u;
/** A line that names a series, not the instrument ("European Treaty Series - No. 185"). */
const SERIES = /\bTreaty\s+Series\b/i;
/** The words of a meeting's name. */
const MEETING = /\b(?:Conference|CONFERENCE|Meeting|MEETING|Summit|SUMMIT|Forum|FORUM|Process|PROCESS|Konferensi|KONFERENSI|Pertemuan|PERTEMUAN|KTT)\b/;
/** A statement heading that is the form alone ("Co-Chairs' Statement", "CO-CHAIRS’ STATEMENT"). */
const FORM_ONLY = /^(?:[\p{L}-]+['’]?s?['’]?\s+)?(?:STATEMENT|Statement|PERNYATAAN|Pernyataan)$/u;
/** A line holding a date: it ends a meeting's name. */
const DATED = /\b(?:1[89]|20)\d{2}\b/;

/** How many lines from the top the heading may start, and how many lines a title may run over. */
const HEADING_LINES = 20;
const TITLE_LINES = 6;
/** How many characters may come before the kind word in a heading ("ASEAN DECLARATION", "[Title] CHAIRMAN'S STATEMENT"). */
const HEADING_LEAD = 30;

const isUpper = (text: string) => text === text.toUpperCase() && /\p{Lu}/u.test(text);

/**
 * A line of a title that continues on the next one: the next starts in lower case, or this one
 * ends with a comma or a joining word, or (in a title not in capitals) without a full stop.
 */
function continues(line: string, next: string | undefined): boolean {
  if (!next || DATED.test(next)) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  if (!isUpper(line) && /\p{L}$/u.test(line) && /^\p{Lu}/u.test(next)) return true;
  return /(?:,|\b(?:on|of|and|the|in|to|for|against|ON|OF|AND|THE|IN|TO|FOR|AGAINST|tentang|TENTANG|dan|DAN))$/.test(line);
}

/** The kind word that comes first in `line`. */
function firstFormWord(line: string): { match: RegExpExecArray; kind: LegalKind } | undefined {
  const found = FORM_WORDS.flatMap(({ pattern, kind }) => {
    const match = pattern.exec(line);
    return match ? [{ match, kind }] : [];
  });
  return found.sort((a, b) => a.match.index - b.match.index)[0];
}

/** The capitals around the form word, for a heading printed in capitals on one run-on line. */
function upperRun(line: string, at: number): string {
  const words = line.split(/\s+/);
  let offset = 0;
  let index = words.findIndex((word) => {
    const end = offset + word.length;
    offset = end + 1;
    return end > at;
  });
  if (index < 0) index = 0;
  const capital = (word: string) => isUpper(word) || /^\d+(?:ST|ND|RD|TH)$/.test(word);
  let start = index;
  while (start > 0 && capital(words[start - 1]!)) start -= 1;
  let end = index;
  while (end + 1 < words.length && capital(words[end + 1]!)) end += 1;
  return words.slice(start, end + 1).join(' ');
}

function tidy(title: string): string {
  return title.replace(LEADING_CHROME, '').replace(/\s+/g, ' ').replace(/[\s,;:]+$/, '').trim();
}

/** The meeting's name printed above a form-only statement heading: its lines joined, repeats dropped. */
function meetingAbove(lines: readonly string[], formAt: number): string | undefined {
  const above = lines.slice(0, formAt).filter((line, at, all) => line !== all[at - 1]);
  const start = above.findIndex((line) => MEETING.test(line) && !/\|/.test(line));
  if (start < 0) return undefined;
  const dated = above.findIndex((line, at) => at > start && DATED.test(line));
  const name = above.slice(start, dated < 0 ? undefined : dated);
  return name.length > 0 ? tidy(name.join(' ')) : undefined;
}

/** Reads the heading of an international instrument from the top of `text`. */
export function readInstrumentHeading(text: string): InstrumentHeading {
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .slice(0, HEADING_LINES);
  for (let at = 0; at < lines.length; at += 1) {
    const line = lines[at]!;
    // A series line names no instrument; a bulleted line is a page's list or menu, not a heading.
    if (SERIES.test(line) || /^[•·*-]\s/.test(line)) continue;
    const form = firstFormWord(line);
    // A heading names its kind within its first words; a sentence or headline that mentions one
    // is no heading, nor is a reference to the instrument itself ("The States Parties to this Convention").
    const lead = form ? line.slice(0, form.match.index) : '';
    if (!form || tidy(lead).length > HEADING_LEAD || /\b(?:this|the\s+present|pada)\s*$/i.test(lead)) continue;
    const formAsPrinted = form.match[0];
    if (FORM_ONLY.test(tidy(line))) {
      const meeting = meetingAbove(lines, at);
      return meeting ? { title: meeting, formAsPrinted, kind: form.kind, meeting } : { formAsPrinted, kind: form.kind };
    }
    let title: string;
    if (isUpper(formAsPrinted) && line.length > 150) {
      title = upperRun(line, form.match.index);
    } else {
      title = line;
      for (let next = at + 1; next <= at + TITLE_LINES && continues(lines[next - 1]!, lines[next]); next += 1) {
        title += ` ${lines[next]}`;
      }
      const end = TITLE_END.exec(title);
      if (end && end.index > form.match.index) title = title.slice(0, end.index);
    }
    const heading: InstrumentHeading = { title: tidy(title), formAsPrinted, kind: form.kind };
    return heading.title ? heading : { formAsPrinted, kind: form.kind };
  }
  return {};
}
