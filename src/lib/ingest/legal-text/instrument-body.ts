/**
 * The body of an international instrument as Markdown, from where the instrument starts to speak
 * ("The States Parties to this Protocol,", "WE, the Heads of State ...", "Preamble", "1. We,
 * ..."): the preamble, one paragraph per recital ("RECALLING ...", "Considering ...",
 * "Menimbang bahwa ..."), then either the articles, read like a regulation's ("Article 4" gives
 * the anchor `article-4`, "Pasal 4" `pasal-4`), or the numbered paragraphs of a declaration or a
 * statement, each a paragraph of its own that keeps its number, under the section headings the
 * text prints between them. Nothing before the opening (the title, a page's chrome) is taken.
 */
import { markdownFromText } from '../../markdown/write-markdown.ts';
import { readLegalBody } from './articles.ts';
import { flatten, withoutFurniture } from './flat-text.ts';

export interface InstrumentBody {
  markdown: string;
  /** The article numbers in order; empty for a text of numbered paragraphs. */
  articles: string[];
  /** How many numbered paragraphs were read. */
  paragraphs: number;
}

/** Where an instrument starts to speak. */
const OPENING =
  /^[ \t]*(?:Preamble|PREAMBLE|Mukadimah|MUKADIMAH|Pembukaan|PEMBUKAAN)[ \t]*$|\b(?:WE|We),\s|\bThe\s+(?:States\s+Parties|Governments?\s+of|member\s+States|Parties)\b|\bNegara-Negara\s+Pihak\b|^[ \t]*1\.\s/mu;
/** A preamble heading on a line of its own or at the start of the opening. */
const PREAMBLE_HEADING = /^(Preamble|PREAMBLE|Mukadimah|MUKADIMAH|Pembukaan|PEMBUKAAN)\s*/;
/** The words a recital of a preamble opens with, in English and Indonesian. */
const RECITALS = new Set(
  'recalling recognizing recognising considering convinced concerned mindful cognizant conscious noting reaffirming acknowledging desiring bearing taking declaring believing emphasizing emphasising welcoming affirming determined aware also menimbang mengingat mengakui memperhatikan meyakini menyadari menegaskan mengingatkan berkeinginan'.split(
    ' ',
  ),
);
/** An article heading, which ends the preamble. */
const ARTICLE_LINE = /^[ \t]*(?:Article|ARTICLE|Pasal|CHAPTER|Chapter|BAB)\s+(?:1|I)(?:[ \t]*$|\s+[–-]\s)/m;
/** A numbered paragraph's first line. */
const NUMBERED = /^(\d{1,3})\.\s+\S/;
/** A section heading between numbered paragraphs: "I. Decisions and Recommendations", "Regional developments". */
const SECTION = /^(?:[IVX]+\.\s+)?\p{Lu}[^.;:]{2,80}$/u;

/** The preamble's recitals, one per paragraph: a recital word after a comma or semicolon opens a new one. */
function recitalsOf(preamble: string): string[] {
  const parts = flatten(preamble).split(/(?<=[,;:])\s+(?=\p{Lu}[\p{L}]+\b)/u);
  const recitals: string[] = [];
  for (const part of parts) {
    const first = /^\p{L}+/u.exec(part)?.[0]?.toLowerCase() ?? '';
    if (recitals.length === 0 || RECITALS.has(first)) recitals.push(part);
    else recitals[recitals.length - 1] += ` ${part}`;
  }
  return recitals;
}

/** The preamble as Markdown: its heading when printed, then its recitals. */
function preambleMarkdown(preamble: string): string[] {
  const heading = PREAMBLE_HEADING.exec(preamble.trim());
  const rest = heading ? preamble.trim().slice(heading[0].length) : preamble;
  const recitals = recitalsOf(rest).filter((recital) => recital.trim() !== '');
  return [...(heading ? [`## ${heading[1]}`] : []), ...recitals.map(markdownFromText)];
}

/** Numbered paragraphs and the section headings between them, from `text`'s lines. */
function numberedParagraphs(text: string): { blocks: string[]; count: number } {
  const lines = text.split('\n').map((line) => line.trim()).filter(Boolean);
  const paragraphs: Array<{ text: string; heading: boolean }> = [];
  let count = 0;
  for (const [at, line] of lines.entries()) {
    const next = lines[at + 1];
    const last = paragraphs[paragraphs.length - 1];
    if (NUMBERED.test(line)) {
      count += 1;
      paragraphs.push({ text: line, heading: false });
    } else if (SECTION.test(line) && (!last || /[.;:]$/.test(last.text)) && next !== undefined && NUMBERED.test(next)) {
      paragraphs.push({ text: line, heading: true });
    } else if (last && !last.heading) {
      last.text += ` ${line}`;
    } else {
      paragraphs.push({ text: line, heading: false });
    }
  }
  return {
    blocks: paragraphs.map(({ text: words, heading }) => (heading ? `## ${markdownFromText(words)}` : markdownFromText(words))),
    count,
  };
}

/** Reads the body of the international instrument in `text`. */
export function readInstrumentBody(text: string): InstrumentBody {
  const clean = withoutFurniture(text);
  const opening = OPENING.exec(clean);
  if (!opening) return { markdown: '', articles: [], paragraphs: 0 };
  const rest = clean.slice(opening.index);
  const body = readLegalBody(rest);
  if (body.articles.length > 0) {
    const first = ARTICLE_LINE.exec(rest);
    const preamble = first ? preambleMarkdown(rest.slice(0, first.index)) : [];
    return { markdown: [...preamble, body.markdown].join('\n\n'), articles: body.articles, paragraphs: 0 };
  }
  const numbered = rest.search(/^[ \t]*1\.\s/m);
  if (numbered < 0) return { markdown: preambleMarkdown(rest).join('\n\n'), articles: [], paragraphs: 0 };
  const preamble = rest.slice(0, numbered);
  // A statement's opening sentence ("We, the Foreign Ministers ... had the honour ...") is no preamble of recitals.
  const recited = recitalsOf(preamble).length > 1;
  const paragraphs = numberedParagraphs(recited ? rest.slice(numbered) : rest);
  const preambleBlocks = recited ? preambleMarkdown(preamble) : [];
  return { markdown: [...preambleBlocks, ...paragraphs.blocks].join('\n\n'), articles: [], paragraphs: paragraphs.count };
}
