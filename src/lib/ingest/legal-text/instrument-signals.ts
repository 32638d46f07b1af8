/**
 * The marks of an international instrument's text, for the kind detection: a heading naming the
 * instrument ("TREATY ON ...", "Convention on Cybercrime", "Co-Chairs' Statement"), the parties
 * or speakers as the subject ("The States Parties to this Convention", "WE, the Heads of State",
 * "Negara-Negara Pihak"), the agreeing formula ("Have agreed as follows", "TELAH MENYETUJUI"),
 * the final clauses ("IN WITNESS WHEREOF", "DONE at ... this ... day of"), article headings,
 * a preamble of recitals and a statement's numbered paragraphs. A news item reporting on a
 * declaration may name it in its headline and get points for that, but not for the formulas
 * only the instrument itself prints.
 */
import type { Likeness } from '../study-signals.ts';
import { flatten } from './flat-text.ts';
import { readInstrumentHeading } from './instrument-title.ts';

const SIGNALS: ReadonlyArray<{ pattern: RegExp; points: number; reason: string }> = [
  {
    pattern: /\b(?:The\s+States\s+Parties\s+to\s+(?:this|the\s+present)|The\s+Governments?\s+of\s+[^.]{3,400}?\((?:hereinafter|herein)|The\s+member\s+States\s+of\s+the|Negara-Negara\s+Pihak\s+(?:pada\s+)?(?:Konvensi|Protokol|Perjanjian)|(?:WE|We),\s+(?:the\s+)?(?:Heads\s+of\s+State|Foreign\s+Ministers|Ministers|Leaders|Member\s+States))\b/,
    points: 2,
    reason: 'parties or speakers as the subject ("The States Parties to this ...", "We, the ...")',
  },
  {
    pattern: /\b(?:HAVE\s+AGREED\s+AS\s+FOLLOWS|[Hh]ave\s+agreed\s+as\s+follows|TELAH\s+MENYETUJUI\s+SEBAGAI\s+BERIKUT|[Tt]elah\s+menyetujui\s+sebagai\s+berikut|[Hh]ereby\s+(?:declare|adopt))\b/,
    points: 2,
    reason: 'agreeing formula ("Have agreed as follows")',
  },
  {
    pattern: /\b(?:IN\s+WITNESS\s+WHEREOF|In\s+witness\s+whereof|DONE\s+at\s+[^.]{2,60}?\bthis\s+\w+\s+day\s+of|Done\s+at\s+[^.]{2,60}?\bthis\s+\w+\s+day\s+of|SEBAGAI\s+BUKTI|DENGAN\s+DISAKSIKAN\s+OLEH)\b/,
    points: 2,
    reason: 'final clauses ("IN WITNESS WHEREOF", "DONE at ... this ... day of")',
  },
  { pattern: /(?:^|\n)[ \t]*(?:Article|ARTICLE)[ \t]+1(?:[ \t]*\n|[ \t]+[–-][ \t])/, points: 1, reason: 'article headings ("Article 1")' },
  { pattern: /(?:^|\n)[ \t]*(?:Preamble|PREAMBLE|Mukadimah|MUKADIMAH)\b/, points: 1, reason: 'preamble heading' },
  {
    pattern: /(?:^|\n)[ \t]*1\.[ \t]+(?:We,|Ministers\b|The\s+(?:meeting|Meeting|Conference|Senior\s+Officials|Summit))/,
    points: 1,
    reason: 'numbered paragraphs of a declaration or statement',
  },
];

/** Two recitals in capitals or at the start of a line: "RECALLING ...", "Considering ...". */
const RECITAL = /(?:^|[;,]\s|\n)\s*(?:RECALLING|RECOGNIZING|RECOGNISING|MINDFUL|COGNIZANT|CONCERNED|NOTING|REAFFIRMING|CONVINCED|CONSIDERING|DESIRING|Recalling|Recognising|Recognizing|Considering|Convinced|Conscious|Mindful|Desiring)\b/g;

/** How much `text` reads like an international instrument, and why. */
export function looksLikeInstrument(text: string): Likeness {
  const head = text.slice(0, 20000);
  const flat = flatten(head);
  const found = SIGNALS.filter(({ pattern }) => pattern.test(pattern.source.includes('\\n') ? head : flat));
  const reasons = found.map(({ reason }) => reason);
  let score = found.reduce((sum, { points }) => sum + points, 0);
  const heading = readInstrumentHeading(text);
  if (heading.kind && heading.title) {
    score += 2;
    reasons.unshift(`instrument heading "${heading.title.slice(0, 80)}" (${heading.formAsPrinted})`);
  }
  if ((head.match(RECITAL)?.length ?? 0) >= 2) {
    score += 1;
    reasons.push('a preamble of recitals ("RECALLING", "Considering" ...)');
  }
  return { score, reasons };
}
