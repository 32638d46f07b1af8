/**
 * Draws a graph view with Cytoscape.js from the view's own list of links: the nodes are the
 * list's `[data-node]` items, the edges come from its `data-edges` attribute. The list stays the
 * way to reach nodes by keyboard; focus or hover on a link highlights its node, and choosing a
 * node in the drawing opens its page as the link would.
 */
import cytoscape from 'cytoscape';

/** Colours per node kind, chosen to stay apart for common colour-vision deficiencies. */
const KIND_COLOURS: Readonly<Record<string, string>> = {
  study: '#0b5cad',
  news: '#c2410c',
  concept: '#2f7d32',
  legal: '#6b21a8',
  organisation: '#565b63',
  person: '#9a6700',
  country: '#0f766e',
};

/** Characters of a label drawn on the canvas; the list beside it has the whole title. */
const CANVAS_LABEL_LENGTH = 28;

/** Above this many nodes the force-directed layout is too slow to wait for; rings by degree are drawn instead. */
const FORCE_LAYOUT_MAX_NODES = 300;

/**
 * Cytoscape puts an inline `<style>` into the page unless an element with this id exists; the
 * Content-Security-Policy would block it (and report a violation). Its one rule, a positioned
 * container, is in the site's stylesheet instead.
 */
const CYTOSCAPE_STYLESHEET_ID = '__________cytoscape_stylesheet';

function keepCytoscapeStylesheetOut(): void {
  if (document.getElementById(CYTOSCAPE_STYLESHEET_ID)) return;
  const marker = document.createElement('template');
  marker.id = CYTOSCAPE_STYLESHEET_ID;
  document.head.append(marker);
}

const shorten = (text: string): string =>
  text.length > CANVAS_LABEL_LENGTH ? `${text.slice(0, CANVAS_LABEL_LENGTH - 1).trimEnd()}…` : text;

/** Draws the view's graph into its canvas container and links the drawing with the list. */
export function drawGraph(view: HTMLElement): void {
  const container = view.querySelector<HTMLElement>('.graph-view__canvas');
  if (!container) return;
  keepCytoscapeStylesheetOut();
  container.hidden = false;
  const centre = view.dataset.centre;
  const items = [...view.querySelectorAll<HTMLElement>('[data-node]')];
  const itemByKey = new Map(items.map((item) => [item.dataset.node ?? '', item]));
  const edges = JSON.parse(view.dataset.edges ?? '[]') as [string, string, string][];

  const cy = cytoscape({
    container,
    elements: [
      ...items.map((item) => {
        const kind = item.dataset.kind ?? '';
        const label = item.textContent?.trim() ?? '';
        return {
          group: 'nodes' as const,
          data: {
            id: item.dataset.node ?? '',
            label: shorten(label),
            colour: KIND_COLOURS[kind] ?? '#565b63',
            href: item instanceof HTMLAnchorElement ? item.href : '',
          },
          classes: [kind, item.dataset.node === centre ? 'centre' : ''].filter(Boolean),
        };
      }),
      ...edges
        .filter(([source, target]) => itemByKey.has(source) && itemByKey.has(target))
        .map(([source, target, kind], index) => ({ group: 'edges' as const, data: { id: `e${index}`, source, target, kind } })),
    ],
    style: [
      { selector: 'node', style: { 'background-color': 'data(colour)', width: 12, height: 12, 'font-size': 9, color: '#1c1e21' } },
      // Entries are many; only what they share, the centre and the highlighted node are labelled.
      { selector: 'node.concept, node.legal, node.organisation, node.person, node.country, node.centre, node.is-highlighted', style: { label: 'data(label)' } },
      { selector: 'node.centre', style: { width: 22, height: 22, 'font-weight': 'bold' } },
      { selector: 'node.is-highlighted', style: { 'border-width': 3, 'border-color': '#c2410c', width: 20, height: 20, 'z-index': 10 } },
      { selector: 'edge', style: { width: 1, 'line-color': '#b8bdc4', 'curve-style': 'straight' } },
      {
        selector: 'edge[kind = "amends"], edge[kind = "replaces"], edge[kind = "ratifies"], edge[kind = "protocol_of"], edge[kind = "implements"]',
        style: { width: 2, 'line-color': '#6b21a8', 'target-arrow-shape': 'triangle', 'target-arrow-color': '#6b21a8' },
      },
    ],
    layout:
      items.length > FORCE_LAYOUT_MAX_NODES
        ? { name: 'concentric', concentric: (node) => node.degree(false), levelWidth: () => 4, minNodeSpacing: 4 }
        : centre
          ? { name: 'concentric', concentric: (node) => (node.hasClass('centre') ? 3 : node.hasClass('study') || node.hasClass('news') ? 1 : 2), levelWidth: () => 1 }
          : { name: 'cose', animate: false, randomize: false },
    boxSelectionEnabled: false,
    autounselectify: true,
    autoungrabify: true,
  });

  cy.on('tap', 'node', (event) => {
    const href = event.target.data('href') as string;
    if (href) window.location.assign(href);
  });
  cy.on('mouseover', 'node', (event) => highlight(event.target.id()));
  cy.on('mouseout', 'node', () => highlight(undefined));

  function highlight(key: string | undefined): void {
    cy.nodes('.is-highlighted').removeClass('is-highlighted');
    for (const item of view.querySelectorAll('.is-highlighted')) item.classList.remove('is-highlighted');
    if (key === undefined) return;
    cy.getElementById(key).addClass('is-highlighted');
    itemByKey.get(key)?.classList.add('is-highlighted');
  }

  for (const item of items) {
    const key = item.dataset.node ?? '';
    item.addEventListener('focus', () => highlight(key));
    item.addEventListener('mouseenter', () => highlight(key));
    item.addEventListener('blur', () => highlight(undefined));
  }
  view.dataset.graphDrawn = String(cy.nodes().length);
}
