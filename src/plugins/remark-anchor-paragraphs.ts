/**
 * Gives every paragraph its stable id (`src/lib/markdown/paragraph-anchors.ts`), so backlinks and
 * works cited can land on the paragraph that mentions or cites something.
 *
 * A paragraph opening an item of a tight list is rendered without its `<p>`; its id then goes on
 * the list item, which is where the paragraph's text is.
 */
import type { ListItem, Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { BODY_ANCHOR_PREFIX, paragraphAnchors } from '../lib/markdown/paragraph-anchors.ts';

export interface RemarkAnchorParagraphsOptions {
  /** Put before each id; entry bodies use the default, an abstract its own (`abstractAnchorPrefix`). */
  prefix?: string;
}

/** The first paragraph of each item of a tight list (judged as mdast-util-to-hast judges it), with its item. */
function itemsOfTightLists(tree: Root): Map<Paragraph, ListItem> {
  const items = new Map<Paragraph, ListItem>();
  visit(tree, 'list', (list) => {
    if (list.spread === true || list.children.some((item) => item.spread === true)) return;
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type === 'paragraph') items.set(first, item);
    }
  });
  return items;
}

export default function remarkAnchorParagraphs(options: RemarkAnchorParagraphsOptions = {}) {
  return (tree: Root): void => {
    const tightItems = itemsOfTightLists(tree);
    for (const [paragraph, id] of paragraphAnchors(tree, options.prefix ?? BODY_ANCHOR_PREFIX)) {
      const target = tightItems.get(paragraph) ?? paragraph;
      target.data = { ...target.data, hProperties: { ...target.data?.hProperties, id } };
    }
  };
}
