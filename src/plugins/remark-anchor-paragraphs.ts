/**
 * Gives every paragraph its stable id (`src/lib/markdown/paragraph-anchors.ts`), so backlinks
 * can land on the paragraph that mentions a concept or an instrument.
 */
import type { Root } from 'mdast';
import { BODY_ANCHOR_PREFIX, paragraphAnchors } from '../lib/markdown/paragraph-anchors.ts';

export interface RemarkAnchorParagraphsOptions {
  /** Put before each id; entry bodies use the default, an abstract its own (`abstractAnchorPrefix`). */
  prefix?: string;
}

export default function remarkAnchorParagraphs(options: RemarkAnchorParagraphsOptions = {}) {
  return (tree: Root): void => {
    for (const [paragraph, id] of paragraphAnchors(tree, options.prefix ?? BODY_ANCHOR_PREFIX)) {
      paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, id } };
    }
  };
}
