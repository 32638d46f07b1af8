/**
 * Scores how much a raw text looks like a pasted news item, for the kind detector. Each signal
 * is a mark news sites leave and theses do not: a dateline, a press release heading, a bare site domain, a relative
 * time stamp, related-story widgets, a copyright line, staff credits, a byline, the desk's
 * initials, attributed quotations.
 */
import { readBylineLine, readCopyrightLine, readCreditLine } from './credits.ts';
import { readDateline } from './dateline.ts';
import { findRelativeTimes } from './dates.ts';
import { isDeskInitials, isRelatedStoryLead } from './page-furniture.ts';
import { isPressReleaseHeading } from './press-release.ts';
import { VERBS_BEFORE_SPEAKER } from './speakers.ts';
import { splitNewsLines } from './text-lines.ts';
import { readDomainLine } from './web-address.ts';

/**
 * How likely a text is a news item: one point per signal (two for an outlet dateline or a press
 * release heading, each of which alone marks a dated public text with an issuer), and why.
 */
export interface NewsLikeness {
  score: number;
  reasons: string[];
}

const ATTRIBUTED_QUOTE = new RegExp(String.raw`["”]\s*,?\s*(?:${VERBS_BEFORE_SPEAKER})(?:nya)?\b`, 'iu');
/** A relative time alone on its line is a page's time stamp, not part of a sentence. */
const TIME_STAMP_WORDS = 6;

/** Returns the news signals found in `text`, with a score the kind detector compares to its threshold. */
export function looksLikeNews(text: string): NewsLikeness {
  const lines = splitNewsLines(text);
  const reasons: string[] = [];
  let score = 0;
  const note = (points: number, reason: string | undefined): void => {
    if (!reason) return;
    score += points;
    reasons.push(reason);
  };
  const dateline = lines.map(readDateline).find((found) => found?.outlet);
  note(2, dateline && `dateline "${dateline.text}"`);
  const release = lines.find(isPressReleaseHeading);
  note(2, release && `press release heading "${release}"`);
  const domain = lines.map(readDomainLine).find(Boolean);
  note(1, domain && `site domain line "${domain}"`);
  const stamp = lines.find((line) => line.split(' ').length <= TIME_STAMP_WORDS && findRelativeTimes(line).length > 0);
  note(1, stamp && `relative time stamp "${stamp}"`);
  const widget = lines.find(isRelatedStoryLead);
  note(1, widget && `related-story widget "${widget}"`);
  const copyright = lines.map(readCopyrightLine).find(Boolean);
  note(1, copyright && `copyright line "${copyright}"`);
  const credit = lines.find((line) => readCreditLine(line) !== undefined);
  note(1, credit && `credit line "${credit}"`);
  const byline = lines.find((line) => readBylineLine(line) !== undefined);
  note(1, byline && `byline "${byline}"`);
  const initials = lines.find(isDeskInitials);
  note(1, initials && `desk initials "${initials}"`);
  note(1, ATTRIBUTED_QUOTE.test(text) ? 'attributed quotation' : undefined);
  return { score, reasons };
}
