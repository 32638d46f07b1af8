/**
 * Starts each graph view: at once when it asks to be drawn eagerly (the graph page), otherwise
 * when the reader opens the `<details>` holding it. The drawing code and Cytoscape.js are a
 * separate chunk, fetched only then, so entry pages stay light until someone asks.
 */

async function draw(view: HTMLElement): Promise<void> {
  const { drawGraph } = await import('./graph-draw.ts');
  drawGraph(view);
}

for (const view of document.querySelectorAll<HTMLElement>('.graph-view[data-graph]')) {
  const details = view.closest('details');
  if (view.dataset.graph === 'eager' || !details) {
    void draw(view);
    continue;
  }
  const onToggle = (): void => {
    if (!details.open) return;
    details.removeEventListener('toggle', onToggle);
    void draw(view);
  };
  details.addEventListener('toggle', onToggle);
  onToggle();
}
