import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { abstractAnchorPrefix, paragraphAnchors } from '../../../src/lib/markdown/paragraph-anchors.ts';

const anchorsOf = (markdown: string, prefix?: string) => [...paragraphAnchors(unified().use(remarkParse).parse(markdown), prefix).values()];

describe('paragraphAnchors', () => {
  it('names a paragraph by its words, not its place or its formatting', () => {
    const [alone] = anchorsOf('Kerja sama bilateral.');
    expect(anchorsOf('Sebelumnya.\n\nKerja   sama\nbilateral.')[1]).toBe(alone);
    expect(anchorsOf('Kerja sama multilateral.')[0]).not.toBe(alone);
  });

  it('keeps the ids of one text unique and apart from another text\'s', () => {
    const ids = anchorsOf('Sama.\n\nSama.\n\nSama.');
    expect(new Set(ids).size).toBe(3);
    expect(anchorsOf('Sama.', abstractAnchorPrefix('en'))[0]).toBe(ids[0]?.replace(/^p-/, 'abstract-en-'));
  });
});
