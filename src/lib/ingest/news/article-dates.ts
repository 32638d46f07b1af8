/**
 * Decides an article's publication and event dates from the dates found in it. Only absolute
 * dates are used; a relative time or a bare weekday leaves the field empty and says why, since
 * the day it refers to depends on when the page was read.
 */
import { chooseCandidate, WEAK_SCORE } from '../fields/candidates.ts';
import type { ReviewFlag } from '../types.ts';
import { findAbsoluteDates, findBareWeekdays, findRelativeTimes, type DateMention } from './dates.ts';
import { publishedDateCandidates } from './published-date-candidates.ts';

/** A date decision: the ISO date when the text gives one, otherwise (or when doubtful) a flag. */
export interface DateReading {
  iso?: string;
  flag?: ReviewFlag;
}

/** Words before a date that make it the date of a press statement or a citation, not of the event. */
const CITATION_CUE =
  /\b(?:dikutip|mengutip|dilansir|melansir|keterangan (?:pers|tertulis)|siaran pers|rilis|dalam pernyataan(?:nya)?|menurut pernyataan|diakses|quoted|press release|in a statement|statement (?:released|issued)|accessed)\b/iu;
/** How far back from a date a citation cue is looked for (about one clause). */
const CUE_WINDOW = 80;

function quoted(spans: ReadonlyArray<{ text: string }>): string {
  return [...new Set(spans.map((span) => `"${span.text}"`))].join(', ');
}

/**
 * Returns the publication date the lines around the headline (the header), and a labelled date in
 * the lines `after` the article, support best; a date chosen on doubtful evidence is kept and
 * flagged, one with only weak evidence is not taken.
 */
export function readPublishedDate(header: readonly string[], after: readonly string[] = []): DateReading {
  const chosen = chooseCandidate(publishedDateCandidates(header, after));
  if (chosen && chosen.score >= WEAK_SCORE) {
    return chosen.doubt ? { iso: chosen.value, flag: { field: 'published', reason: `${chosen.value} chosen on ${chosen.doubt}` } } : { iso: chosen.value };
  }
  const text = header.join('\n');
  const relative = findRelativeTimes(text);
  if (relative.length > 0) {
    return {
      flag: {
        field: 'published',
        reason: `the page gives only a relative time (${quoted(relative)}); the absolute date depends on when it was read`,
      },
    };
  }
  const weak = chosen ? `; ${chosen.value} is only ${chosen.reason}, which may be the date of the story's events` : '';
  return { flag: { field: 'published', reason: `no publication date near the headline${weak}` } };
}

function isCitationDate(text: string, date: DateMention, previous: DateMention | undefined): boolean {
  // A cue belongs to the next date only, and only within the sentence the date stands in.
  const from = Math.max(0, date.index - CUE_WINDOW, previous ? previous.index + previous.text.length : 0);
  const clause = text.slice(from, date.index).split(/[.!?]\s+|\n/).pop() ?? '';
  return CITATION_CUE.test(clause);
}

/**
 * Returns the date of the reported event: the first absolute date in the article that is neither
 * the date of a quoted statement nor later than `published` (a date after publication is a plan,
 * "will start operating on June 1, 2024", not what happened). With only weekdays, relative times
 * or planned dates the date stays empty.
 */
export function readEventDate(paragraphs: readonly string[], published?: string): DateReading {
  const text = paragraphs.join('\n');
  const dated = findAbsoluteDates(text).filter((date, i, dates) => !isCitationDate(text, date, dates[i - 1]));
  const planned = published === undefined ? [] : dated.filter((date) => date.iso > published);
  const candidates = dated.filter((date) => !planned.includes(date));
  const first = candidates[0];
  if (first) {
    const others = candidates.filter((date) => date.iso !== first.iso);
    if (others.length === 0) return { iso: first.iso };
    return {
      iso: first.iso,
      flag: {
        field: 'eventDate',
        reason: `took the first of several dates (${quoted([first, ...others])}); check which one is the event's`,
      },
    };
  }
  const undated = [...findBareWeekdays(text), ...findRelativeTimes(text)];
  const later = planned.length > 0 ? `; ${quoted(planned)} is after the publication date` : '';
  if (undated.length > 0) {
    return {
      flag: {
        field: 'eventDate',
        reason: `the text names the day only as ${quoted(undated)}, with no absolute date${later}`,
      },
    };
  }
  return { flag: { field: 'eventDate', reason: `no date of the event in the text${later}` } };
}
