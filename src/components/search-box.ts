/**
 * Starts Pagefind's search UI in `#search`, labels its input with `#search-label`, and runs the
 * query given in the address (`?q=`), so a search can be linked to.
 */

interface PagefindUiOptions {
  element: string;
  showSubResults: boolean;
  showImages: boolean;
  autofocus: boolean;
}

interface PagefindUiInstance {
  triggerSearch(query: string): void;
}

/** Defined by `/pagefind/pagefind-ui.js`, a classic script that runs before this module. */
declare const PagefindUI: new (options: PagefindUiOptions) => PagefindUiInstance;

const INPUT_ID = 'search-input';

const ui = new PagefindUI({ element: '#search', showSubResults: true, showImages: false, autofocus: true });
const label = document.querySelector<HTMLLabelElement>('#search-label');
const input = document.querySelector<HTMLInputElement>('#search .pagefind-ui__search-input');
if (label && input) {
  input.id = INPUT_ID;
  label.htmlFor = INPUT_ID;
  label.hidden = false;
}
const query = new URLSearchParams(window.location.search).get('q');
if (query) ui.triggerSearch(query);
