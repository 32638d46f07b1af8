/**
 * Reads a saved web page: first the metadata the page states about itself, then its main text,
 * taken by Mozilla's Readability (the reader view of Firefox) over a linkedom document, reduced
 * to plain paragraphs. Nothing of the page's markup is carried over.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import type { DocumentMetadata } from './document-metadata.ts';
import { readHtmlMetadata, type MetadataSource } from './html-metadata.ts';
import { blocksToText, type TextNodeLike } from './html-text.ts';

export interface HtmlText {
  /** The main text, title first, as paragraphs separated by blank lines. */
  text: string;
  metadata: DocumentMetadata;
}

/** Elements that are never the document's text; removed before Readability looks at the page. */
const NOT_TEXT = 'script, style, noscript, template, iframe, object, embed, svg, canvas, form';

/** Reads the metadata and main text of the page `html` (already decoded). */
export function readHtml(html: string): HtmlText {
  const { document } = parseHTML(html);
  const metadata = readHtmlMetadata(document as unknown as MetadataSource);
  for (const element of [...document.querySelectorAll(NOT_TEXT)]) element.remove();
  // Readability changes the document it reads; it is read last.
  const article = new Readability(document as unknown as Document, { keepClasses: false }).parse();
  const root = article?.content ? parseHTML(`<!doctype html><html><body>${article.content}</body></html>`).document.body : document.body;
  const body = root ? blocksToText(root as unknown as TextNodeLike) : '';
  const title = metadata.title?.value ?? article?.title?.trim();
  const opensWithTitle = title !== undefined && body.slice(0, title.length * 2).includes(title);
  const text = title && !opensWithTitle ? `${title}\n\n${body}` : body;
  return { text, metadata };
}
