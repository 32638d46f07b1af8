/**
 * The words of one block of Markdown (a paragraph, a table cell) as the linker reads them: one
 * string, so a name is found across formatting and line breaks, with the plain text nodes it may
 * link inside. Existing links, code and raw HTML count as words, so nothing around them is
 * misread, but no link is ever made inside them.
 */
import type { Parent, PhrasingContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';

/** A text node and where its value starts in `LinkableText.text`. */
export interface TextPiece {
  node: Text;
  parent: Parent;
  start: number;
}

export interface LinkableText {
  text: string;
  /** The text nodes a link may be made in, in reading order. */
  pieces: TextPiece[];
}

/** Phrasing whose text must not become or hold a link. */
const UNLINKABLE = new Set(['link', 'linkReference', 'inlineCode', 'html', 'image', 'imageReference', 'footnoteReference']);

/** Reads the phrasing content of `block` into one string and its linkable text nodes. */
export function collectLinkableText(block: Parent): LinkableText {
  const pieces: TextPiece[] = [];
  let text = '';
  const walk = (parent: Parent): void => {
    for (const child of parent.children as PhrasingContent[]) {
      if (child.type === 'text') {
        pieces.push({ node: child, parent, start: text.length });
        text += child.value;
      } else if (child.type === 'break') {
        text += '\n';
      } else if (UNLINKABLE.has(child.type) || !('children' in child)) {
        text += toString(child);
      } else {
        walk(child);
      }
    }
  };
  walk(block);
  return { text, pieces };
}

/** The piece that holds `[start, end)` whole, if any: a link is never split across nodes. */
export function pieceHolding(pieces: readonly TextPiece[], start: number, end: number): TextPiece | undefined {
  return pieces.find((piece) => start >= piece.start && end <= piece.start + piece.node.value.length);
}
