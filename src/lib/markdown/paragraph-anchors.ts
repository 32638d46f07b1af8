/**
 * Stable anchors for the paragraphs of an entry body: `p-<n>`, where n counts the mdast
 * `paragraph` nodes of the body in document order from 1 (paragraphs in quotations and list
 * items included). Works cited link to these; the body's rendering puts the same ids on the
 * rendered paragraphs, so a link and its target come from one count.
 */
import type { Paragraph, Parents, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** The anchor id of the `index`-th paragraph (1-based). */
export function paragraphAnchorId(index: number): string {
  return `p-${index}`;
}

/** A paragraph of a body with its anchor id and the node it sits in. */
export interface AnchoredParagraph {
  paragraph: Paragraph;
  anchor: string;
  parent: Parents | undefined;
}

/** Every paragraph of a Markdown tree in document order, with its anchor id. */
export function anchoredParagraphs(tree: Root): AnchoredParagraph[] {
  const found: AnchoredParagraph[] = [];
  visit(tree, 'paragraph', (paragraph, _index, parent) => {
    found.push({ paragraph, anchor: paragraphAnchorId(found.length + 1), parent });
  });
  return found;
}
