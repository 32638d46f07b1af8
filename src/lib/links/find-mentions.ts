/**
 * Finds where a text names a link target, in one pass over its words: every label of every
 * target sits in one token trie (`find-phrases.ts`), and Indonesian regulation citations are read
 * by the ingest's citation grammar (`parse-citations.ts`), the one home of those forms.
 *
 * Decisions, tested in `tests/lib/links/find-mentions.test.ts`:
 * - whole words only, the longest name wins where names overlap ("keamanan siber" over "keamanan");
 * - case, accents, line breaks and hyphens do not count ("Kerjasama Bilateral" is "kerja sama
 *   bilateral"), except in abbreviations, which keep their case ("BSSN", not "bssn");
 * - an English plural "s" and the Indonesian forms count: a clitic on the last word
 *   ("kerjasamanya", "cybercrime-nya") and the reduplicated plural ("kerja sama-kerja sama");
 * - a mention never runs across a clause break, a bracket or a quotation mark;
 * - a name shared by two targets, or a target marked ambiguous, still takes its words (nothing
 *   shorter inside it is linked) but is never a mention.
 */
import { citationKey, parseLegalCitations } from '../ingest/legal/parse-citations.ts';
import { articleAnchorId } from '../markdown/article-anchors.ts';
import { findArticleReference } from './article-reference.ts';
import { buildPhraseIndex, findPhraseMatches, phraseIdentity, type PhraseIndex } from '../text/find-phrases.ts';
import { tokenizeForMatch } from '../text/normalize-for-match.ts';
import { linkTargetKey, type LinkTarget } from './link-target.ts';

/** One place where a text names a target. */
export interface Mention {
  target: LinkTarget;
  /** Character offsets of the naming words in the text: `text.slice(start, end)`. */
  start: number;
  end: number;
  /**
   * The anchor on the target's page the words point at: a legal instrument's article or ayat
   * when the text cites one ("Pasal 27 ayat (3) UU ITE") and the page has it. The naming words
   * then take in the citing ones.
   */
  anchor?: string;
}

/** Every target's names, indexed once; build with `buildMentionMatcher`. */
export interface MentionMatcher {
  /** Labels by group: one group per distinct name, holding every target that name stands for. */
  labels: PhraseIndex<number>;
  groups: readonly (readonly LinkTarget[])[];
  byCitation: ReadonlyMap<string, readonly LinkTarget[]>;
}

interface Candidate {
  targets: readonly LinkTarget[];
  start: number;
  end: number;
}

function addTo(map: Map<string, LinkTarget[]>, key: string, target: LinkTarget): void {
  const list = map.get(key) ?? [];
  if (!list.some((known) => linkTargetKey(known) === linkTargetKey(target))) list.push(target);
  map.set(key, list);
}

function buildMatcher(targets: readonly LinkTarget[]): MentionMatcher {
  const targetsByName = new Map<string, LinkTarget[]>();
  const phrases: Array<{ identity: string; phrase: string }> = [];
  const byCitation = new Map<string, LinkTarget[]>();
  for (const target of targets) {
    for (const phrase of [...target.labels.id, ...target.labels.en]) {
      const identity = phraseIdentity(phrase);
      if (identity === '') continue;
      addTo(targetsByName, identity, target);
      phrases.push({ identity, phrase });
    }
    if (target.citationKey !== undefined) addTo(byCitation, target.citationKey, target);
  }
  const groupOf = new Map([...targetsByName.keys()].map((identity, group) => [identity, group]));
  const labels = buildPhraseIndex(
    phrases.map(({ identity, phrase }) => ({ key: groupOf.get(identity) ?? 0, phrase })),
    { pluralS: true, indonesianForms: true, stopAtEnclosures: true },
  );
  return { labels, groups: [...targetsByName.values()], byCitation };
}

const matchers = new WeakMap<readonly LinkTarget[], MentionMatcher>();

/**
 * Indexes the names of `targets`. The matcher is kept per list, so every caller handed the same
 * list of the build (entry bodies, abstracts, backlinks) shares one index.
 */
export function buildMentionMatcher(targets: readonly LinkTarget[]): MentionMatcher {
  let matcher = matchers.get(targets);
  if (!matcher) {
    matcher = buildMatcher(targets);
    matchers.set(targets, matcher);
  }
  return matcher;
}

function labelCandidates(text: string, matcher: MentionMatcher): Candidate[] {
  const tokens = tokenizeForMatch(text);
  return findPhraseMatches(tokens, matcher.labels).map(({ key, start, end }) => ({
    targets: matcher.groups[key] ?? [],
    start: tokens[start]?.start ?? 0,
    end: tokens[end - 1]?.end ?? 0,
  }));
}

function citationCandidates(text: string, matcher: MentionMatcher): Candidate[] {
  if (matcher.byCitation.size === 0) return [];
  return parseLegalCitations(text).flatMap(({ citation, match, index }) => {
    const targets = matcher.byCitation.get(citationKey(citation));
    return targets ? [{ targets, start: index, end: index + match.length }] : [];
  });
}

/** Leftmost first, the longest where two start together; anything overlapping a kept one goes. */
function withoutOverlaps(candidates: Candidate[]): Candidate[] {
  const ordered = candidates.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Candidate[] = [];
  let reach = 0;
  for (const candidate of ordered) {
    if (candidate.start < reach) continue;
    kept.push(candidate);
    reach = candidate.end;
  }
  return kept;
}

/**
 * `mention` widened to the article it cites, when its target's page has that article: the ayat's
 * anchor if the page has it, else the article's. Bounded by the mentions beside it.
 */
function withArticle(text: string, mention: Mention, from: number, to: number): Mention {
  const anchors = mention.target.anchors;
  if (!anchors || anchors.length === 0) return mention;
  const reference = findArticleReference(text, mention.start, mention.end, from, to);
  if (!reference) return mention;
  // A citation's own word does not tell how the instrument numbers its articles ("Article 27 of the
  // ITE Law" cites a Pasal), so both forms are tried, the paragraph before the article.
  const candidates = (['pasal', 'article'] as const).flatMap((word) =>
    reference.ayat === undefined ? [articleAnchorId(reference.article, undefined, word)] : [articleAnchorId(reference.article, reference.ayat, word), articleAnchorId(reference.article, undefined, word)],
  );
  const anchor = candidates.find((id) => anchors.includes(id));
  if (anchor === undefined) return mention;
  return { ...mention, anchor, start: Math.min(mention.start, reference.start), end: Math.max(mention.end, reference.end) };
}

/** Every unambiguous mention of a target in `text`, in text order, none overlapping another. */
export function findMentions(text: string, matcher: MentionMatcher): Mention[] {
  const kept = withoutOverlaps([...labelCandidates(text, matcher), ...citationCandidates(text, matcher)]);
  const mentions: Mention[] = [];
  // A mention reads its article no further than the words of the names beside it.
  let reach = 0;
  kept.forEach(({ targets, start, end }, at) => {
    const [target, ...others] = targets;
    if (target && others.length === 0 && !target.ambiguous) {
      const mention = withArticle(text, { target, start, end }, reach, kept[at + 1]?.start ?? text.length);
      mentions.push(mention);
      reach = mention.end;
    } else reach = end;
  });
  return mentions;
}
