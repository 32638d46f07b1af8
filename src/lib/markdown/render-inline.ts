/**
 * Short Markdown strings from frontmatter (abstracts, definitions, summaries) rendered to HTML.
 *
 * Entry bodies go through Astro's own Markdown pipeline; these fields are plain strings in the
 * data, so they get this small unified chain instead, sanitised with the same allow-list. Raw
 * HTML in the text is dropped, not passed through; the ingest writes document text escaped, so
 * only hand-written Markdown ever holds any.
 */
import type { ElementContent, Root } from 'hast';
import type { Root as MdastRoot } from 'mdast';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { visit } from 'unist-util-visit';
import type { LinkTarget } from '../links/link-target.ts';
import remarkAnchorParagraphs from '../../plugins/remark-anchor-paragraphs.ts';
import remarkLinkMentions from '../../plugins/remark-link-mentions.ts';
import rehypeLinkAnchors from '../../plugins/rehype-link-anchors.ts';
import { SANITIZE_SCHEMA } from './sanitize-schema.ts';

/** Replaces a lone top-level paragraph by its contents, so the result fits inside a heading or a `<dd>`. */
function unwrapLoneParagraph() {
  return (tree: Root): void => {
    const elements = tree.children.filter((child) => child.type === 'element');
    const only = elements[0];
    if (elements.length === 1 && only?.tagName === 'p') tree.children = only.children satisfies ElementContent[];
  };
}

/** How a block's mentions are linked and its paragraphs named (see `renderLinkedMarkdownBlock`). */
export interface BlockLinking {
  targets: readonly LinkTarget[];
  /** Prefix of the paragraph ids, unique on the page (`abstractAnchorPrefix`). */
  anchorPrefix: string;
}

// remark-rehype leaves `allowDangerousHtml` off, so HTML written in the Markdown never reaches the
// tree; the site's sanitising schema then applies here as it does to entry bodies.
function createBlockProcessor(linking?: BlockLinking) {
  const parse = unified().use(remarkParse);
  if (!linking) return parse.use(remarkRehype).use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify).freeze();
  // No locale: links are relative to an entry page, so one rendering serves both of its locales.
  return parse
    .use(remarkAnchorParagraphs, { prefix: linking.anchorPrefix })
    .use(remarkLinkMentions, { targets: linking.targets })
    .use(remarkRehype)
    .use(rehypeLinkAnchors)
    .use(rehypeSanitize, SANITIZE_SCHEMA)
    .use(rehypeStringify)
    .freeze();
}

const blockProcessor = createBlockProcessor();
const inlineProcessor = unified()
  .use(remarkParse)
  .use(remarkRehype)
  .use(rehypeSanitize, SANITIZE_SCHEMA)
  .use(unwrapLoneParagraph)
  .use(rehypeStringify)
  .freeze();

/**
 * A cache for texts every page of one thing shows (its locales, the lists it is on): each result
 * is made once per build. Keys are the texts themselves, which the content already holds, so the
 * cache costs only the results. With a `limit`, only that many of the latest results are kept.
 */
function memoizeByText(render: (markdown: string) => string, limit = Infinity): (markdown: string) => string {
  const results = new Map<string, string>();
  return (markdown) => {
    let result = results.get(markdown);
    if (result === undefined) {
      result = render(markdown);
      results.set(markdown, result);
      // A Map iterates in insertion order: the first key is the oldest.
      if (results.size > limit) results.delete(results.keys().next().value as string);
    }
    return result;
  };
}

/** A short Markdown text (one or more paragraphs, e.g. a definition) as block HTML. */
export const renderMarkdownBlock = memoizeByText((markdown) => String(blockProcessor.processSync(markdown)));

// An entry's pages in both locales are made one after the other (`localizedEntryPaths`), so a few
// recent abstracts are all a cache must hold: rendered abstracts of the whole corpus would not
// stay in memory all build long.
const RECENT_ABSTRACTS = 16;
// One processor and one cache per anchor prefix, rebuilt if the link targets are another list.
const linkedRenderers = new Map<string, { targets: readonly LinkTarget[]; render: (markdown: string) => string }>();

/**
 * A Markdown text shown in the middle of an entry page (a study's abstract) as block HTML, with
 * its paragraphs given ids and the first mention of each link target linked, as in entry bodies.
 * Links are relative to the entry page, so the HTML is made once and serves both locales.
 */
export function renderLinkedMarkdownBlock(markdown: string, linking: BlockLinking): string {
  let renderer = linkedRenderers.get(linking.anchorPrefix);
  if (renderer?.targets !== linking.targets) {
    const processor = createBlockProcessor(linking);
    renderer = { targets: linking.targets, render: memoizeByText((text) => String(processor.processSync(text)), RECENT_ABSTRACTS) };
    linkedRenderers.set(linking.anchorPrefix, renderer);
  }
  return renderer.render(markdown);
}

/**
 * A one-paragraph Markdown text (a title, a keyword) as phrasing HTML without the `<p>` wrapper;
 * text of several paragraphs keeps its paragraphs. The same titles and keywords recur on every
 * list, backlink and entry page of a build, so each is rendered once.
 */
export const renderMarkdownInline = memoizeByText((markdown) => String(inlineProcessor.processSync(markdown)));

const parser = unified().use(remarkParse).freeze();

function plainTextOf(markdown: string): string {
  const tree: MdastRoot = parser.parse(markdown);
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'heading') parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/**
 * The words of a short Markdown text (a title, a headline) without its markup, for places that
 * take plain text only (`<title>`, graph labels). Paragraphs are joined with a space. Made once
 * per text and build; for long texts take {@link markdownExcerpt}.
 */
export const markdownToPlainText = memoizeByText(plainTextOf);

/** How long a page description (`<meta name="description">`) is, in characters. */
export const DESCRIPTION_LENGTH = 160;

/**
 * The first {@link DESCRIPTION_LENGTH} characters of a long Markdown text (an abstract, a news
 * body) as plain text, for a page description. Only the blocks needed are parsed, not the whole
 * text. Only the latest results are kept, for the other locale's page of the same entry: a news
 * body is read from its file, so keeping every text would hold the corpus's bodies all build.
 */
export const markdownExcerpt = memoizeByText((markdown) => {
  let text = '';
  for (const block of markdown.split(/\n{2,}/)) {
    if (text.length >= DESCRIPTION_LENGTH) break;
    const words = plainTextOf(block);
    if (words) text = text ? `${text} ${words}` : words;
  }
  return text.slice(0, DESCRIPTION_LENGTH);
}, RECENT_ABSTRACTS);

/**
 * The first paragraph of a Markdown text (a news body) as plain text: a news item's lead, which
 * says what the story is about, as its headline does (and in place of one the source left out).
 * Kept, like {@link markdownExcerpt}, only for the other locale's page of the same entry.
 */
export const markdownLead = memoizeByText((markdown) => {
  for (const block of markdown.split(/\n{2,}/)) {
    const words = plainTextOf(block);
    if (words) return words;
  }
  return '';
}, RECENT_ABSTRACTS);
