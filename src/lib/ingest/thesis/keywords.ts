/**
 * Keyword lines closing an abstract: "Kata Kunci: a, b", "Keywords — a; b", "Key terms: ...",
 * with the label on its own line or the list run into the last sentence of the abstract.
 */
import { readLabelledField } from './labelled-fields.ts';
import { trimChars } from '../../text/trim-chars.ts';

/** Labels known to introduce keywords, in either language and common spellings. */
const KEYWORD_LABEL =
  '(?:kata[\\s-]*kata[\\s-]*kunci|kata[\\s-]*kunci|key[\\s-]*words?|key[\\s-]*terms?|index[\\s-]*terms?|keywords?)';

/** Separator between a label and its list: colon, dash, en or em dash, or a full stop. */
const SEPARATOR = '\\s*[:：—–-]\\s*|\\s*\\.\\s+';

const LABELLED_LINE = new RegExp(`^[*_]*(${KEYWORD_LABEL})[*_]*(?:${SEPARATOR}|\\s*$)(.*)$`, 'i');
const INLINE_LABEL = new RegExp(`(?<=[.!?]["”’)*_]*\\s+)[*_]*(${KEYWORD_LABEL})[*_]*\\s*[:：—–]\\s*(.+)$`, 'i');

/**
 * A keyword label glued to the first keyword, its colon lost in extraction ("Kata kuncisatwa
 * langka, CITES"): the label as printed, capitalised, then a small letter. "Kata kuncinya" (the
 * key word of it) is running text, so the suffix "-nya" does not count as a keyword.
 */
const GLUED_LABEL_LINE = /^[*_]*(Kata[\s-]*kata[\s-]*kunci|Kata[\s-]*[Kk]unci|Key[\s-]*words?|Keywords?)(?!nya)(\p{Ll}.*)$/u;

/** A short label of one to three words before a colon, e.g. a mistyped "Kata Kerja:". */
const ANY_LABEL_LINE = /^[*_]*(\p{Lu}[\p{L}]*(?:\s+[\p{L}]+){0,2})[*_]*\s*:\s*(.+)$/u;

/** A keyword line: its label and the keywords it lists. */
export interface KeywordLine {
  /** The label as written, e.g. "Kata Kunci". */
  label: string;
  /** Whether the label is one of the usual keyword labels. */
  knownLabel: boolean;
  keywords: string[];
}

/** Removes Markdown emphasis markers and surrounding spaces from one keyword. */
function cleanKeyword(keyword: string): string {
  return keyword
    .replace(/[*_]{1,3}(\S(?:.*?\S)?)[*_]{1,3}/g, '$1')
    .replace(/[*_]/g, '')
    .trim()
    .replace(/\.$/, '')
    .trim();
}

/**
 * What may follow a keyword list on its line and is none of it: the heading of the next section
 * or abstract run on after the last keyword ("..., ASEAN Introduction As the wave ...",
 * "Abu Sayyaf Pendahuluan", "Indonesia Abstrak"), or a publisher's copyright notice set beside the
 * list ("countering © 2014 AENSI Publisher ..."). Headings are matched as printed, capitalised or
 * in capitals, so a keyword in lower case ("abstract art") stays.
 */
const NEXT_SECTION = String.raw`(?:(?:\d|[IV]{1,3})\.?\s+)?(?:INTRODUCTION|Introduction|PENDAHULUAN|Pendahuluan|ABSTRAK|Abstrak|ABSTRACT|Abstract)\b|©`;
const RUN_ON_AFTER_LIST = new RegExp(String.raw`\s+(?:${NEXT_SECTION}).*$`, 'su');
const OPENS_NEXT_SECTION = new RegExp(String.raw`^[*_]*(?:${NEXT_SECTION})`, 'u');

/**
 * Splits a keyword list as written into keywords: on semicolons when there are any, else on
 * middle dots or bullets (as publishers' templates set them), else on commas; emphasis markers and the closing full stop are removed, the wording kept.
 * What runs on after the list ({@link RUN_ON_AFTER_LIST}) is cut off first.
 */
export function splitKeywordList(list: string): string[] {
  const opened = trimChars(list.trim().replace(RUN_ON_AFTER_LIST, ''), '*_', '');
  // The closing full stop goes only with an emphasis marker before it ("*a, b*.").
  const unwrapped = trimChars(/[*_]\.$/.test(opened.slice(-2)) ? opened.slice(0, -1) : opened, '', '*_');
  const separator = [';', '·', '•'].find((mark) => unwrapped.includes(mark)) ?? ',';
  return unwrapped
    .split(separator)
    .map(cleanKeyword)
    .filter((keyword) => keyword !== '');
}

/**
 * Most words one keyword alone after its label has; a longer one ("Security Cyber Diplomacy ASEAN
 * OUR EYES (AOE)") is several keywords whose separators were lost, and cannot be split back.
 */
export const MAX_LONE_KEYWORD_WORDS = 4;

/** True when `keywords` is a single run of words too long to be one keyword: a list that lost its separators. */
export function lostItsSeparators(keywords: readonly string[]): boolean {
  return keywords.length === 1 && keywords[0]!.split(/\s+/).length > MAX_LONE_KEYWORD_WORDS;
}

/** Most words of one keyword in a list; an item longer than that is running text, not a keyword. */
const MAX_LISTED_KEYWORD_WORDS = 8;

/**
 * True when items of a keyword list are sentences: a page set in two columns and read across runs
 * the abstract beside the list into it ("organized crime. This study uses the theory of ...").
 * Such a list cannot be told back into its keywords, so none of it is kept.
 */
export function runsIntoProse(keywords: readonly string[]): boolean {
  return keywords.some((keyword) => /[.!?]\s+\p{Lu}/u.test(keyword) || keyword.split(/\s+/).length > MAX_LISTED_KEYWORD_WORDS);
}

/** True when `text` opens with the heading of the section after the keywords ("1. Pendahuluan ...", "INTRODUCTION", "Abstrak"). */
export function opensNextSection(text: string): boolean {
  return OPENS_NEXT_SECTION.test(text.trim());
}

/** A list closing on its separator ("Slavery;", "Reformulation;"): its last items were printed on the next line. */
const CLOSES_ON_SEPARATOR = /[;,][*_]*$/;

/**
 * The keywords `next` adds to `list` when the list closes on its separator and `next` goes on
 * with it ("...; Slavery;" / "Transnational Organized Crime"); none when the list is closed or
 * `next` is no run of short items: another label, the next section's heading, a sentence.
 */
export function keywordsGoingOn(list: string, next: string | undefined): string[] {
  if (next === undefined || !CLOSES_ON_SEPARATOR.test(list.trim()) || opensNextSection(next) || parseKeywordLine(next)) return [];
  const items = splitKeywordList(next);
  return items.every((item) => item.split(/\s+/).length <= MAX_LONE_KEYWORD_WORDS && !/[.!?]\s/.test(item)) ? items : [];
}

/** True when a list looks like keywords rather than a sentence: short comma-separated items. */
function looksLikeKeywordList(list: string): boolean {
  const items = splitKeywordList(list);
  return items.length >= 2 && items.every((item) => item.split(/\s+/).length <= 6);
}

/**
 * Reads a paragraph that is a keyword line. Known labels are always accepted (the list may be
 * empty when it follows on the next line); any other short label is accepted only before a list
 * of short comma-separated items, and reported through `knownLabel: false`.
 */
export function parseKeywordLine(paragraph: string): KeywordLine | undefined {
  const text = paragraph.trim();
  const known = LABELLED_LINE.exec(text);
  if (known) return { label: known[1]!.trim(), knownLabel: true, keywords: splitKeywordList(known[2] ?? '') };
  const glued = GLUED_LABEL_LINE.exec(text);
  if (glued && looksLikeKeywordList(glued[2]!) && !runsIntoProse(splitKeywordList(glued[2]!))) {
    return { label: glued[1]!, knownLabel: true, keywords: splitKeywordList(glued[2]!) };
  }
  const other = ANY_LABEL_LINE.exec(text);
  // A form line ("Pembimbing : Dr. X, M.A.") has a short label and commas too, but is no keyword list.
  if (other && !readLabelledField(text) && looksLikeKeywordList(other[2]!) && !/[.!?]\s+\p{Lu}/u.test(other[2]!)) {
    return { label: other[1]!.trim(), knownLabel: false, keywords: splitKeywordList(other[2]!) };
  }
  return undefined;
}

/**
 * Splits keywords run into the end of a paragraph ("... broader scale. Key terms: a, b.").
 * Returns the paragraph without them and the keyword line, or undefined when there are none.
 */
export function splitInlineKeywords(paragraph: string): { text: string; keywords: KeywordLine } | undefined {
  const match = INLINE_LABEL.exec(paragraph);
  if (!match || !looksLikeKeywordList(match[2]!)) return undefined;
  return {
    text: paragraph.slice(0, match.index).trim(),
    keywords: { label: match[1]!.trim(), knownLabel: true, keywords: splitKeywordList(match[2]!) },
  };
}
