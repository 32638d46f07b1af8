/**
 * Finds names that two entries both claim: a label shared by two concepts, or an entity alias two
 * bodies use without saying it is ambiguous. A matcher could not tell which one a text means.
 */
import { normalizeForMatch } from '../text/normalize-for-match.ts';
import type { ContentProblem } from './content-problem.ts';

/** One name an entry claims. */
export interface ClaimedLabel {
  /** `<collection>/<id>` of the entry claiming it. */
  entry: string;
  /** Where the name is written, e.g. `altLabels.en[2]`. */
  field: string;
  label: string;
  /** True when the entry itself says others may carry the name too (an ambiguous alias). */
  shared: boolean;
}

/**
 * A problem for every name (compared after `normalizeForMatch`, so "Kerjasama" and "kerja sama"
 * are one name) claimed by more than one entry, unless every claim is marked `shared`. The first
 * claim is taken as the owner; each later claim from another entry is reported, naming the owner.
 */
export function findSharedLabels(claims: readonly ClaimedLabel[]): ContentProblem[] {
  const byName = new Map<string, ClaimedLabel[]>();
  for (const claim of claims) {
    const name = normalizeForMatch(claim.label);
    if (name === '') continue;
    byName.set(name, [...(byName.get(name) ?? []), claim]);
  }
  const problems: ContentProblem[] = [];
  for (const group of byName.values()) {
    const owners = [...new Set(group.map((claim) => claim.entry))];
    if (owners.length < 2 || group.every((claim) => claim.shared)) continue;
    const [first] = group;
    if (!first) continue;
    for (const claim of group) {
      if (claim.entry === first.entry) continue;
      const how = group.some((c) => c.shared) ? ', and only some of them mark it as ambiguous' : '';
      problems.push({
        entry: claim.entry,
        field: claim.field,
        message: `"${claim.label}" is also a name of ${first.entry} (${first.field})${how}`,
      });
    }
  }
  return problems;
}
