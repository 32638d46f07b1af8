/**
 * Gives each paragraph (ayat) of a regulation's articles the address made from its numbers,
 * `pasal-4-ayat-1` (`src/lib/markdown/article-anchors.ts`), in place of the id made from its
 * words, so "Pasal 4 ayat (1)" can be linked, cited and reached from a citation in another entry.
 * The article headings get `pasal-4` from the heading slugger.
 *
 * Only bodies of legal entries are regulations: a study quoting "(1) ..." under a heading
 * "Pasal 4" keeps its paragraph ids. Runs after `remark-anchor-paragraphs`, whose id it replaces.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ayatAnchors } from '../lib/markdown/article-anchors.ts';

export interface RemarkAnchorArticlesOptions {
  /**
   * The folder of the legal entries (an absolute path); only files under it are read as
   * regulations. Without it every text is.
   */
  under?: string;
}

function isUnder(file: VFile, folder: string | undefined): boolean {
  if (folder === undefined) return true;
  const prefix = folder.endsWith('/') ? folder : `${folder}/`;
  return typeof file.path === 'string' && file.path.startsWith(prefix);
}

export default function remarkAnchorArticles(options: RemarkAnchorArticlesOptions = {}) {
  return (tree: Root, file: VFile): void => {
    if (!isUnder(file, options.under)) return;
    for (const [paragraph, id] of ayatAnchors(tree)) {
      paragraph.data = { ...paragraph.data, hProperties: { ...paragraph.data?.hProperties, id } };
    }
  };
}
