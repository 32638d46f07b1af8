/**
 * The works an entry body cites, each with how often and in which paragraphs.
 *
 * The body is parsed as the site parses it (CommonMark plus GFM tables), so the paragraph
 * anchors here are the ids its rendered paragraphs carry. Only paragraphs are read: a heading
 * or a table cell holding "(Buzan, 1998)" has no anchor to link to.
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import remarkParseTables from '../../plugins/remark-parse-tables.ts';
import { paragraphAnchors } from '../markdown/paragraph-anchors.ts';
import { citedWorkOf, compareCitedWorks, namesMoreFully, type CitedWork } from './cited-work.ts';
import { parseCitations } from './parse-citations.ts';

/** A work cited in one entry. */
export interface WorkCitedInEntry extends CitedWork {
  /** How many citations of it the body makes. */
  count: number;
  /** The anchors of the paragraphs citing it, in document order, each once. */
  anchors: string[];
  /** The same paragraphs' places in the body (1-based), which is what a reader is shown. */
  paragraphNumbers: number[];
}

const parser = unified().use(remarkParse).use(remarkParseTables).freeze();

/** Parses an entry body the way the site's Markdown pipeline does, before any transform. */
export function parseBodyLikeSite(markdown: string): Root {
  return parser.parse(markdown);
}

/**
 * The works cited in an entry body, sorted by first author and year. The body is Markdown, or
 * the tree `parseBodyLikeSite` made of it when the caller reads that tree for more than this.
 */
export function extractWorksCited(body: string | Root): WorkCitedInEntry[] {
  const works = new Map<string, WorkCitedInEntry>();
  let number = 0;
  for (const [paragraph, anchor] of paragraphAnchors(typeof body === 'string' ? parseBodyLikeSite(body) : body)) {
    number += 1;
    for (const citation of parseCitations(toString(paragraph))) {
      const cited = citedWorkOf(citation);
      const known = works.get(cited.key);
      if (!known) {
        works.set(cited.key, { ...cited, count: 1, anchors: [anchor], paragraphNumbers: [number] });
        continue;
      }
      known.count += 1;
      if (known.anchors[known.anchors.length - 1] !== anchor) {
        known.anchors.push(anchor);
        known.paragraphNumbers.push(number);
      }
      if (namesMoreFully(cited, known)) Object.assign(known, { authors: cited.authors, etAl: cited.etAl });
    }
  }
  return [...works.values()].sort(compareCitedWorks);
}
