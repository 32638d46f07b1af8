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
import type { Locale } from '../i18n/locales.ts';
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
  /** The page's locale: the links lead to the targets' pages in it. */
  locale: Locale;
  /** Prefix of the paragraph ids, unique on the page (`abstractAnchorPrefix`). */
  anchorPrefix: string;
}

// remark-rehype leaves `allowDangerousHtml` off, so HTML written in the Markdown never reaches the
// tree; the site's sanitising schema then applies here as it does to entry bodies.
function createBlockProcessor(linking?: BlockLinking) {
  const parse = unified().use(remarkParse);
  if (!linking) return parse.use(remarkRehype).use(rehypeSanitize, SANITIZE_SCHEMA).use(rehypeStringify).freeze();
  return parse
    .use(remarkAnchorParagraphs, { prefix: linking.anchorPrefix })
    .use(remarkLinkMentions, { targets: linking.targets, locale: linking.locale })
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

/** A short Markdown text (one or more paragraphs, e.g. an abstract) as block HTML. */
export function renderMarkdownBlock(markdown: string): string {
  return String(blockProcessor.processSync(markdown));
}

/**
 * A Markdown text shown in the middle of a page (a study's abstract) as block HTML, with its
 * paragraphs given ids and the first mention of each link target linked, as in entry bodies.
 */
export function renderLinkedMarkdownBlock(markdown: string, linking: BlockLinking): string {
  return String(createBlockProcessor(linking).processSync(markdown));
}

// The same titles and keywords recur on every list, backlink and entry page of a build; the
// output depends on the input string alone, so each is rendered once.
const inlineCache = new Map<string, string>();

/**
 * A one-paragraph Markdown text (a title, a keyword) as phrasing HTML without the `<p>` wrapper;
 * text of several paragraphs keeps its paragraphs.
 */
export function renderMarkdownInline(markdown: string): string {
  let html = inlineCache.get(markdown);
  if (html === undefined) {
    html = String(inlineProcessor.processSync(markdown));
    inlineCache.set(markdown, html);
  }
  return html;
}

const parser = unified().use(remarkParse).freeze();

/**
 * The words of a Markdown text without its markup, for places that take plain text only
 * (`<title>`, meta descriptions). Paragraphs are joined with a space.
 */
export function markdownToPlainText(markdown: string): string {
  const tree: MdastRoot = parser.parse(markdown);
  const parts: string[] = [];
  visit(tree, (node) => {
    if (node.type === 'text' || node.type === 'inlineCode') parts.push(node.value);
    else if (node.type === 'paragraph' || node.type === 'heading') parts.push(' ');
  });
  return parts.join('').replace(/\s+/g, ' ').trim();
}
