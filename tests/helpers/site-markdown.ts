/**
 * The site's Markdown rendering without an Astro build: entry bodies through the processor
 * `astro.config.mjs` sets up (its remark and rehype plugins, sanitising last), frontmatter
 * fields through the renderers the components use. Tests of what a page shows are written
 * against these, so they test what the site really does.
 */
import { markdownConfigDefaults } from '@astrojs/markdown-remark';
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import { visit } from 'unist-util-visit';
import config from '../../astro.config.mjs';
import { parseEntryFile } from '../../src/lib/ingest/entry-file.ts';
import { renderMarkdownBlock, renderMarkdownInline } from '../../src/lib/markdown/render-inline.ts';

const renderer = await config.markdown!.processor!.createRenderer(markdownConfigDefaults);

/**
 * An entry body as the site renders it, with the headings Astro reports for the contents list.
 * `fileURL` is where the entry lives, for the plugins that treat a collection's bodies apart.
 */
export async function renderBody(markdown: string, frontmatter: Record<string, unknown> = {}, fileURL?: URL) {
  const { code, metadata } = await renderer.render(markdown, { frontmatter, ...(fileURL ? { fileURL } : {}) });
  return { html: code, headings: metadata.headings };
}

/** HTML without the links `rehype-link-anchors` puts in each anchored passage, in their one form. */
function withoutAnchorLinks(html: string): string {
  return html.replace(/<a href="#[^"]+" class="pilcrow" aria-labelledby="anchor-link-label" aria-label="Tautan ke bagian ini"><\/a>/g, '');
}

/**
 * HTML without the markup the linker adds to every text (paragraph ids from
 * `remark-anchor-paragraphs`, the anchor links of `rehype-link-anchors`, links from
 * `remark-link-mentions` unwrapped to their words), for
 * tests about something else that compare markup exactly; the linker has tests of its own. Only
 * markup of exactly those forms is removed: an entry's own text can produce neither, since a
 * relative link or an id never survives the ingest's escaping and the sanitiser.
 */
export function withoutLinkerMarkup(html: string): string {
  return withoutAnchorLinks(html)
    .replace(/ id="(?:p|abstract-(?:id|en))-[0-9a-f]{8}(?:-\d+)?"/g, '')
    .replace(/<a href="\.\.\/\.\.\/[a-z]+\/[^"/]+\/">([^<]*)<\/a>/g, '$1');
}

/** The HTML of every Markdown part of an ingested entry: body, titles, headline, abstracts, keywords. */
export interface RenderedEntry {
  body: string;
  /** Rendered phrasing (titles, headline, keywords), one per value. */
  inline: string[];
  /** Rendered blocks (abstracts), one per language. */
  blocks: string[];
}

const valuesOf = (field: unknown): string[] =>
  field && typeof field === 'object' ? Object.values(field).flat().filter((v): v is string => typeof v === 'string') : [];

/** Renders an entry file's body and Markdown fields the way its page does. */
export async function renderEntry(entryText: string): Promise<RenderedEntry> {
  const { frontmatter, body } = parseEntryFile(entryText, 'entry.md');
  const inline = [
    ...valuesOf(frontmatter.title),
    ...valuesOf(frontmatter.keywords),
    ...(typeof frontmatter.headline === 'string' ? [frontmatter.headline] : []),
  ];
  return {
    body: (await renderBody(body, frontmatter)).html,
    inline: inline.map(renderMarkdownInline),
    blocks: valuesOf(frontmatter.abstract).map(renderMarkdownBlock),
  };
}

/**
 * What a reader sees of some HTML: its text, and the elements and attributes it is made of. The
 * site's own "link to this passage" controls (`rehype-link-anchors`, without text) are left out:
 * they are no part of what the text brought.
 */
export function readHtml(html: string): { text: string; tags: Set<string>; attributes: Set<string>; urls: string[] } {
  const tree: Root = fromHtml(withoutAnchorLinks(html), { fragment: true });
  const tags = new Set<string>();
  const attributes = new Set<string>();
  const urls: string[] = [];
  visit(tree, 'element', (node: Element) => {
    tags.add(node.tagName);
    for (const [name, value] of Object.entries(node.properties)) {
      attributes.add(name);
      if (name === 'href' || name === 'src') urls.push(String(value));
    }
  });
  return { text: toString(tree), tags, attributes, urls };
}
