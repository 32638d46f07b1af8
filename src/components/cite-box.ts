/**
 * The cite box in the browser: writes today's date into each citation's accessed clause (the
 * build leaves it out, so no date is frozen into the page), shows the copy buttons, and offers
 * the address of the passage the reader is at (kept on the `<article>` by `passage-tracker.ts`),
 * with its PDF page when the entry came from a PDF.
 */

/** Fills a `{year}`/`{month}`/`{day}` template with today's date, months named as the style names them. */
function accessedText(template: string, months: readonly string[], today: Date): string {
  return template
    .replace('{year}', String(today.getFullYear()))
    .replace('{month}', months[today.getMonth()] ?? '')
    .replace('{day}', String(today.getDate()));
}

const today = new Date();
for (const slot of document.querySelectorAll<HTMLElement>('[data-accessed]')) {
  // The template is citeproc's own escaped HTML, made at build time from the style and locale.
  slot.innerHTML = accessedText(slot.dataset.accessed ?? '', (slot.dataset.months ?? '').split('|'), today);
}

const passage = document.querySelector<HTMLElement>('[data-passage-base]');
const passageLink = passage?.querySelector<HTMLAnchorElement>('[data-passage-link]');
const trackedArticle = document.querySelector<HTMLElement>('article[data-cite-pages]');
if (passage && passageLink && trackedArticle) {
  const show = (): void => {
    const fragment = trackedArticle.dataset.citeFragment;
    passage.hidden = !fragment;
    if (!fragment) return;
    const address = `${passage.dataset.passageBase ?? ''}#${fragment}`;
    passageLink.href = address;
    const page = trackedArticle.dataset.citePage;
    passageLink.textContent = page ? `${address} (${passage.dataset.pageLabel ?? ''} ${page})` : address;
  };
  new MutationObserver(show).observe(trackedArticle, { attributes: true, attributeFilter: ['data-cite-fragment', 'data-cite-page'] });
  show();
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
  const target = document.getElementById(button.dataset.copy ?? '');
  if (!target || !navigator.clipboard) continue;
  const label = button.textContent ?? '';
  button.hidden = false;
  button.addEventListener('click', () => {
    void navigator.clipboard.writeText((target.textContent ?? '').replace(/\s+/g, ' ').trim()).then(() => {
      button.textContent = button.dataset.copied ?? label;
      setTimeout(() => (button.textContent = label), 2000);
    });
  });
}
