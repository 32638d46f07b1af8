/**
 * Chooses the parser for a raw document from the structure of its text, and says why.
 * Theses are recognised by their abstract headings (the one part every thesis extract has),
 * news items by the marks news sites leave (dateline, outlet, credits, widgets).
 */
import { looksLikeNews } from './news/parse-news.ts';
import { isOpeningSectionHeading } from './thesis/chapters.ts';
import { IngestError, type KindDetection } from './types.ts';

/**
 * ABSTRAK, ABSTRACT, A B S T R A K, INTISARI ... alone on a line (a trailing colon allowed), or
 * opening a line with a colon or dash before the text ("Abstract: This study ...", "Abstrak—Penelitian").
 */
const ABSTRACT_HEADING =
  /^\s*[*_]*\s*(a\s?b\s?s\s?t\s?r\s?a\s?k(\s?s\s?i)?|a\s?b\s?s\s?t\s?r\s?a\s?c\s?t|intisari)\s*[*_]*\s*(?::?\s*$|[:：—–-]\s*[*_]*\s*\p{Lu})/imu;
/** BAB I, BAB 2, CHAPTER III ... at the start of a line. */
const CHAPTER_HEADING = /^\s*(bab|chapter)\s+([ivxlc]+|\d+)\b/gim;
/** The fewest news signals that make a text a news item rather than unknown prose. */
const NEWS_THRESHOLD = 2;

export function detectKind(text: string, file: string): KindDetection {
  const abstract = ABSTRACT_HEADING.exec(text);
  if (abstract) {
    const heading = (abstract[1] ?? '').toUpperCase().replace(/\s/g, '');
    const chapters = [...text.matchAll(CHAPTER_HEADING)].map((m) => m[0].trim().toUpperCase());
    if (chapters.length > 0) {
      return {
        kind: 'thesis-full',
        reasons: [`abstract heading "${heading}"`, `chapter headings: ${[...new Set(chapters)].join(', ')}`],
      };
    }
    // A journal article has no chapters; its text opens with an unnumbered "PENDAHULUAN".
    const opening = text.split('\n').find(isOpeningSectionHeading);
    if (opening) {
      return { kind: 'thesis-full', reasons: [`abstract heading "${heading}"`, `article section heading "${opening.trim()}"`] };
    }
    return { kind: 'thesis-abstract', reasons: [`abstract heading "${heading}"`, 'no chapter headings'] };
  }
  const news = looksLikeNews(text);
  if (news.score >= NEWS_THRESHOLD) return { kind: 'news', reasons: news.reasons };
  const seen = news.reasons.length > 0 ? ` (only: ${news.reasons.join('; ')})` : '';
  throw new IngestError(
    file,
    'no recognisable structure: no abstract heading (ABSTRAK/ABSTRACT) for a thesis and too few ' +
      `news marks (dateline, outlet, credits, date)${seen}`,
  );
}
