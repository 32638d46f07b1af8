/**
 * Gives every paragraph of an entry body its stable anchor id (`p-<n>`, see
 * `src/lib/markdown/paragraph-anchors.ts`), so works cited can link to the paragraph citing them.
 *
 * A paragraph in an item of a tight list is rendered without its `<p>`; the id then goes on the
 * list item, which is where the paragraph's text is.
 */
import type { ListItem, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { anchoredParagraphs } from '../lib/markdown/paragraph-anchors.ts';

/** The items of tight lists, judged as mdast-util-to-hast judges them (the list or any item spread). */
function tightListItems(tree: Root): Set<ListItem> {
  const tight = new Set<ListItem>();
  visit(tree, 'list', (list) => {
    if (list.spread === true || list.children.some((item) => item.spread === true)) return;
    for (const item of list.children) tight.add(item);
  });
  return tight;
}

export default function remarkParagraphAnchors() {
  return (tree: Root): void => {
    const tight = tightListItems(tree);
    for (const { paragraph, anchor, parent } of anchoredParagraphs(tree)) {
      const onItem = parent?.type === 'listItem' && tight.has(parent) && parent.children[0] === paragraph;
      const target = onItem ? parent : paragraph;
      target.data = { ...target.data, hProperties: { ...target.data?.hProperties, id: anchor } };
    }
  };
}
