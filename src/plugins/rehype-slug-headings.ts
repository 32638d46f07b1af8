/**
 * Gives every heading an id made from its text, the one place heading ids are made: Astro's own
 * heading pass keeps an id it finds and reports it to the page (the contents list links to it).
 *
 * Ids are GitHub-style slugs, unique within the entry. A slug that would start with a digit
 * ("1-jenis-penelitian") or be empty gets a prefix, since an id starting with a digit is not a
 * valid CSS identifier and HTML checkers flag it.
 */
import Slugger, { slug } from 'github-slugger';
import type { Root } from 'hast';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';

/** Put before a slug that does not start with a letter. */
const PREFIX = 'sec';
const HEADING = /^h[1-6]$/;

export default function rehypeSlugHeadings() {
  return (tree: Root): void => {
    const slugger = new Slugger();
    visit(tree, 'element', (node) => {
      if (!HEADING.test(node.tagName)) return;
      const base = slug(toString(node));
      node.properties.id = slugger.slug(/^\p{L}/u.test(base) ? base : [PREFIX, base].filter(Boolean).join('-'));
    });
  };
}
