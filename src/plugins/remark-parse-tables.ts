/**
 * Reads GFM tables, and nothing else of GFM: the ingest writes rebuilt thesis tables as GFM
 * tables, but GFM's other additions would turn document text into markup. Its autolink literals
 * in particular make a link of any `www.` or `https://` in a text node, after escapes are
 * resolved, so no escaping in the entry can keep a quoted address as text.
 */
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTable } from 'micromark-extension-gfm-table';
import type { Processor } from 'unified';

export default function remarkParseTables(this: Processor) {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmTable());
  (data.fromMarkdownExtensions ??= []).push(gfmTableFromMarkdown());
}
