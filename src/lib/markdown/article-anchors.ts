/**
 * Addresses of the articles (Pasal) and their paragraphs (ayat) in a regulation's body, so
 * "Pasal 4 ayat (1)" can be linked and cited: `pasal-4` for the article, `pasal-4-ayat-1` for
 * its paragraph "(1)". They are made from the numbers the text prints, not from the words, so a
 * citation written anywhere finds them without reading the body. An international instrument's
 * articles ("Article 4") have the anchor their heading gets, `article-4`.
 *
 * The body plugin (`remark-anchor-articles`) and the linker's targets (`build-link-targets`) both
 * read them through this module, so a link is made only to an anchor the page has.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import remarkParseTables from '../../plugins/remark-parse-tables.ts';

/** An article heading as the legal ingest writes it ("Pasal 4", "Pasal 12A", "Article 4"). */
const ARTICLE_HEADING = /^(Pasal|Article)\s+(\d+[A-Za-z]?)$/i;

/** The word an article heading starts with, which its anchor starts with too. */
export type ArticleWord = 'pasal' | 'article';
/** An ayat opens its paragraph with its number in brackets: "(1) Badan ...". */
const AYAT_OPENING = /^\((\d+[a-z]?)\)\s/;

/** The anchor of article `article`, or of its paragraph `ayat`: `pasal-4`, `pasal-4-ayat-1`, `article-4`. */
export function articleAnchorId(article: string, ayat?: string, word: ArticleWord = 'pasal'): string {
  const base = `${word}-${article.toLowerCase()}`;
  return ayat === undefined ? base : `${base}-ayat-${ayat.toLowerCase()}`;
}

/** The article a heading opens, if it is an article heading: its word and number. */
function articleOfHeading(heading: Heading): { word: ArticleWord; number: string } | undefined {
  const match = ARTICLE_HEADING.exec(toString(heading).trim());
  return match ? { word: match[1]!.toLowerCase() as ArticleWord, number: match[2]! } : undefined;
}

/**
 * The ayat paragraphs of `tree` with their anchors, in document order. Only the first paragraph
 * with a given address gets it (a body quoting an amended article twice keeps one target), and a
 * paragraph before any article heading is no ayat.
 */
export function ayatAnchors(tree: Root): Map<Paragraph, string> {
  const anchors = new Map<Paragraph, string>();
  const taken = new Set<string>();
  let article: { word: ArticleWord; number: string } | undefined;
  visit(tree, (node) => {
    if (node.type === 'heading') article = articleOfHeading(node);
    if (node.type !== 'paragraph' || article === undefined) return;
    const ayat = AYAT_OPENING.exec(toString(node))?.[1];
    if (ayat === undefined) return;
    const id = articleAnchorId(article.number, ayat, article.word);
    if (taken.has(id)) return;
    taken.add(id);
    anchors.set(node, id);
  });
  return anchors;
}

// Tables as the site reads them, so the same blocks are paragraphs here and on the page.
const parser = unified().use(remarkParse).use(remarkParseTables);

/**
 * Every article and ayat anchor the page of a regulation with body `markdown` has, in document
 * order: `pasal-n` or `article-n` for each article heading (the id the heading slugger gives its
 * first occurrence) and `pasal-n-ayat-m` for each ayat.
 */
export function articleAnchorsOf(markdown: string): string[] {
  const tree = parser.runSync(parser.parse(markdown)) as Root;
  const ayats = ayatAnchors(tree);
  const anchors = new Set<string>();
  visit(tree, (node) => {
    if (node.type === 'heading') {
      const article = articleOfHeading(node);
      if (article !== undefined) anchors.add(articleAnchorId(article.number, undefined, article.word));
    }
    if (node.type === 'paragraph') {
      const id = ayats.get(node);
      if (id) anchors.add(id);
    }
  });
  return [...anchors];
}
