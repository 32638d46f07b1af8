/**
 * Keeps the entry's `<article>` told which passage the reader is at: `data-cite-fragment` holds
 * the id of the first anchored heading or paragraph still showing at the top of the window (the
 * one a link to a passage scrolls to the top),
 * and `data-cite-page` the PDF page it starts on (from `data-cite-pages`, when the entry came from
 * a PDF). The cite box reads both to cite the passage; nothing else depends on them.
 */
const article = document.querySelector<HTMLElement>('article[data-cite-pages]');

if (article) {
  const pageOf = new Map<string, number>(JSON.parse(article.dataset.citePages ?? '[]') as [string, number][]);
  // Passages in document order: their bottoms grow down the page, so the current one is found by halving.
  const passages = [...article.querySelectorAll<HTMLElement>('a.pilcrow')].flatMap((link) => (link.parentElement?.id ? [link.parentElement] : []));
  let pending = 0;

  const firstPassageShowing = (): number => {
    let low = 0;
    let high = passages.length - 1;
    let found = -1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      if ((passages[middle]?.getBoundingClientRect().bottom ?? 0) > 1) {
        found = middle;
        high = middle - 1;
      } else low = middle + 1;
    }
    return found;
  };

  const update = (): void => {
    pending = 0;
    // At the top of the page, unmoved, the reader is at the entry as a whole, not at a passage.
    const index = window.scrollY < 1 && location.hash === '' ? -1 : firstPassageShowing();
    const passage = passages[index];
    if (!passage) {
      delete article.dataset.citeFragment;
      delete article.dataset.citePage;
      return;
    }
    article.dataset.citeFragment = passage.id;
    // A passage without a page of its own is on the page of the last one before it that has one.
    let page: number | undefined;
    for (let i = index; i >= 0 && page === undefined; i--) page = pageOf.get(passages[i]?.id ?? '');
    if (page === undefined) delete article.dataset.citePage;
    else article.dataset.citePage = String(page);
  };

  const schedule = (): void => {
    pending ||= requestAnimationFrame(update);
  };
  addEventListener('scroll', schedule, { passive: true });
  addEventListener('resize', schedule, { passive: true });
  addEventListener('hashchange', schedule);
  update();
}
