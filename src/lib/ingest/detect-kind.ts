/**
 * Chooses the parser for a raw document from the structure of its text, and says why.
 * Theses are recognised by their abstract headings (the one part every thesis extract has),
 * news items by the marks news sites leave (dateline, outlet, credits, widgets). A thesis is
 * outlined with the thesis parser's own reader, so the kind printed is the kind it returns.
 */
import { looksLikeNews } from './news/parse-news.ts';
import { readChapterHeading } from './thesis/chapters.ts';
import { readThesisOutline, type ThesisOutline, thesisKindOf } from './thesis/thesis-outline.ts';
import { IngestError, type KindDetection } from './types.ts';

/** The fewest news signals that make a text a news item rather than unknown prose. */
const NEWS_THRESHOLD = 2;

/** Abstract headings that are also everyday words: a news page may print them as a box title. */
const WEAK_ABSTRACT_HEADING = /^(ringkasan|summary|sari)$/i;

/** Why a thesis outline gives the kind it gives: its abstract heading, and what opens the body. */
function thesisReasons(outline: ThesisOutline): string[] {
  const heading = `abstract heading "${outline.abstractHeading.heading.toUpperCase().replace(/\s/g, '')}"`;
  if (outline.bodyAt < 0) return [heading, 'no chapter headings'];
  const opening = outline.lines[outline.bodyAt]!;
  if (readChapterHeading(opening) === undefined) return [heading, `article section heading "${opening}"`];
  const chapters = outline.lines
    .slice(outline.bodyAt)
    .flatMap((line) => readChapterHeading(line)?.label.toUpperCase() ?? []);
  return [heading, `chapter headings: ${[...new Set(chapters)].join(', ')}`];
}

/**
 * Returns the kind of the raw document `text` (a thesis abstract, a full thesis or a news item)
 * with the reasons for it. `file` names the source in errors. Throws {@link IngestError} when
 * the text has neither an abstract heading nor enough marks of a news page.
 */
export function detectKind(text: string, file: string): KindDetection {
  const outline = readThesisOutline(text);
  const news = looksLikeNews(text);
  const newsLike = news.score >= NEWS_THRESHOLD;
  if (outline && !(newsLike && WEAK_ABSTRACT_HEADING.test(outline.abstractHeading.heading.replace(/\s/g, '')))) {
    return { kind: thesisKindOf(outline), reasons: thesisReasons(outline) };
  }
  if (newsLike) return { kind: 'news', reasons: news.reasons };
  const seen = news.reasons.length > 0 ? ` (only: ${news.reasons.join('; ')})` : '';
  throw new IngestError(
    file,
    'no recognisable structure: no abstract heading (ABSTRAK, ABSTRACT, INTISARI, RINGKASAN, SUMMARY, ...) for a ' +
      `thesis and too few news marks (dateline, outlet, credits, date)${seen}`,
  );
}
