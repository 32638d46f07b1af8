/**
 * Tags an ingested entry with thesaurus concepts (`content/concepts`). Evidence, strongest first:
 * the author's keywords, the title, and repeated use of a label in the text. Labels are compared
 * after `normalizeForMatch`, so "Kerja sama bilateral", "kerjasama bilateral" and "bilateral
 * cooperation" all reach `bilateral-cooperation`.
 */
import type { ConceptData } from '../../content.config.ts';
import { buildPhraseIndex, findPhraseMatches, type PhraseIndex, type PhraseMatch } from '../text/find-phrases.ts';
import { tokenizeForMatch } from '../text/normalize-for-match.ts';
import { conceptLabelFields } from '../thesaurus/label-fields.ts';

/** Why a concept was tagged. */
export type ConceptReason = 'keyword' | 'title' | 'text';

export interface ConceptTag {
  /** Concept id (the file name under `content/concepts`). */
  id: string;
  /** Every kind of evidence found, in the order keyword, title, text. */
  reasons: ConceptReason[];
  /** How often a label occurs in the text (not counting keywords and title). */
  count: number;
}

/** All labels of all concepts, indexed once per run; build with `buildConceptMatcher`. */
export interface ConceptMatcher {
  index: PhraseIndex<string>;
}

export interface TagConceptsOptions {
  /**
   * How often a label must occur in the text to tag the concept on that evidence alone. Default 2:
   * a single passing mention (a term in a list of examples, a related-story link) says little
   * about what a long text is about, while a second one shows the text returns to it. Short
   * edited texts such as news items can pass 1, since every term in them is deliberate.
   */
  minTextCount?: number;
}

/**
 * Indexes the labels (preferred, alternative, hidden) of the given concepts. Throws when one label (after normalisation) belongs
 * to two concepts, since the tagger could not tell them apart.
 */
export function buildConceptMatcher(concepts: Array<{ id: string; data: ConceptData }>): ConceptMatcher {
  const entries = concepts.flatMap(({ id, data }) =>
    conceptLabelFields({ ...data, altLabels: data.altLabels ?? {} }).map(({ label }) => ({ key: id, phrase: label })),
  );
  return { index: buildPhraseIndex(entries, { pluralS: true }) };
}

function matchLabels(text: string, matcher: ConceptMatcher): PhraseMatch<string>[] {
  return findPhraseMatches(tokenizeForMatch(text), matcher.index);
}

/**
 * Keywords in which no concept label occurs, exactly as written (e.g. "NCB-Interpol Indonesia",
 * a name rather than a concept); `keyword-mapping.ts` also looks for entity names in them.
 */
export function findUnmatchedKeywords(keywords: string[], matcher: ConceptMatcher): string[] {
  return keywords.filter((keyword) => matchLabels(keyword, matcher).length === 0);
}

/**
 * The concepts an entry is about. A concept is tagged when a label occurs in one of the keywords,
 * in the title, or at least `minTextCount` times in the text. Matching is whole-word and longest
 * label first, so "transnational organized crime" counts once, for that concept only.
 * Tags are sorted by concept id so re-running the ingest on an edited text gives a stable list.
 */
export function tagConcepts(
  input: { keywords: string[]; title?: string; text: string },
  matcher: ConceptMatcher,
  options: TagConceptsOptions = {},
): ConceptTag[] {
  const minTextCount = options.minTextCount ?? 2;
  const fromKeywords = new Set(input.keywords.flatMap((keyword) => matchLabels(keyword, matcher).map((m) => m.key)));
  const fromTitle = new Set(input.title ? matchLabels(input.title, matcher).map((m) => m.key) : []);
  const textCounts = new Map<string, number>();
  for (const { key } of matchLabels(input.text, matcher)) textCounts.set(key, (textCounts.get(key) ?? 0) + 1);

  const ids = new Set([...fromKeywords, ...fromTitle, ...textCounts.keys()]);
  const tags: ConceptTag[] = [];
  for (const id of [...ids].sort()) {
    const count = textCounts.get(id) ?? 0;
    const reasons: ConceptReason[] = [];
    if (fromKeywords.has(id)) reasons.push('keyword');
    if (fromTitle.has(id)) reasons.push('title');
    if (count >= minTextCount) reasons.push('text');
    if (reasons.length > 0) tags.push({ id, reasons, count });
  }
  return tags;
}
