import { describe, expect, it } from 'vitest';
import { parseBodyLikeSite } from '../../../src/lib/citations/extract-works-cited.ts';
import { anchoredParagraphs, paragraphAnchorId } from '../../../src/lib/markdown/paragraph-anchors.ts';
import { toString } from 'mdast-util-to-string';

describe('paragraph anchors', () => {
  it('names the n-th paragraph p-n', () => {
    expect(paragraphAnchorId(1)).toBe('p-1');
    expect(paragraphAnchorId(42)).toBe('p-42');
  });

  it('counts paragraphs in document order, in quotations and lists too, but not headings or table cells', () => {
    const body = [
      '## Bab I',
      '',
      'Pertama.',
      '',
      '> Kutipan.',
      '',
      '| a | b |',
      '|---|---|',
      '| sel | sel |',
      '',
      '- butir satu',
      '- butir dua',
      '',
      'Terakhir.',
    ].join('\n');
    const found = anchoredParagraphs(parseBodyLikeSite(body)).map(({ paragraph, anchor }) => [anchor, toString(paragraph)]);
    expect(found).toEqual([
      ['p-1', 'Pertama.'],
      ['p-2', 'Kutipan.'],
      ['p-3', 'butir satu'],
      ['p-4', 'butir dua'],
      ['p-5', 'Terakhir.'],
    ]);
  });
});
