/**
 * Marks passages written in another language than their entry — an English quotation inside an
 * Indonesian thesis — with a `lang` attribute, so screen readers pronounce them right, browsers
 * hyphenate them right, and Pagefind and search engines know what they are reading.
 *
 * The entry's language comes from its frontmatter (`language` for news, the first of
 * `languages` for studies); an entry that names neither is left alone.
 */
import type { Blockquote, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { SKIP, visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { isLang, type Lang } from '../lib/langs.ts';
import { detectLanguage } from '../lib/text/detect-language.ts';

/** The entry's own language, as its frontmatter states it. */
function entryLanguage(file: VFile): Lang | undefined {
  const frontmatter = (file.data as { astro?: { frontmatter?: Record<string, unknown> } }).astro?.frontmatter;
  const stated = frontmatter?.language ?? (Array.isArray(frontmatter?.languages) ? frontmatter.languages[0] : undefined);
  return isLang(stated) ? stated : undefined;
}

function setLang(node: Blockquote | Paragraph, lang: Lang): void {
  node.data = { ...node.data, hProperties: { ...node.data?.hProperties, lang } };
}

export default function remarkPassageLang() {
  return (tree: Root, file: VFile) => {
    const documentLang = entryLanguage(file);
    if (!documentLang) return;
    visit(tree, (node) => {
      if (node.type !== 'blockquote' && node.type !== 'paragraph') return undefined;
      const lang = detectLanguage(toString(node));
      if (!lang || lang === documentLang) return undefined;
      setLang(node, lang);
      // A quotation marked as a whole needs no marks inside.
      return SKIP;
    });
  };
}
