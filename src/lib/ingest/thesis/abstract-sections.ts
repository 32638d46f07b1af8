/**
 * Splits the front of a thesis into its abstracts: each abstract heading (ABSTRAK, ABSTRACT,
 * ABSTRAKSI, INTISARI, RINGKASAN, SUMMARY, also letter-spaced "A B S T R A K"), the block
 * printed before it (title, author), its paragraphs and its keyword line.
 */
import type { Lang } from '../../langs.ts';
import { isCapitalsHeading } from '../pdf-text/paragraph-breaks.ts';
import { keywordsGoingOn, type KeywordLine, lostItsSeparators, parseKeywordLine, runsIntoProse, splitInlineKeywords } from './keywords.ts';
import { type FieldKind, type LabelledField, readLabelledField } from './labelled-fields.ts';
import { isCapitalsLine } from './front-line-kinds.ts';
import { looksLikeNameWithDegrees } from './person-name.ts';

const HEADING_LANG: Record<string, Lang> = {
  abstrak: 'id',
  abstraksi: 'id',
  intisari: 'id',
  ringkasan: 'id',
  sari: 'id',
  abstract: 'en',
  summary: 'en',
};

const HEADING_WORD = Object.keys(HEADING_LANG).join('|');
/**
 * A heading word with the abstract run on after it: "Abstract: This study", "Abstrak—Penelitian",
 * "Abstract. This paper", "Abstract; This study". Matched case-insensitively for the word only; the text's capital is
 * checked apart, because under the `i` flag \p{Lu} matches lower case too.
 */
const INLINE_HEADING = new RegExp(`^[*_]*(${HEADING_WORD})[*_]*\\s*([:：—–.;-])\\s*[*_]*\\s*(.*)$`, 'iu');
/**
 * Heading words that are also a common name or an ordinary word ("Sari", "Ringkasan", "Summary"):
 * a period or semicolon after them ends a sentence or a name as often as it closes a heading, so they run on
 * only after a colon or a dash.
 */
const WORDS_NEEDING_COLON: ReadonlySet<string> = new Set(['sari', 'ringkasan', 'summary']);

/** An abstract heading read from a line or paragraph. */
export interface AbstractHeading {
  /** Language the heading names. */
  lang: Lang;
  /** The heading word as printed: "ABSTRAK", "A B S T R A K", "Summary". */
  heading: string;
  /** Text run on after the heading on the same line ("Abstract: This study ..."), if any. */
  inlineText?: string;
}

/** Reads `paragraph` as an abstract heading, or returns undefined. */
export function readAbstractHeading(paragraph: string): AbstractHeading | undefined {
  const text = paragraph.trim();
  const bare = text.replace(/[*_#:.]/g, '').trim();
  const word = (/^(?:\p{L}\s+){3,}\p{L}$/u.test(bare) ? bare.replace(/\s+/g, '') : bare).toLowerCase();
  const lang = HEADING_LANG[word];
  if (lang) return { lang, heading: bare };
  const inline = INLINE_HEADING.exec(text);
  if (!inline) return undefined;
  const heading = inline[1]!;
  const rest = inline[3]!;
  if (!/^\p{Lu}/u.test(rest)) return undefined;
  if ((inline[2] === '.' || inline[2] === ';') && WORDS_NEEDING_COLON.has(heading.toLowerCase())) return undefined;
  return { lang: HEADING_LANG[heading.toLowerCase()]!, heading, inlineText: rest };
}

/** One abstract of a thesis front: its heading, what is printed before it, its text and keywords. */
export interface AbstractSection {
  lang: Lang;
  /** The heading word as printed over this abstract. */
  heading: string;
  /**
   * Paragraphs printed before the heading and after the previous abstract (title, author), and
   * the form lines printed right under the heading.
   */
  before: string[];
  /** The abstract's own paragraphs, keywords removed. */
  paragraphs: string[];
  keywords?: KeywordLine;
}

/** True for a paragraph that cannot belong to an abstract's text: a heading or a bold/italic title block. */
function endsAbstractText(paragraph: string): boolean {
  const text = paragraph.trim();
  return isCapitalsHeading(text) || /^\*{2,3}[^*].*[^*]\*{2,3}$/s.test(text);
}

interface SectionBody {
  /** Form lines printed between the heading and the text ("Nama : ...", "NIM : ..."). */
  fields: string[];
  paragraphs: string[];
  keywords?: KeywordLine;
  rest: string[];
}

/** Labels whose names may be printed on the lines under them ("Oleh:" then the author). */
const LABELS_WITH_NAMES_BELOW: ReadonlySet<FieldKind> = new Set(['author', 'supervisor']);

/** "Oleh AYU SINTIA", "By: Name", or the label alone before the name on the next paragraph. */
const BY_LINE = /^(?:oleh|by)\b\s*:?\s*(.*)$/iu;
/** The label closing a title's last line, the name on the next paragraph: "(Studi Kasus ...) Oleh". */
const CLOSING_BY = /\s(?:oleh|by)\s*:?$/iu;
/** Most paragraphs of a title printed under the heading, over its author. */
const MAX_TITLE_PARAGRAPHS = 4;

/** A paragraph of a title in capitals, or its bracketed subtitle ("(Studi Kasus Putusan Nomor 195/Pid.B/2011/PN.GS)"). */
function isTitleParagraph(paragraph: string): boolean {
  const text = paragraph.trim().replace(CLOSING_BY, '');
  return isCapitalsLine(text) || /^\(.+\)$/u.test(text);
}

/** Most words of an author's line over a labelled title: a name, a programme, a year and a university, never prose. */
const MAX_AUTHOR_LINE_WORDS = 16;

/**
 * How many paragraphs right under a heading are the thesis's header, as some abstract pages print
 * it: title paragraphs in capitals, then "Oleh" and a name ("ABSTRAK" / "BANTUAN IOM KEPADA ..." /
 * "Oleh AYU SINTIA" / text), or the author's line over a labelled title ("Nur Afni Damanik,
 * International Relations 2014, President University." / "Thesis Title: ..."); 0 when the
 * abstract opens otherwise.
 */
function headerUnderHeading(paragraphs: readonly string[]): number {
  const [first = '', second = ''] = paragraphs;
  if (!readLabelledField(first) && first.split(/\s+/).length <= MAX_AUTHOR_LINE_WORDS && readLabelledField(second)?.kind === 'title') return 2;
  let at = 0;
  while (at < Math.min(paragraphs.length, MAX_TITLE_PARAGRAPHS) && isTitleParagraph(paragraphs[at]!)) {
    if (CLOSING_BY.test(paragraphs[at]!.trim())) return looksLikeNameWithDegrees(paragraphs[at + 1] ?? '') ? at + 2 : 0;
    at++;
  }
  const by = at === 0 ? null : BY_LINE.exec(paragraphs[at]?.trim() ?? '');
  if (!by) return 0;
  const name = by[1]!.trim();
  if (name !== '') return looksLikeNameWithDegrees(name) ? at + 1 : 0;
  return looksLikeNameWithDegrees(paragraphs[at + 1] ?? '') ? at + 2 : 0;
}

/** Splits the paragraphs after a heading into form lines, the abstract, its keywords and what follows. */
function readSectionBody(paragraphs: readonly string[]): SectionBody {
  const header = headerUnderHeading(paragraphs);
  if (header > 0) {
    const rest = readSectionBody(paragraphs.slice(header));
    return { ...rest, fields: [...paragraphs.slice(0, header), ...rest.fields] };
  }
  const fields: string[] = [];
  let last: LabelledField | undefined;
  for (const paragraph of paragraphs) {
    const field = readLabelledField(paragraph);
    const nameUnderLabel =
      !field && last?.value === '' && LABELS_WITH_NAMES_BELOW.has(last.kind) && looksLikeNameWithDegrees(paragraph);
    if (!field && !nameUnderLabel) break;
    fields.push(paragraph);
    if (field) last = field;
  }
  return { fields, ...readAbstractText(paragraphs.slice(fields.length)) };
}

/**
 * `read` with the keywords the paragraph after the list adds when the list (printed in
 * `listParagraph`) closes on its separator and goes on there ({@link keywordsGoingOn}).
 */
function withKeywordsGoingOn(read: Omit<SectionBody, 'fields'>, listParagraph: string): Omit<SectionBody, 'fields'> {
  const more = read.keywords && read.keywords.keywords.length > 0 ? keywordsGoingOn(listParagraph, read.rest[0]) : [];
  if (more.length === 0) return read;
  return { ...read, keywords: { ...read.keywords!, keywords: [...read.keywords!.keywords, ...more] }, rest: read.rest.slice(1) };
}

/** Splits the paragraphs of an abstract into its text, its keywords and what follows. */
function readAbstractText(paragraphs: readonly string[]): Omit<SectionBody, 'fields'> {
  const body: string[] = [];
  for (let i = 0; i < paragraphs.length; i++) {
    const paragraph = paragraphs[i]!;
    const keywords = parseKeywordLine(paragraph);
    if (keywords) {
      const listOnNextLine = keywords.keywords.length === 0 && paragraphs[i + 1] !== undefined;
      const listAt = i + (listOnNextLine ? 1 : 0);
      const read = listOnNextLine ? (parseKeywordLine(`${keywords.label}: ${paragraphs[listAt]}`) ?? keywords) : keywords;
      // A list that lost its separators, or ran into the prose beside it, is left out rather than kept as run-on keywords.
      const line = lostItsSeparators(read.keywords) || runsIntoProse(read.keywords) ? { ...read, keywords: [] } : read;
      return withKeywordsGoingOn({ paragraphs: body, keywords: line, rest: paragraphs.slice(listAt + 1) }, paragraphs[listAt]!);
    }
    const inline = splitInlineKeywords(paragraph);
    if (inline) {
      body.push(inline.text);
      return withKeywordsGoingOn({ paragraphs: body, keywords: inline.keywords, rest: paragraphs.slice(i + 1) }, paragraph);
    }
    if (body.length > 0 && endsAbstractText(paragraph)) return { paragraphs: body, rest: paragraphs.slice(i) };
    body.push(paragraph);
  }
  return { paragraphs: body, rest: [] };
}

/** The abstracts of a thesis front, in order, and what follows the last one. */
export interface AbstractSections {
  sections: AbstractSection[];
  /** Paragraphs after the last abstract's keywords (e.g. supervisors printed below it). */
  trailing: string[];
}

/**
 * Returns the abstract sections found in `paragraphs` (the front of the text, reflowed), in
 * order. Paragraphs between one abstract's keywords and the next heading are that next
 * abstract's `before` block; those after the last abstract are returned as `trailing`.
 */
export function splitAbstractSections(paragraphs: readonly string[]): AbstractSections {
  const headings = paragraphs.flatMap((paragraph, index) => {
    const heading = readAbstractHeading(paragraph);
    return heading ? [{ index, heading }] : [];
  });
  const sections: AbstractSection[] = [];
  let before = paragraphs.slice(0, headings[0]?.index ?? 0);
  headings.forEach(({ index, heading }, n) => {
    const end = headings[n + 1]?.index ?? paragraphs.length;
    const content = [...(heading.inlineText ? [heading.inlineText] : []), ...paragraphs.slice(index + 1, end)];
    const body = readSectionBody(content);
    sections.push({
      lang: heading.lang,
      heading: heading.heading,
      before: [...before, ...body.fields],
      paragraphs: body.paragraphs,
      ...(body.keywords ? { keywords: body.keywords } : {}),
    });
    before = body.rest;
  });
  return { sections, trailing: headings.length > 0 ? before : [] };
}
