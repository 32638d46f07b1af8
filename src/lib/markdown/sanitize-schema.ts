/**
 * What HTML may come out of Markdown on this site: the allow-list every Markdown renderer hands
 * to rehype-sanitize, as its last step. Anything else is unwrapped to its text (an element) or
 * dropped (an attribute, a URL with another scheme than http, https or mailto).
 *
 * Entries are text with structure (chapters, quotations, lists, tables), so the list is what
 * CommonMark and GFM tables build from that, minus images, which no entry has, and `<h1>`, which
 * belongs to the page around the entry.
 */
import type { Schema } from 'hast-util-sanitize';
import { ANCHOR_LINK_CLASS, ANCHOR_LINK_FALLBACK_LABEL, ANCHOR_LINK_LABEL_ID } from '../../plugins/rehype-link-anchors.ts';

const HEADINGS = ['h2', 'h3', 'h4', 'h5', 'h6'] as const;

/** rehype-sanitize options for Markdown rendered anywhere on the site. */
export const SANITIZE_SCHEMA: Schema = {
  tagNames: [
    'p',
    ...HEADINGS,
    'blockquote',
    'ul',
    'ol',
    'li',
    'pre',
    'code',
    'em',
    'strong',
    'a',
    'br',
    'hr',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
  ],
  attributes: {
    // remark-passage-lang marks passages in the other language.
    '*': ['lang', 'dir'],
    ...Object.fromEntries(HEADINGS.map((tag) => [tag, ['id']])),
    // remark-anchor-paragraphs gives every paragraph an id for backlinks and works cited to land
    // on; a tight list item carries its paragraph's.
    p: ['id'],
    li: ['id'],
    // rehype-link-anchors adds a link to each anchored passage, named by an element of the page.
    a: ['href', 'title', ['className', ANCHOR_LINK_CLASS], ['ariaLabelledBy', ANCHOR_LINK_LABEL_ID], ['ariaLabel', ANCHOR_LINK_FALLBACK_LABEL]],
    ol: ['start'],
    th: [['align', 'left', 'center', 'right']],
    td: [['align', 'left', 'center', 'right']],
  },
  ancestors: { li: ['ol', 'ul'], thead: ['table'], tbody: ['table'], tr: ['table'], th: ['table'], td: ['table'] },
  protocols: { href: ['http', 'https', 'mailto'] },
  // Their content is code or styling, never text a reader should see.
  strip: ['script', 'style'],
  // Ids come from rehype-slug-headings and remark-anchor-paragraphs alone (raw HTML never reaches the tree), and in-page links
  // and the contents list point at them as they are: a clobber prefix would break both.
  clobber: [],
};
