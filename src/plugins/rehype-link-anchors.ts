/**
 * Puts a small "link to this passage" control at the end of every heading and paragraph that has
 * an id (from rehype-slug-headings and remark-anchor-paragraphs), so a reader can copy the
 * address of the exact passage they cite.
 *
 * The link has no text of its own: the stylesheet draws its sign (shown on hover and focus), so
 * a heading's text, which Astro reads for the contents list, stays as written. Its accessible
 * name comes from an element of the page (`aria-labelledby`), because an entry body is rendered
 * once for both languages and the page supplies the label in its own; `aria-label` is the
 * Indonesian fallback that checkers reading the markup alone look for (labelledby wins).
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

/** The class of the control; the sanitising schema allows this value only. */
export const ANCHOR_LINK_CLASS = 'pilcrow';
/** The id of the page element naming the control in the page's language. */
export const ANCHOR_LINK_LABEL_ID = 'anchor-link-label';
/** The control's name where the page names none; the sanitising schema allows this value only. */
export const ANCHOR_LINK_FALLBACK_LABEL = 'Tautan ke bagian ini';

const ANCHORED = /^(?:h[2-6]|p|li)$/;

export interface RehypeLinkAnchorsOptions {
  /** The id of the element that names the control; defaults to {@link ANCHOR_LINK_LABEL_ID}. */
  labelledBy?: string;
}

function anchorLink(id: string, labelledBy: string): Element {
  return {
    type: 'element',
    tagName: 'a',
    properties: { href: `#${id}`, className: [ANCHOR_LINK_CLASS], ariaLabelledBy: [labelledBy], ariaLabel: ANCHOR_LINK_FALLBACK_LABEL },
    children: [],
  };
}

export default function rehypeLinkAnchors(options: RehypeLinkAnchorsOptions = {}) {
  const labelledBy = options.labelledBy ?? ANCHOR_LINK_LABEL_ID;
  return (tree: Root): void => {
    visit(tree, 'element', (node) => {
      const id = node.properties.id;
      if (!ANCHORED.test(node.tagName) || typeof id !== 'string' || id === '') return;
      node.children.push(anchorLink(id, labelledBy));
    });
  };
}
