import { describe, expect, it } from 'vitest';
import { renderBody, withoutLinkerMarkup } from '../helpers/site-markdown.ts';

describe('rehypeSlugHeadings', () => {
  it('gives headings slug ids and reports the same ids to the contents list', async () => {
    const { html: rendered, headings } = await renderBody('## BAB I PENDAHULUAN\n\n### A. Latar Belakang\n\nTeks.');
    const html = withoutLinkerMarkup(rendered);
    expect(html).toContain('<h2 id="bab-i-pendahuluan">BAB I PENDAHULUAN</h2>');
    expect(html).toContain('<h3 id="a-latar-belakang">A. Latar Belakang</h3>');
    expect(headings.map((heading) => heading.slug)).toEqual(['bab-i-pendahuluan', 'a-latar-belakang']);
  });

  it('prefixes ids that would start with a digit or be empty, and keeps ids unique', async () => {
    const { html: rendered, headings } = await renderBody('#### 1. Jenis Penelitian\n\n#### 1. Jenis Penelitian\n\n### 2.1 Konsep\n\n## ...\n\n## Sec 1 Jenis Penelitian');
    expect(headings.map((heading) => heading.slug)).toEqual([
      'sec-1-jenis-penelitian',
      'sec-1-jenis-penelitian-1',
      'sec-21-konsep',
      'sec',
      'sec-1-jenis-penelitian-2',
    ]);
    const html = withoutLinkerMarkup(rendered);
    expect(html).toContain('<h4 id="sec-1-jenis-penelitian">1. Jenis Penelitian</h4>');
    expect(html).not.toMatch(/id="\d/);
  });

  it('makes ids from the heading text only, not from markup', async () => {
    const { headings } = await renderBody('## Kejahatan *siber* di `Asia`');
    expect(headings).toEqual([{ depth: 2, slug: 'kejahatan-siber-di-asia', text: 'Kejahatan siber di Asia' }]);
  });

  it('keeps every heading id when an unrelated heading is added', async () => {
    const before = await renderBody('## Pendahuluan\n\nTeks.\n\n## Metode\n\n### Data\n\n## Kesimpulan');
    const after = await renderBody('## Pendahuluan\n\nTeks.\n\n## Tinjauan Pustaka\n\nTeks baru.\n\n## Metode\n\n### Data\n\n## Kesimpulan');
    const slugs = (headings: { slug: string }[]) => headings.map((heading) => heading.slug);
    expect(slugs(after.headings)).toEqual(['pendahuluan', 'tinjauan-pustaka', 'metode', 'data', 'kesimpulan']);
    expect(slugs(after.headings).filter((slug) => slug !== 'tinjauan-pustaka')).toEqual(slugs(before.headings));
  });
});
