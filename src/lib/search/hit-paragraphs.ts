/**
 * Where in a page a search hit is: Pagefind reports the word positions of the hits and the
 * position of every element with an id (headings, and the `p-<hash>` paragraph anchors), so each
 * hit lies in the last anchored element starting at or before it. A result then links straight to
 * the paragraph, not only to the section heading Pagefind's own sub-results point at.
 */

/** An element with an id, as Pagefind's result data lists it (`anchors`). */
export interface PageAnchor {
  element: string;
  id: string;
  text: string;
  /** The word position where the element starts. */
  location: number;
}

/** A place to link to for some hits: the anchor, and how many hits it holds. */
export interface HitPlace {
  anchor: PageAnchor;
  hits: number;
}

/** Only paragraphs and headings are places a reader can be sent to and read from. */
const LINKABLE = /^(?:p|li|h[1-6])$/;

/**
 * The anchored paragraphs or headings holding the hits at `locations`, most hits first, then in
 * page order, at most `limit`. Hits before the first anchor (the title, the metadata) have none.
 */
export function hitPlaces(anchors: readonly PageAnchor[], locations: readonly number[], limit: number): HitPlace[] {
  const ordered = anchors.filter((anchor) => LINKABLE.test(anchor.element)).sort((a, b) => a.location - b.location);
  const counts = new Map<PageAnchor, number>();
  for (const location of locations) {
    let holder: PageAnchor | undefined;
    for (const anchor of ordered) {
      if (anchor.location > location) break;
      holder = anchor;
    }
    if (holder) counts.set(holder, (counts.get(holder) ?? 0) + 1);
  }
  return [...counts]
    .map(([anchor, hits]) => ({ anchor, hits }))
    .sort((a, b) => b.hits - a.hits || a.anchor.location - b.anchor.location)
    .slice(0, limit);
}

/** A stretch of a paragraph around one hit word, to show under a result. */
export interface ParagraphSnippet {
  before: string;
  hit: string;
  after: string;
}

/** Words shown on each side of the hit. */
const SNIPPET_RADIUS = 8;

/**
 * The words around the `offset`-th word of `text` (0 is the first word), with "…" where the
 * paragraph goes on. An offset past the end shows the paragraph's start.
 */
export function paragraphSnippet(text: string, offset: number): ParagraphSnippet {
  const words = text.split(/\s+/).filter(Boolean);
  const at = offset >= 0 && offset < words.length ? offset : 0;
  const from = Math.max(0, at - SNIPPET_RADIUS);
  const to = Math.min(words.length, at + SNIPPET_RADIUS + 1);
  const before = `${from > 0 ? '… ' : ''}${words.slice(from, at).join(' ')}`;
  const after = `${words.slice(at + 1, to).join(' ')}${to < words.length ? ' …' : ''}`;
  return { before: before === '' ? '' : `${before} `, hit: words[at] ?? '', after: after === '' ? '' : ` ${after}` };
}
