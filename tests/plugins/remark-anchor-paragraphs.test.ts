import rehypeStringify from 'rehype-stringify';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import remarkAnchorParagraphs from '../../src/plugins/remark-anchor-paragraphs.ts';

function html(markdown: string, prefix?: string): string {
  return String(
    unified()
      .use(remarkParse)
      .use(remarkAnchorParagraphs, prefix ? { prefix } : {})
      .use(remarkRehype)
      .use(rehypeStringify)
      .processSync(markdown),
  );
}

function ids(markdown: string, prefix?: string): string[] {
  return [...html(markdown, prefix).matchAll(/<p id="([^"]+)">/g)].map((match) => match[1] ?? '');
}

describe('remarkAnchorParagraphs', () => {
  it('gives every paragraph, in lists and quotations too, an id with the prefix', () => {
    const found = ids('Satu.\n\n> Dua.\n\n- Tiga.\n\n  Empat.\n\n## Judul');
    expect(found).toHaveLength(4);
    for (const id of found) expect(id).toMatch(/^p-[0-9a-f]{8}$/);
    expect(ids('Satu.', 'abstract-en')[0]).toMatch(/^abstract-en-[0-9a-f]{8}$/);
  });

  it('keeps a paragraph\'s id when paragraphs before it change or its lines are re-wrapped', () => {
    const [, second] = ids('Pertama.\n\nKedua paragraf ini.');
    expect(ids('Sisipan.\n\nPertama diubah.\n\nKedua\nparagraf   ini.')[2]).toBe(second);
  });

  it('numbers repeats of the same words', () => {
    const [first, again] = ids('Sama.\n\nSama.');
    expect(again).toBe(`${first}-2`);
  });

  it('puts the id of a tight list item\'s paragraph on the item, which is rendered without its <p>', () => {
    const rendered = html('- Satu.\n- Dua.');
    expect(rendered).not.toContain('<p');
    expect([...rendered.matchAll(/<li id="(p-[0-9a-f]{8})">/g)]).toHaveLength(2);
  });
});
