// @ts-check
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import sitemap from '@astrojs/sitemap';
import { unified } from '@astrojs/markdown-remark';
import cspHeaders from './src/integrations/csp-headers.ts';
import dataStoreFromFile from './src/integrations/data-store-from-file.ts';
import releaseContentLayer from './src/integrations/release-content-layer.ts';
import rehypeSanitize from 'rehype-sanitize';
import { SANITIZE_SCHEMA } from './src/lib/markdown/sanitize-schema.ts';
import rehypeSlugHeadings from './src/plugins/rehype-slug-headings.ts';
import rehypeLinkAnchors from './src/plugins/rehype-link-anchors.ts';
import remarkParseTables from './src/plugins/remark-parse-tables.ts';
import remarkPassageLang from './src/plugins/remark-passage-lang.ts';
import remarkAnchorParagraphs from './src/plugins/remark-anchor-paragraphs.ts';
import remarkAnchorArticles from './src/plugins/remark-anchor-articles.ts';
import remarkLinkMentions from './src/plugins/remark-link-mentions.ts';
import { readLinkTargets } from './src/lib/links/read-link-targets.ts';
import { redirectedPaths } from './src/lib/redirects.ts';

// Canonical and alternate links need the public address; set LINTAS_SITE_URL when deploying.
const site = process.env.LINTAS_SITE_URL ?? 'http://127.0.0.1:4321';
// Read once per build. As plugin options they are part of Astro's config digest, so a changed
// label re-renders the cached entry bodies.
const linkTargets = readLinkTargets(fileURLToPath(new URL('./content/', import.meta.url)));
// Old addresses of moved entries only forward the reader; the sitemap lists the pages themselves.
const forwardingPaths = redirectedPaths(fileURLToPath(new URL('./content/', import.meta.url)));

export default defineConfig({
  site,
  trailingSlash: 'always',
  i18n: {
    defaultLocale: 'id',
    locales: ['id', 'en'],
    routing: { prefixDefaultLocale: false },
  },
  // Astro 7 renders Markdown with Sätteri by default; our remark/rehype plugins run only in unified.
  markdown: {
    processor: unified({
      // Of GFM only tables: its bare-address links and strikethrough would make markup of text.
      gfm: false,
      // Paragraph ids before links: both read the paragraph's words, which linking leaves as they are.
      // A regulation's ayat ids ("pasal-4-ayat-1") replace the ones made from the words, so come after.
      remarkPlugins: [
        remarkParseTables,
        remarkPassageLang,
        remarkAnchorParagraphs,
        [remarkAnchorArticles, { under: fileURLToPath(new URL('./content/legal/', import.meta.url)) }],
        [remarkLinkMentions, { targets: linkTargets }],
      ],
      // Sanitising comes last: it must see every element and attribute another plugin adds.
      // Astro then only collects the heading ids set by rehype-slug-headings for the contents list.
      // Anchor links after the heading ids they point to.
      rehypePlugins: [rehypeSlugHeadings, rehypeLinkAnchors, [rehypeSanitize, SANITIZE_SCHEMA]],
      // HTML written in an entry is never HTML: the ingest escapes it, and anything else is dropped.
      remarkRehype: { allowDangerousHtml: false },
      // A document's own characters are shown as they are: straight quotes and "--" stay.
      smartypants: false,
    }),
    // Entries hold no code; the only fenced blocks are tables the ingest could not rebuild.
    syntaxHighlight: false,
  },
  // Stylesheets as files: an inlined <style> would need a hash in every page's policy.
  build: { inlineStylesheets: 'never' },
  // Scripts as files too: Vite would otherwise inline small ones, which a policy must then hash.
  vite: { build: { assetsInlineLimit: 0 } },
  // A Content-Security-Policy <meta> in every page, with hashes of any script or style Astro inlines.
  // Pagefind fetches its index (connect-src) and runs in a worker from /pagefind/; only that
  // worker may compile WebAssembly, by the header policy src/integrations/csp-headers.ts writes.
  security: {
    csp: {
      directives: [
        "default-src 'none'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "worker-src 'self'",
        "base-uri 'none'",
        "form-action 'self'",
      ],
    },
  },
  // A page whose cache key (src/lib/cache-key.ts) and code are unchanged is copied from the
  // previous build (kept in node_modules/.astro) instead of being rendered again.
  experimental: { incrementalBuild: true },
  // The Pagefind index is written by scripts/build.ts once this build's process has exited.
  // The pages read the content store from its file rather than from a copy bundled into their code.
  integrations: [dataStoreFromFile(), releaseContentLayer(), mdx(), sitemap({ i18n: { defaultLocale: 'id', locales: { id: 'id', en: 'en' } }, filter: (page) => !forwardingPaths.has(new URL(page).pathname) }), cspHeaders()],
});
