/**
 * Stable ids for the paragraphs of a Markdown text, so a backlink can point at the paragraph
 * that mentions something. The body plugin sets them and the backlink index computes them, both
 * through this module, so they always agree.
 *
 * An id is made from the paragraph's own words ("p-" and 8 hex digits of their SHA-256), not
 * from its position: a paragraph keeps its id when the ingest regenerates an entry and a
 * paragraph before it is split, merged or added, so a link to it does not move to another one.
 * The same words twice in one text get "-2", "-3" in reading order.
 */
import { createHash } from 'node:crypto';
import type { Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';

/** The prefix of an entry body's paragraph ids; other texts on a page use their own. */
export const BODY_ANCHOR_PREFIX = 'p';

/** The id prefix of a study's abstract in `lang`, kept apart from the body's and each other's. */
export function abstractAnchorPrefix(lang: string): string {
  return `abstract-${lang}`;
}

function digest(words: string): string {
  return createHash('sha256').update(words).digest('hex').slice(0, 8);
}

/**
 * Every paragraph of `tree` (in lists and quotations too) with its id, in document order.
 * Whitespace does not count, so re-wrapping a paragraph keeps its id.
 */
export function paragraphAnchors(tree: Root, prefix: string = BODY_ANCHOR_PREFIX): Map<Paragraph, string> {
  const anchors = new Map<Paragraph, string>();
  const seen = new Map<string, number>();
  visit(tree, 'paragraph', (paragraph) => {
    const base = `${prefix}-${digest(toString(paragraph).replace(/\s+/g, ' ').trim())}`;
    const count = (seen.get(base) ?? 0) + 1;
    seen.set(base, count);
    anchors.set(paragraph, count === 1 ? base : `${base}-${count}`);
  });
  return anchors;
}
