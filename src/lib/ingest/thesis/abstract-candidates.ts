/**
 * Evidence for a study's abstracts, read from the front lines: the text after an abstract
 * heading (on its line, "Abstraksi Penelitian ini ...", or on the lines below), the prose just
 * before a keyword line, and on a page with no abstract heading at all, its first long
 * paragraph in running prose. The language is the one the text is written in, whatever the
 * heading says.
 */
import type { Candidate } from '../fields/candidates.ts';
import { LANGS, type Lang } from '../../langs.ts';
import { detectLanguage } from '../../text/detect-language.ts';
import type { FrontLine } from './front-lines.ts';
import { isSiteChrome } from './front-line-kinds.ts';
import { opensNextSection, parseKeywordLine } from './keywords.ts';
import { readAbstractHeading } from './abstract-sections.ts';
import { findDoi } from './publication-lines.ts';

/** Abstract candidates per language. */
export type AbstractCandidates = Record<Lang, Candidate<string>[]>;

/**
 * The label of an article's info box, which a two-column first page runs in after the abstract
 * heading ("ABSTRACT Article history: This paper ..."): the box's, not the abstract's.
 */
const INFO_BOX_LABEL = String.raw`(?:[Aa]rticle\s+(?:[Hh]istory|[Ii]nfo(?:rmation)?)|ARTICLE\s+(?:HISTORY|INFO)|[Ii]nfo\s+[Aa]rtikel|[Rr]iwayat\s+[Aa]rtikel)\s*:?\s+`;

/**
 * A heading word with the text run on after it, with or without a mark between: "Abstrak
 * Perdagangan ...", a library catalogue's "Zusammenfassung:Penyelundupan ..."; an info box's label
 * after the heading is left out.
 */
const HEADING_THEN_TEXT = new RegExp(
  String.raw`^(?:ABSTRAKSI|ABSTRAK|ABSTRACT|Abstraksi|Abstrak|Abstract|INTISARI|Intisari|Zusammenfassung)(?:\s*[:.—–-]\s*|\s+)(?:${INFO_BOX_LABEL})?(\p{Lu}.*)$`,
  'u',
);

/** Fewest words of a line of abstract prose. */
const MIN_PROSE_WORDS = 12;
/** Fewest words of a paragraph taken for the abstract only because it is the first long one. */
const MIN_FIRST_PARAGRAPH_WORDS = 40;

function wordCount(text: string): number {
  return text.split(/\s+/).length;
}

/** Share of capitalised words above which a line not closed by a full stop is a title in title case, not prose. */
const TITLE_CASE_SHARE = 0.7;

/**
 * True for a line in title case ("Dinamika Hubungan Indonesia Dengan Australia Mengenai ... (2013-2017)"):
 * most of its words capitalised and no full stop closing it, as a title over an abstract is set.
 */
function isTitleCaseLine(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const capitalised = words.filter((word) => /^[("“]?\p{Lu}/u.test(word)).length;
  return !/[.!?]["”)]?$/u.test(text.trim()) && capitalised >= TITLE_CASE_SHARE * words.length;
}

/** True for a line of running prose: long enough, with sentences in ordinary case. */
function isProse(text: string, minWords = MIN_PROSE_WORDS): boolean {
  return wordCount(text) >= minWords && /\p{Ll}{3,}\s+\p{Ll}{2,}/u.test(text) && !isSiteChrome(text) && !parseKeywordLine(text);
}

/** The prose lines from `start` on, up to the first line that is not prose. */
function proseFrom(lines: readonly FrontLine[], start: number): string {
  const taken: string[] = [];
  for (const { text } of lines.slice(start)) {
    if (!isProse(text) || readAbstractHeading(text) || HEADING_THEN_TEXT.test(text)) break;
    taken.push(text);
  }
  return taken.join('\n\n');
}

/**
 * True for a keyword line giving its list: under a bare abstract heading it is the keyword column
 * of a two-column first page read before the abstract's ("Abstract" / "Keywords: a; b." / text).
 */
function isListedKeywordLine(text: string | undefined): boolean {
  const line = text === undefined ? undefined : parseKeywordLine(text);
  return line?.knownLabel === true && line.keywords.length > 0;
}

/** The text after each abstract heading, past a keyword column read in between. */
function underHeadings(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text, index }) => {
    const runOn = readAbstractHeading(text)?.inlineText ?? HEADING_THEN_TEXT.exec(text)?.[1];
    const heading = runOn !== undefined || readAbstractHeading(text) !== undefined;
    if (!heading) return [];
    const start = runOn === undefined && isListedKeywordLine(lines[index + 1]?.text) ? index + 2 : index + 1;
    const body = [...(runOn ? [runOn] : []), proseFrom(lines, start)].filter((part) => part !== '').join('\n\n');
    return isProse(body) ? [{ value: body, score: 0.8, reason: 'text under an abstract heading' }] : [];
  });
}

/** Fewest words of a wrapped line of prose, one the next line goes on from in lower case. */
const MIN_WRAPPED_WORDS = 6;

/**
 * True for a line of prose over the line `below`: a long one, or a shorter one that a PDF wrapped
 * mid-sentence: the line below goes on in lower case ("... berupa penampungan" / "sementara bagi ..."),
 * or the line closes on a comma ("... di Aceh. Pertama,").
 */
function isProseOver(text: string, below: string): boolean {
  if (isProse(text)) return true;
  return (/^\p{Ll}/u.test(below) || /[,;]$/u.test(text)) && isProse(text, MIN_WRAPPED_WORDS);
}

/** The prose right before each keyword line: an abstract whose heading was not kept. */
function beforeKeywords(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text, index }) => {
    if (!parseKeywordLine(text)?.knownLabel) return [];
    let start = index;
    // The title over an abstract whose heading was not kept is set in title case: the abstract starts under it.
    while (start > 0 && isProseOver(lines[start - 1]!.text, lines[start]!.text) && !isTitleCaseLine(lines[start - 1]!.text) && !HEADING_THEN_TEXT.test(lines[start - 1]!.text)) start--;
    // A heading with the text run on after it opens the abstract; the heading word is no part of it.
    const opening = start > 0 ? HEADING_THEN_TEXT.exec(lines[start - 1]!.text)?.[1] : undefined;
    const body = [...(opening ? [opening] : []), ...lines.slice(start, index).map((line) => line.text)].join('\n\n');
    return body !== '' ? [{ value: body, score: 0.65, reason: 'prose before a keyword line' }] : [];
  });
}

/**
 * The prose right after a keyword line, up to the next keyword line or the end of the front, in
 * the other language than the prose before it: the abstract's translation, printed with no
 * heading of its own. Prose opening with the next section's heading, or running on past the
 * front in the same language as the abstract, is the article's opening, and is not taken.
 */
function translationAfterKeywords(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text, index }) => {
    if (!parseKeywordLine(text)?.knownLabel) return [];
    const before = lines[index - 1]?.text ?? '';
    const after = proseFrom(lines, index + 1);
    const closedAt = index + 1 + (after === '' ? 0 : after.split('\n\n').length);
    const closed = closedAt >= lines.length || parseKeywordLine(lines[closedAt]!.text)?.knownLabel === true;
    const lang = detectLanguage(after);
    return after !== '' && closed && !opensNextSection(after) && lang !== undefined && isProse(before) && detectLanguage(before) !== lang
      ? [{ value: after, score: 0.55, reason: "prose after the other abstract's keyword line" }]
      : [];
  });
}

/** An article's info box heading, beside or over the abstract's: "ARTICLE INFO ABSTRACT", "Article’s Information Abstract". */
const INFO_BOX_HEADING = /\b(?:article(?:['’]s)?\s+info(?:rmation)?|info(?:rmasi)?\s+artikel)\b/iu;

/** A DOI alone on its line, its "DOI :" label on the line above. */
const BARE_DOI = /^10\.\d{4,9}\/\S+$/u;

/**
 * The prose after the DOI closing an article's info box, when the page opens such a box: a
 * two-column first page read column by column prints the box's keywords, citation and DOI under
 * the abstract heading, and the abstract after them.
 */
function afterInfoBox(lines: readonly FrontLine[]): Candidate<string>[] {
  const box = lines.findIndex(({ text }) => INFO_BOX_HEADING.test(text));
  if (box < 0) return [];
  const doi = lines.findIndex(({ text, index }) => index > box && (findDoi(text) !== undefined || BARE_DOI.test(text)));
  const body = doi < 0 ? '' : proseFrom(lines, doi + 1);
  return isProse(body) ? [{ value: body, score: 0.6, reason: "prose after the DOI closing the article's info box" }] : [];
}

/** Headings of the front matter whose text is no abstract: a preface, acknowledgements, a dedication. */
const OTHER_FRONT_MATTER = /^(?:kata\s+pengantar|prakata|foreword|preface|acknowledg\w*|ucapan\s+terima\s+kasih|motto|persembahan|halaman\b|lembar\b|daftar\b)/i;

/**
 * Words naming a page of the front matter that vouches for the work (an adviser's recommendation
 * letter, a declaration of originality, an approval sheet): its prose restates the title, and is
 * no abstract. They may stand anywhere in the heading ("THESIS ADVISER RECOMMENDATION LETTER").
 */
const ENDORSEMENT_WORD = /\b(?:recommendation|declaration|approval|originality|endorsement|pernyataan|pengesahan|persetujuan|rekomendasi)\b/i;

/** Most words of a heading that names an endorsement page. */
const MAX_HEADING_WORDS = 8;

/** True for a heading that opens front matter other than the abstract. */
function opensOtherFrontMatter(text: string): boolean {
  return OTHER_FRONT_MATTER.test(text) || (wordCount(text) <= MAX_HEADING_WORDS && !/[.!?]$/.test(text) && ENDORSEMENT_WORD.test(text));
}

/** Fewest words in lower case, as a share of the words, in running prose; a cover run into one line has far fewer. */
const MIN_LOWER_CASE_SHARE = 0.4;
/** A numbered field label in capitals, as a filled-in form prints it: "1. AGENCY USE ONLY", "2. REPORT DATE". */
const FORM_FIELD = /(?:^|\s)\d{1,2}\.\s+\p{Lu}{2,}(?:\s+\p{Lu}{2,})+/gu;

/**
 * True for a paragraph that reads as running prose: most of its words are not capitalised (the
 * names of a cover run into one line are), and it is no filled-in form (a report documentation
 * page, whose boilerplate is prose around numbered field labels).
 */
export function readsAsRunningProse(text: string): boolean {
  const words = text.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  const lower = words.filter((word) => /^[("“'‘]?\p{Ll}/u.test(word)).length;
  return lower >= words.length * MIN_LOWER_CASE_SHARE && (text.match(FORM_FIELD) ?? []).length < 2;
}

/**
 * True when `paragraph` opens with the short name the line above gives a body in brackets ("The
 * Centre for Defence Studies (CDS)" / "CDS is the senior ..."): it describes the publisher or
 * the institution, as a series' or a college's front matter does, and is no abstract.
 */
function describesBodyAbove(paragraph: string, above: string): boolean {
  const short = /\((\p{Lu}{2,})\)$/u.exec(above.trim())?.[1];
  return short !== undefined && new RegExp(`^(?:the\\s+)?${short}\\b`, 'iu').test(paragraph.trim());
}

/**
 * On a page with no abstract heading (a repository or catalogue page), its first long paragraph
 * in ordinary case, before any preface, endorsement page or other front-matter heading, and the
 * long paragraph right under it when written in the other language: just enough evidence to be
 * taken, and flagged.
 */
function firstLongParagraph(lines: readonly FrontLine[]): Candidate<string>[] {
  if (lines.some(({ text }) => readAbstractHeading(text) || HEADING_THEN_TEXT.test(text))) return [];
  const end = lines.findIndex(({ text }) => opensOtherFrontMatter(text));
  const first = lines.slice(0, end < 0 ? lines.length : end).find(({ text }) => isProse(text, MIN_FIRST_PARAGRAPH_WORDS));
  // A paragraph opening in lower case goes on from a page cut out of a longer text (a chapter's copy): no abstract starts mid-sentence.
  if (!first || /^\p{Lu}{2,}\s+\p{Lu}{2,}/u.test(first.text) || /^\p{Ll}/u.test(first.text) || !readsAsRunningProse(first.text)) return [];
  if (describesBodyAbove(first.text, lines[first.index - 1]?.text ?? '')) return [];
  const found = { value: first.text, score: 0.5, reason: 'the first long paragraph of a page with no abstract heading' };
  // A catalogue record prints the abstract's translation right under it: the next long paragraph, in the other language.
  const next = lines[first.index + 1]?.text ?? '';
  const translated = isProse(next, MIN_FIRST_PARAGRAPH_WORDS) && readsAsRunningProse(next) && detectLanguage(next) !== detectLanguage(first.text);
  return translated ? [found, { value: next, score: 0.5, reason: "the first long paragraph's translation under it" }] : [found];
}

/** Every abstract the front gives, by the language its text is written in. */
export function abstractCandidates(lines: readonly FrontLine[]): AbstractCandidates {
  const found: AbstractCandidates = { id: [], en: [] };
  for (const candidate of [...underHeadings(lines), ...beforeKeywords(lines), ...translationAfterKeywords(lines), ...afterInfoBox(lines), ...firstLongParagraph(lines)]) {
    const lang = detectLanguage(candidate.value);
    if (lang) found[lang].push(candidate);
  }
  for (const lang of LANGS) found[lang].sort((a, b) => b.score - a.score);
  return found;
}
