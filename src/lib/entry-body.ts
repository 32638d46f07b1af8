/**
 * The Markdown body of a content entry, read from its file. The content store keeps no bodies
 * (`retainBody: false` in `src/content.config.ts`): Astro bundles the whole store into the code
 * that renders the pages, where every body sat beside the HTML rendered from it for the whole
 * build. The few readers of a body read it here, cut from the file as Astro's loader cuts it.
 */
import { readFileSync } from 'node:fs';
import { extname, join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';

/** The file types whose entries have a body after their frontmatter; a YAML entry is all data. */
const WITH_BODY = new Set(['.md', '.mdx']);

/**
 * The body of the entry read from `filePath` (relative to the project folder, as Astro records
 * it), trimmed as Astro trims it; empty for a YAML entry.
 */
export function readEntryBody(entry: { id: string; filePath?: string | undefined }): string {
  if (entry.filePath === undefined) throw new Error(`content entry "${entry.id}" has no file to read its body from`);
  if (!WITH_BODY.has(extname(entry.filePath))) return '';
  return parseFrontmatter(readFileSync(join(process.cwd(), entry.filePath), 'utf8')).content.trim();
}
