/**
 * Links the first mention of each concept, legal instrument or other link target in every
 * section (from a heading to the next) to the target's page, with the document's own words as
 * the link text. A cited article of an instrument ("Pasal 27 ayat (3) UU ITE") links to its
 * anchor on the instrument's page, once per section and article. Nothing is linked inside headings, existing links, code or table header cells.
 *
 * The targets come from the build (`readLinkTargets` in `astro.config.mjs` for entry bodies, the
 * site content for abstracts); the plugin reads no files.
 */
import type { Link, Parent, Root, RootContent, Table, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { DEFAULT_LOCALE, type Locale } from '../lib/i18n/locales.ts';
import { buildMentionMatcher, findMentions, type Mention, type MentionMatcher } from '../lib/links/find-mentions.ts';
import { linkTargetKey, type LinkTarget } from '../lib/links/link-target.ts';
import { collectLinkableText, pieceHolding, type TextPiece } from '../lib/links/linkable-text.ts';
import { linkFromEntryPage } from '../lib/urls.ts';

export interface RemarkLinkMentionsOptions {
  targets: readonly LinkTarget[];
  /**
   * The locale of the page the text is shown on, for absolute links. Without it links are made
   * relative to an entry page, so one rendering of an entry body serves both locales.
   */
  locale?: Locale;
}

/** Blocks never searched: their text is a title, a link or code. */
const SKIPPED = new Set(['heading', 'code', 'html', 'link', 'linkReference', 'definition', 'yaml']);

/** The target's page, at the article the mention cites when it cites one. */
function hrefOf({ target, anchor }: Mention, locale: Locale | undefined): string {
  const page = locale ? target.href[locale] : linkFromEntryPage(target.href[DEFAULT_LOCALE]);
  return anchor === undefined ? page : `${page}#${anchor}`;
}

/** Replaces one text node by its text with links around the given mentions (in order, inside it). */
function linkInPiece(piece: TextPiece, mentions: readonly Mention[], locale: Locale | undefined): void {
  const { node, parent, start } = piece;
  const parts: Array<Text | Link> = [];
  let at = 0;
  for (const mention of mentions) {
    const from = mention.start - start;
    const to = mention.end - start;
    if (from > at) parts.push({ type: 'text', value: node.value.slice(at, from) });
    parts.push({ type: 'link', url: hrefOf(mention, locale), children: [{ type: 'text', value: node.value.slice(from, to) }] });
    at = to;
  }
  if (at < node.value.length) parts.push({ type: 'text', value: node.value.slice(at) });
  const index = parent.children.indexOf(node);
  parent.children.splice(index, 1, ...parts);
}

/** Links, in one block, the first mention of each target not yet linked in its section. */
function linkBlock(block: Parent, matcher: MentionMatcher, linked: Set<string>, locale: Locale | undefined): void {
  const { text, pieces } = collectLinkableText(block);
  const byPiece = new Map<TextPiece, Mention[]>();
  for (const mention of findMentions(text, matcher)) {
    // A cited article is a place of its own: "Pasal 27 UU ITE" links even after "UU ITE" did.
    const key = mention.anchor === undefined ? linkTargetKey(mention.target) : `${linkTargetKey(mention.target)}#${mention.anchor}`;
    const piece = linked.has(key) ? undefined : pieceHolding(pieces, mention.start, mention.end);
    if (!piece) continue;
    linked.add(key);
    byPiece.set(piece, [...(byPiece.get(piece) ?? []), mention]);
  }
  for (const [piece, mentions] of byPiece) linkInPiece(piece, mentions, locale);
}

/** A table's body cells; its first row is the header. */
function bodyCells(table: Table): Parent[] {
  return table.children.slice(1).flatMap((row) => row.children);
}

export default function remarkLinkMentions(options: RemarkLinkMentionsOptions) {
  const matcher = buildMentionMatcher(options.targets);
  return (tree: Root): void => {
    let linked = new Set<string>();
    visit(tree, (node: Root | RootContent) => {
      if (node.type === 'heading') linked = new Set();
      if (SKIPPED.has(node.type)) return SKIP;
      if (node.type === 'table') {
        for (const cell of bodyCells(node)) linkBlock(cell, matcher, linked, options.locale);
        return SKIP;
      }
      if (node.type === 'paragraph') {
        linkBlock(node, matcher, linked, options.locale);
        return SKIP;
      }
      return undefined;
    });
  };
}
