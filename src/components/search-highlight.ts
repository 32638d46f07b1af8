/**
 * Marks the searched words on a page opened from a search result (`?highlight=word`, one
 * parameter per word), with Pagefind's highlight script. That script is loaded only then, and its
 * own inline style is turned off (the page's policy would block it); `global.css` styles the marks.
 * The script is taken from the bundle of the page's own language, the one its search page used.
 */
import { HIGHLIGHT_PARAM, localeOfPath, searchAssetUrl } from '../lib/urls.ts';

interface PagefindHighlightOptions {
  highlightParam: string;
  addStyles: boolean;
}

if (new URLSearchParams(window.location.search).has(HIGHLIGHT_PARAM)) {
  // Pagefind writes this module after Astro's build, so it is fetched as is, not bundled.
  const url = searchAssetUrl(localeOfPath(window.location.pathname), 'records', 'pagefind-highlight.js');
  const { default: PagefindHighlight } = (await import(/* @vite-ignore */ url)) as {
    default: new (options: PagefindHighlightOptions) => unknown;
  };
  new PagefindHighlight({ highlightParam: HIGHLIGHT_PARAM, addStyles: false });
}
