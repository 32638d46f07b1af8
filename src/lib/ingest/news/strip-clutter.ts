/**
 * Separates a pasted news page into headline, header, article paragraphs and the rest.
 * Sites wrap articles in the same kinds of widgets (related stories, tiles, comment prompts,
 * share and follow calls, credits), so the rules are general patterns (page-furniture.ts) plus
 * structural ones: the article opens at its dateline when it has one (a standfirst or caption
 * above it is header matter) and runs from there to its last prose paragraph; below the credits
 * or desk initials, title-cased notices do not count as paragraphs.
 */
import { readKnownPlaceDateline, readDateline } from './dateline.ts';
import { chooseHeadline, isPrintedTwice, isStampLine, mayStandAsHeadline } from './headline.ts';
import { isArticleEndMarker, isClosingLine, isClutterLine, isRelatedLead } from './page-furniture.ts';
import { isProseLine, titleCaseShare } from './prose.ts';

/** A news page cut into its parts; `removed` keeps the dropped lines for metadata readers. */
export interface ArticleParts {
  /** Undefined when the kept text starts with the article itself, as stored copies cut at the top do. */
  headline?: string;
  /** Why the headline should be checked, when the evidence for it is weak or close. */
  headlineDoubt?: string;
  /** Lines around the headline, before the first paragraph: site name, time, byline, labels. */
  header: string[];
  paragraphs: string[];
  /** Every other line (widgets, credits, copyright, trailing tiles), in order. */
  removed: string[];
}

type LineRole = 'prose' | 'drop' | 'other';

/** Share of capitalised words from which a line is a title or a notice rather than a sentence. */
const TITLE_SHARE = 0.6;
/** How many prose lines may stand above the dateline paragraph (standfirst, captions) at most. */
const MAX_LINES_ABOVE_DATELINE = 2;
/**
 * True when the first line of a page, at `index`, is already the article: a sentence, which a
 * headline is only when the page prints it twice (its title bar and its head). Without that
 * evidence a sentence is read as the lead, so that no headline is made up from it.
 */
function opensArticle(lines: readonly string[], index: number): boolean {
  return isProseLine(lines[index] ?? '') && !isPrintedTwice(lines, index);
}

/** True when the sentence at `index` is printed twice side by side: a photo's alt text and caption. */
function isDoubledCaption(lines: readonly string[], index: number): boolean {
  const line = lines[index] ?? '';
  return isProseLine(line) && (line === lines[index - 1] || line === lines[index + 1]);
}

/**
 * The role of each line of `lines`, which run from `from` in `page`. A sentence printed twice
 * side by side is a caption; one printed twice apart is the headline or a standfirst repeated:
 * neither is a paragraph.
 */
function classifyLines(page: readonly string[], from: number): LineRole[] {
  let inRelatedBlock = false;
  return page.slice(from).map((line, offset) => {
    const index = from + offset;
    if (isRelatedLead(line)) {
      inRelatedBlock = true;
      return 'drop';
    }
    if (isClutterLine(line) || isDoubledCaption(page, index)) return 'drop';
    if (isProseLine(line) || isDatelineSentence(line)) {
      if (page.some((other, at) => other === line && at !== index)) return 'other';
      inRelatedBlock = false;
      return 'prose';
    }
    // Headlines listed under a "Baca juga" lead, up to the next real paragraph.
    return inRelatedBlock ? 'drop' : 'other';
  });
}

/** True when `line` opens with a dateline, dashed or closed by a colon, period, bar or bullet after a known place. */
function opensWithDateline(line: string): boolean {
  return readDateline(line) !== undefined || readKnownPlaceDateline(line) !== undefined;
}

/** Fewest words of a line opening with a dateline that is the lead, though its sentence runs on past the line. */
const MIN_DATELINE_SENTENCE_WORDS = 12;

/**
 * True when `line` opens with a dateline and goes on in sentence case ("DIALEKSIS.COM | Banda Aceh
 * - Di tengah gencarnya upaya ... internasional"): the lead, even where a page broke its sentence
 * at the line's end and no period closes it. A headline after a place is set in title case.
 */
function isDatelineSentence(line: string): boolean {
  return opensWithDateline(line) && line.split(/\s+/).length >= MIN_DATELINE_SENTENCE_WORDS && titleCaseShare(line) < TITLE_SHARE;
}

/** Words a standfirst and the lead under it open alike, from which the first only announces the second. */
const SHARED_OPENING_WORDS = 6;

function openingWords(line: string): string {
  return line.toLowerCase().split(/\s+/).slice(0, SHARED_OPENING_WORDS).join(' ');
}

/**
 * True when the prose line at `index` is a standfirst, not the lead: the next prose line (at
 * `next`) opens with the same words, or a time stamp or credit stands between the two, as pages
 * print them under the standfirst and over the article.
 */
function isStandfirst(lines: readonly string[], index: number, next: number | undefined): boolean {
  if (next === undefined) return false;
  const line = lines[index] ?? '';
  if (line.split(/\s+/).length >= SHARED_OPENING_WORDS && openingWords(line) === openingWords(lines[next] ?? '')) return true;
  return lines.slice(index + 1, next).some(isStampLine);
}

/**
 * Index of the article's first paragraph: the dateline paragraph if one of the first few prose
 * lines is one; otherwise the first of them that is no standfirst.
 */
function articleStart(lines: readonly string[], roles: readonly LineRole[]): number {
  const prose = roles.flatMap((role, index) => (role === 'prose' ? [index] : []));
  const first = prose.slice(0, MAX_LINES_ABOVE_DATELINE + 1);
  const withDateline = first.find((index) => opensWithDateline(lines[index] ?? ''));
  const afterStandfirsts = first.find((index, at) => !isStandfirst(lines, index, first[at + 1]));
  return withDateline ?? afterStandfirsts ?? prose[0] ?? -1;
}

/**
 * Index of the article's last paragraph. Nothing below an end marker (a republication notice, a
 * release's contact block) is article text. Below a closing line (credits, desk initials, copyright)
 * only sentence-cased paragraphs continue the article; title-cased lines there are the site's
 * slogans and notices ("Our Standards: The Thomson Reuters Trust Principles.").
 */
function articleEnd(lines: readonly string[], roles: readonly LineRole[], start: number): number {
  const closing = lines.findIndex((line, index) => index > start && isClosingLine(line));
  const endMarker = lines.findIndex((line, index) => index > start && isArticleEndMarker(line));
  return roles.reduce(
    (last, role, index) =>
      role === 'prose' &&
      (endMarker < 0 || index < endMarker) &&
      (closing < 0 || index < closing || titleCaseShare(lines[index] ?? '') < TITLE_SHARE)
        ? index
        : last,
    -1,
  );
}

/**
 * Returns the parts of a news page given as normalised non-empty lines, or undefined when it has
 * no line besides page furniture or no prose paragraph. The headline is left out when the text
 * starts with the article itself. Short non-prose lines between two paragraphs are kept
 * (they may be subheadings); after the last paragraph they are the page's trailing widgets.
 */
export function stripClutter(lines: readonly string[]): ArticleParts | undefined {
  const firstCandidate = lines.findIndex(
    (line, index) => !isRelatedLead(line) && !isClutterLine(line) && !isStampLine(line) && !isDoubledCaption(lines, index),
  );
  if (firstCandidate < 0) return undefined;
  // The first line that is not furniture is a paragraph only when it plainly opens the article;
  // otherwise it is at worst the headline.
  const startsWithArticle = opensArticle(lines, firstCandidate);
  const restFrom = startsWithArticle ? firstCandidate : firstCandidate + 1;
  const rest = lines.slice(restFrom);
  const roles = classifyLines(lines, restFrom);
  const start = articleStart(rest, roles);
  if (start < 0) return undefined;
  const end = articleEnd(rest, roles, start);
  const above = lines.slice(0, restFrom + start);
  // Failing any evidence, the first line stands as the headline, unless it opens the article or cannot be one.
  const first = lines[firstCandidate] ?? '';
  const choice = chooseHeadline(above) ?? (startsWithArticle || !mayStandAsHeadline(first) ? undefined : { value: first, doubt: 'only the first line of the page' });
  const headlineIndex = choice === undefined ? -1 : above.indexOf(choice.value);
  const header = above.filter((_, index) => index !== headlineIndex);
  const parts: ArticleParts = {
    ...(choice === undefined ? {} : { headline: choice.value }),
    ...(choice?.doubt === undefined ? {} : { headlineDoubt: choice.doubt }),
    header,
    paragraphs: [],
    removed: [],
  };
  rest.forEach((line, index) => {
    if (index < start) return;
    const inArticle = index <= end && roles[index] !== 'drop';
    (inArticle ? parts.paragraphs : parts.removed).push(line);
  });
  return parts;
}
