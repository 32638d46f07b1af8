/**
 * Field values chosen from scored candidates. Each piece of evidence (a label before a name, a
 * block of capitals over "SKRIPSI", a number beside a name) proposes values with a score and the
 * reason; the chooser takes the best supported value and says when the choice is weak or close.
 * A new layout is then one more piece of evidence, not an edit of a chain of rules.
 */
import { normalizeForMatch } from '../../text/normalize-for-match.ts';

/** One proposed value and why it was proposed. */
export interface Candidate<T> {
  value: T;
  /** How strongly the evidence supports the value, from 0 (barely) to 1 (certain). */
  score: number;
  /** The evidence in a few words, e.g. "name after 'oleh'". */
  reason: string;
}

/** The value chosen for a field, with the evidence for it and what a reviewer should check. */
export interface Choice<T> extends Candidate<T> {
  /** Why the choice should be checked (weak evidence, or a close rival), if it should. */
  doubt?: string;
}

/** Below this score a chosen value is flagged for review. */
export const WEAK_SCORE = 0.5;
/** A rival scoring within this margin of the best makes the choice close, and flagged. */
export const CLOSE_MARGIN = 0.1;

/** A value as words: a list item by item, a record (a supervisor with a role) field by field. */
function textOf(value: unknown): string {
  if (Array.isArray(value)) return value.map(textOf).join(' | ');
  if (value !== null && typeof value === 'object') return Object.values(value).map(textOf).join(', ');
  return String(value);
}

/** What two values are compared by; by default the whole value as words. */
export type CompareBy<T> = (value: T) => string;

/** The comparison key of a value: case, accents, punctuation and spacing do not count. */
function keyOf<T>(value: T, compareBy: CompareBy<T>): string {
  return normalizeForMatch(compareBy(value));
}

/**
 * Merges candidates proposing the same value: independent pieces of evidence agreeing raise the
 * score as a noisy-or does (1 - the product of their doubts). The spelling first proposed is kept,
 * so a caller lists its preferred source first.
 */
export function mergeCandidates<T>(candidates: readonly Candidate<T>[], compareBy: CompareBy<T> = textOf): Candidate<T>[] {
  const byKey = new Map<string, Candidate<T>[]>();
  for (const candidate of candidates) {
    const key = keyOf(candidate.value, compareBy);
    if (key === '') continue;
    byKey.set(key, [...(byKey.get(key) ?? []), candidate]);
  }
  return [...byKey.values()].map((same) => {
    const doubt = same.reduce((product, c) => product * (1 - Math.min(1, Math.max(0, c.score))), 1);
    return { value: same[0]!.value, score: 1 - doubt, reason: same.map((c) => c.reason).join(' + ') };
  });
}

/**
 * Chooses the best supported value, or undefined when there is no candidate. The choice carries
 * a doubt when its score is below {@link WEAK_SCORE} or a different value scores within
 * {@link CLOSE_MARGIN} of it. `compareBy` says what makes two values the same (the names of a
 * list of supervisors, not the roles each source prints).
 */
export function chooseCandidate<T>(candidates: readonly Candidate<T>[], compareBy: CompareBy<T> = textOf): Choice<T> | undefined {
  const ranked = mergeCandidates(candidates, compareBy).sort((a, b) => b.score - a.score);
  const [best, rival] = ranked;
  if (!best) return undefined;
  const doubts = [
    ...(best.score < WEAK_SCORE ? [`weak evidence (${best.reason})`] : []),
    ...(rival && best.score - rival.score < CLOSE_MARGIN ? [`close to "${textOf(rival.value)}" (${rival.reason})`] : []),
  ];
  return doubts.length > 0 ? { ...best, doubt: doubts.join('; ') } : best;
}
