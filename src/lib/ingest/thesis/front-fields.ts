/**
 * Chooses a study's front fields from the candidates every piece of evidence proposes, and
 * turns a doubtful choice into a review flag. The parser falls back on these choices where the
 * blocks around the abstracts name no value.
 */
import { type Choice, chooseCandidate } from '../fields/candidates.ts';
import type { ReviewFlag } from '../types.ts';
import { authorCandidates } from './author-candidates.ts';
import { readFrontLines } from './front-lines.ts';
import { titleCandidates } from './title-candidates.ts';

/** The values chosen for the front fields, each with its evidence. */
export interface FrontFields {
  title?: Choice<string>;
  authors?: Choice<string[]>;
}

/** Chooses the front fields of `text` from their candidates. */
export function chooseFrontFields(text: string): FrontFields {
  const lines = readFrontLines(text);
  const title = chooseCandidate(titleCandidates(lines));
  const authors = chooseCandidate(authorCandidates(lines));
  return { ...(title ? { title } : {}), ...(authors ? { authors } : {}) };
}

/** The review flag for a choice made on weak or contested evidence, if it was. */
export function reviewChoice<T>(field: string, choice: Choice<T>): ReviewFlag[] {
  if (!choice.doubt) return [];
  return [{ field, reason: `Chosen from the front of the text (${choice.reason}) on doubtful evidence: ${choice.doubt}. Check it against the original.` }];
}
