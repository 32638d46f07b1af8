import { describe, expect, it } from 'vitest';
import { pagesOfAnchors } from '../../../src/lib/markdown/passage-pages.ts';
import { renderBody } from '../../helpers/site-markdown.ts';

describe('pagesOfAnchors', () => {
  const body = '## BAB I\n\nParagraf di halaman tiga.\n\nParagraf di halaman empat.\n\n| a |\n|---|\n| b |\n\nParagraf di halaman lima.';

  it('gives the paragraph ids the page shows the pages the ingest found their blocks on', async () => {
    const pages = [
      { at: 'abstract.id', page: 2 },
      { at: 'body.0', page: 3 },
      { at: 'body.1', page: 3 },
      { at: 'body.2', page: 4 },
      { at: 'body.3', page: 4 },
      { at: 'body.4', page: 5 },
    ];
    const result = pagesOfAnchors(body, { id: 'Abstrak.' }, pages);
    const shownIds = [...(await renderBody(body)).html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);
    // The heading and the table hold no paragraph: their pages are left to the passage before them.
    expect(result.map(([, page]) => page)).toEqual([2, 3, 4, 5]);
    expect(result.slice(1).map(([id]) => id)).toEqual(shownIds);
    expect(result[0]?.[0]).toMatch(/^abstract-id-[0-9a-f]{8}$/);
  });

  it('leaves out passages it cannot place', () => {
    expect(pagesOfAnchors(body, {}, [{ at: 'abstract.en', page: 1 }, { at: 'body.99', page: 9 }])).toEqual([]);
  });

  it('gives the ayat of a regulation the addresses its page shows', async () => {
    const regulation = '### Pasal 4\n\n(1) Ayat di halaman tiga.\n\n(2) Ayat di halaman empat.';
    const pages = [{ at: 'body.1', page: 3 }, { at: 'body.2', page: 4 }];
    const legalFile = new URL('../../../content/legal/x.md', import.meta.url);
    const shownIds = [...(await renderBody(regulation, {}, legalFile)).html.matchAll(/<p id="([^"]+)"/g)].map((match) => match[1]);
    expect(pagesOfAnchors(regulation, {}, pages, { regulation: true })).toEqual([['pasal-4-ayat-1', 3], ['pasal-4-ayat-2', 4]]);
    expect(shownIds).toEqual(['pasal-4-ayat-1', 'pasal-4-ayat-2']);
  });
});
