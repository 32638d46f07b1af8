/**
 * The PDF page each anchored paragraph of an entry starts on, so a citation of the passage a
 * reader is at can name the page of the original. The ingest records pages per passage
 * (`source.pages`: `abstract.<lang>` or `body.<n>`, the n-th blank-line separated block of the
 * body); this turns them into paragraph ids, the addresses the page links to.
 */
import type { Root } from 'mdast';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkParseTables from '../../plugins/remark-parse-tables.ts';
import { rememberRecent } from '../recent-results.ts';
import { ayatAnchors } from './article-anchors.ts';
import { abstractAnchorPrefix, BODY_ANCHOR_PREFIX, paragraphAnchors } from './paragraph-anchors.ts';

/** One `source.pages` record. */
export interface PassagePage {
  at: string;
  page: number;
}

// Tables as the site reads them, so a table is not taken for a paragraph.
const parser = unified().use(remarkParse).use(remarkParseTables);

/** Offsets where each blank-line separated block of `text` starts, numbered as the ingest numbers them. */
function blockStarts(text: string): Map<number, number> {
  const starts = new Map<number, number>();
  const separator = /\n{2,}/g;
  let start = 0;
  let n = 0;
  for (const match of text.matchAll(separator)) {
    starts.set(n++, start);
    start = (match.index ?? 0) + match[0].length;
  }
  starts.set(n, start);
  return starts;
}

/** The id of the first paragraph starting at or after `offset` and before `end`, if any. */
function firstAnchorIn(anchors: [number, string][], offset: number, end: number): string | undefined {
  return anchors.find(([start]) => start >= offset && start < end)?.[1];
}

/**
 * Paragraph ids of `text` with the offsets their paragraphs start at, in order; a regulation's
 * ayat carry their own addresses, as its page gives them (`remark-anchor-articles`).
 */
function anchoredOffsets(text: string, prefix: string, regulation = false): [number, string][] {
  const tree = parser.runSync(parser.parse(text)) as Root;
  const anchors = paragraphAnchors(tree, prefix);
  if (regulation) for (const [paragraph, id] of ayatAnchors(tree)) anchors.set(paragraph, id);
  return [...anchors].map(([paragraph, id]) => [paragraph.position?.start.offset ?? -1, id]);
}

/** `pagesOfAnchors` without a memory of its recent answers. */
function computePagesOfAnchors(
  body: string,
  abstracts: Partial<Record<string, string>>,
  pages: readonly PassagePage[],
  options: { regulation?: boolean },
): [string, number][] {
  const bodyAnchors = anchoredOffsets(body, BODY_ANCHOR_PREFIX, options.regulation);
  const starts = blockStarts(body);
  return pages.flatMap(({ at, page }): [string, number][] => {
    const abstractLang = /^abstract\.(\w+)$/.exec(at)?.[1];
    if (abstractLang) {
      const text = abstracts[abstractLang];
      const id = text ? anchoredOffsets(text, abstractAnchorPrefix(abstractLang))[0]?.[1] : undefined;
      return id ? [[id, page]] : [];
    }
    const n = Number(/^body\.(\d+)$/.exec(at)?.[1]);
    const start = starts.get(n);
    if (start === undefined) return [];
    const id = firstAnchorIn(bodyAnchors, start, starts.get(n + 1) ?? body.length);
    return id ? [[id, page]] : [];
  });
}

// Both locales of an entry's page ask for its pages one after the other: the second is answered
// from memory. A few entries are kept, not the corpus.
const rememberedPagesOfAnchors = rememberRecent(computePagesOfAnchors, (...args) => JSON.stringify(args), 4);

/**
 * Paragraph id → PDF page for the passages `pages` locates, in document order. `regulation`
 * says the body is a legal entry's, whose ayat have addresses of their own. A passage whose
 * block holds no paragraph (a heading, a table) is left out: the reader's place then takes the
 * page of the passage before it. Callers must not change the array returned: it may be shared.
 */
export function pagesOfAnchors(
  body: string,
  abstracts: Partial<Record<string, string>>,
  pages: readonly PassagePage[],
  options: { regulation?: boolean } = {},
): readonly [string, number][] {
  // Parsing a long body for anchors is the whole cost, and nothing needs them without pages; most
  // entries record none, so they are answered before a memory key is made of their whole body.
  if (pages.length === 0) return [];
  return rememberedPagesOfAnchors(body, abstracts, pages, options);
}
