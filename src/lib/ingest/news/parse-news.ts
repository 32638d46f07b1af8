/**
 * Parses a pasted news item into frontmatter fields and a Markdown body. The steps are separate
 * modules (clutter, dateline, dates, credits, quotes, speakers, figures); this file wires them
 * and lists for review every field the text does not give.
 */
import type { Lang } from '../../langs.ts';
import { markdownFromText } from '../../markdown/write-markdown.ts';
import { detectLanguage } from '../../text/detect-language.ts';
import { IngestError, type ParsedNews, type ParsedNewsFields, type ReviewFlag } from '../types.ts';
import { readEventDate, readPublishedDate } from './article-dates.ts';
import { chooseCandidate } from '../fields/candidates.ts';
import { bylineCandidates } from './byline-candidates.ts';
import { collectCredits, readBylineLine, readCopyrightLine } from './credits.ts';
import { readDateline } from './dateline.ts';
import { chooseOutlet } from './outlet.ts';
import { choosePlace } from './place.ts';
import { isStampLine } from './headline.ts';
import { isProseLine } from './prose.ts';
import { extractFigures } from './figures.ts';
import { extractQuotes } from './quotes.ts';
import { findSourceUrl } from './source-url.ts';
import { findSpeechMentions, listSpeakers } from './speakers.ts';
import { type ArticleParts, stripClutter } from './strip-clutter.ts';
import { splitNewsLines } from './text-lines.ts';
import { readDomainLine } from './web-address.ts';

/** The news-likeness score, re-exported for the kind detector. */
export { looksLikeNews } from './news-signals.ts';

/** Indonesian first: a text too short or mixed to tell is taken as Indonesian and flagged. */
const FALLBACK_LANGUAGE: Lang = 'id';

/** Drops undefined values so the frontmatter has no empty keys. */
function definedOnly<T extends object>(fields: T): T {
  return Object.fromEntries(Object.entries(fields).filter(([, value]) => value !== undefined)) as T;
}

/**
 * The parts of a page where no headline followed by article paragraphs was found. Its first line
 * stands as the headline when it reads as one (not a sentence, not a date or byline); every other
 * line is kept as the text, for a person to sort out.
 */
function unsortedParts(lines: readonly string[], review: ReviewFlag[]): ArticleParts {
  const first = lines[0] ?? '';
  const headline = isProseLine(first) || isStampLine(first) ? undefined : first;
  review.push({
    field: 'headline',
    reason: `No headline followed by article paragraphs was found; ${headline === undefined ? 'no line reads as a headline and every line' : 'the first line stands as the headline and every other line'} is kept as the text. Check both against the original.`,
  });
  return headline === undefined
    ? { header: [], paragraphs: [...lines], removed: [] }
    : { headline, header: [], paragraphs: lines.slice(1), removed: [] };
}

/**
 * Returns the fields, body and review flags of the news item `text` (read from `file`). Never
 * refuses a readable text: one whose headline and paragraphs cannot be told apart is kept
 * unsorted and flagged, and a text that starts with the article gets no headline.
 */
export function parseNews(text: string, file: string): ParsedNews {
  const lines = splitNewsLines(text);
  if (lines.length === 0) throw new IngestError(file, 'no line of text to read as a news item');
  const review: ReviewFlag[] = [];
  const sorted = stripClutter(lines);
  if (sorted && sorted.headline === undefined) {
    review.push({ field: 'headline', reason: 'the text starts with the article and gives no headline; add it if the original page has one' });
  } else if (sorted?.headlineDoubt) {
    review.push({ field: 'headline', reason: `"${sorted.headline}" chosen on ${sorted.headlineDoubt}` });
  }
  const parts = sorted ?? unsortedParts(lines, review);
  const { headline, header, paragraphs, removed } = parts;
  const body = paragraphs.join('\n\n');
  const flag = (found: { flag?: ReviewFlag }): void => {
    if (found.flag) review.push(found.flag);
  };

  const detected = detectLanguage(body);
  const language = detected ?? FALLBACK_LANGUAGE;
  if (!detected) review.push({ field: 'language', reason: `could not tell the language; assumed "${language}"` });

  const metaLines = [...header, ...removed];
  const credits = collectCredits(metaLines);
  const dateline = paragraphs[0] === undefined ? undefined : readDateline(paragraphs[0]);
  const author = chooseCandidate(bylineCandidates({ header, paragraphs, removed, dateline }));
  credits.author = author?.value;
  // Bylines ("Name - Outlet") are read in the header only: lower down the shape is a story link.
  const byline = header.map(readBylineLine).find((found) => found !== undefined);
  const copyright = metaLines.map(readCopyrightLine).find((notice) => notice !== undefined);
  const placeChoice = choosePlace({ lead: paragraphs[0], dateline, header, story: [headline ?? '', ...paragraphs] });
  const place = placeChoice?.value;
  const outletChoice = chooseOutlet({ header, removed, dateline, byline, closing: paragraphs.at(-1), author: author?.value });
  const outlet = outletChoice?.value;
  const domain = header.map(readDomainLine).find((found) => found !== undefined);
  // A dateline outlet may itself be a domain ("KOMPAS.com"), which finds the article's URL too.
  const sourceUrl = findSourceUrl(lines, domain ?? (outlet ? readDomainLine(outlet) : undefined), header);
  const published = readPublishedDate(header, removed);
  const eventDate = readEventDate(paragraphs, published.iso);
  const mentions = findSpeechMentions(body);
  const quotes = extractQuotes(body);

  flag(published);
  flag(eventDate);
  if (!sourceUrl) review.push({ field: 'sourceUrl', reason: 'the text contains no URL of the article' });
  if (!outletChoice) {
    review.push({ field: 'outlet', reason: 'no outlet in a dateline, byline, source or site line, masthead, copyright line or issuer note' });
  } else if (outletChoice.doubt) {
    review.push({ field: 'outlet', reason: `"${outletChoice.value}" chosen on ${outletChoice.doubt}` });
  }
  if (!placeChoice) review.push({ field: 'dateline', reason: 'the first paragraph opens without a dateline' });
  else if (placeChoice.doubt) review.push({ field: 'dateline', reason: `"${placeChoice.value}" chosen on ${placeChoice.doubt}` });
  if (!author) review.push({ field: 'author', reason: 'no reporter, writer or byline credited' });
  else if (author.doubt) review.push({ field: 'author', reason: `"${author.value}" chosen on ${author.doubt}` });
  quotes.forEach((quote, index) => {
    if (quote.speaker) return;
    review.push({ field: `quotes[${index}].speaker`, reason: `speaker of "${quote.text}" not clear from the text` });
  });

  const data: ParsedNewsFields = definedOnly({
    headline,
    language,
    outlet,
    ...credits,
    copyright,
    sourceUrl,
    published: published.iso,
    eventDate: eventDate.iso,
    dateline: place,
    people: listSpeakers(mentions),
    quotes,
    figures: extractFigures(body, language),
  });
  return { kind: 'news', data, body: markdownFromText(body), review };
}
