/**
 * Backlinks that quote: for every link target, the entries whose text mentions it, each with the
 * sentence around its first mention and the id of the paragraph holding it.
 *
 * Built once per build. Each text is parsed and read once, with the same matcher and the same
 * paragraph ids as the pages (`remark-link-mentions`, `paragraph-anchors`), so the cost grows
 * with the length of the texts and the number of mentions, never with pairs of entries.
 */
import type { Root } from 'mdast';
import type { Lang } from '../langs.ts';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { findMentions, type MentionMatcher } from '../links/find-mentions.ts';
import { linkTargetKey } from '../links/link-target.ts';
import { collectLinkableText } from '../links/linkable-text.ts';
import { paragraphAnchors } from '../markdown/paragraph-anchors.ts';
import { sentenceAround, type QuotedSentence } from '../text/sentence-around.ts';
import remarkParseTables from '../../plugins/remark-parse-tables.ts';
import type { EntryRef } from './build-knowledge-graph.ts';

/** One Markdown text of an entry, parsed as the page renders it. */
export interface EntryText {
  /** The Markdown, or the tree already parsed from it as `format` says (for a caller that reads it too). */
  markdown: string | Root;
  /** The language the text is written in, for the quoted sentence's `lang`. */
  lang: Lang;
  /** Prefix of its paragraph ids on the page (`BODY_ANCHOR_PREFIX`, `abstractAnchorPrefix(lang)`). */
  anchorPrefix: string;
  /**
   * An entry body is rendered by the site's processor, which reads GFM tables; an abstract by the
   * block renderer, which does not. Each is parsed here the way it is rendered, or paragraphs
   * (and so their ids) would differ.
   */
  format: 'body' | 'abstract';
}

/** A study or news item with its texts, in the order its page shows them. */
export interface MentionIndexInput {
  entry: EntryRef;
  texts: readonly EntryText[];
}

/** One entry mentioning a target: where, and in which words. */
export interface Backlink {
  entry: EntryRef;
  /** The id of the paragraph of the first mention on the entry's page. */
  anchor: string;
  sentence: QuotedSentence;
  /** The language of the quoted sentence. */
  lang: Lang;
  /** How many times the entry mentions the target in all. */
  count: number;
}

const bodyParser = unified().use(remarkParse).use(remarkParseTables).freeze();
const abstractParser = unified().use(remarkParse).freeze();

function parse(text: EntryText): Root {
  if (typeof text.markdown !== 'string') return text.markdown;
  return (text.format === 'body' ? bodyParser : abstractParser).parse(text.markdown);
}

/** What one entry's mention of a target records; the entry itself is the one whose texts were read. */
export type EntryMention = Omit<Backlink, 'entry'>;

/**
 * The targets `texts` mention, each as its key (`linkTargetKey`) with its first mention and the
 * number of mentions, in the order of first mention. Depends on nothing but the texts and the
 * matcher, so that a build can keep it for an entry whose file is unchanged.
 */
export function entryMentions(texts: readonly EntryText[], matcher: MentionMatcher): [string, EntryMention][] {
  const ofEntry = new Map<string, EntryMention>();
  for (const text of texts) {
    for (const [paragraph, anchor] of paragraphAnchors(parse(text), text.anchorPrefix)) {
      const { text: words } = collectLinkableText(paragraph);
      for (const mention of findMentions(words, matcher)) {
        const key = linkTargetKey(mention.target);
        const known = ofEntry.get(key);
        if (known) known.count += 1;
        else ofEntry.set(key, { anchor, sentence: sentenceAround(words, mention.start, mention.end), lang: text.lang, count: 1 });
      }
    }
  }
  return [...ofEntry];
}

/** Target key -> the entries that mention it, in the order of `entries`, from each entry's own mentions. */
export function mentionIndexOf(entries: Iterable<{ entry: EntryRef; mentions: readonly (readonly [string, EntryMention])[] }>): Map<string, Backlink[]> {
  const index = new Map<string, Backlink[]>();
  for (const { entry, mentions } of entries) {
    for (const [key, mention] of mentions) {
      const backlink = { entry, ...mention };
      const list = index.get(key);
      if (list) list.push(backlink);
      else index.set(key, [backlink]);
    }
  }
  return index;
}

/**
 * Target key (`linkTargetKey`) -> the entries that mention it, in input order, one backlink per
 * entry quoting its first mention. The entries may come from a generator, so that each text's
 * tree can be dropped once it has been read.
 */
export function buildMentionIndex(entries: Iterable<MentionIndexInput>, matcher: MentionMatcher): Map<string, Backlink[]> {
  function* mentioned() {
    for (const { entry, texts } of entries) yield { entry, mentions: entryMentions(texts, matcher) };
  }
  return mentionIndexOf(mentioned());
}
