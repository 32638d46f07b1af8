import remarkParse from 'remark-parse';
import { toString } from 'mdast-util-to-string';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { articleAnchorId, articleAnchorsOf, ayatAnchors } from '../../../src/lib/markdown/article-anchors.ts';

const BODY = [
  '## BAB I KETENTUAN UMUM',
  '',
  '(1) Bukan ayat: sebelum pasal mana pun.',
  '',
  '### Pasal 1',
  '',
  'Dalam Peraturan Presiden ini yang dimaksud dengan:',
  '',
  '### Pasal 4',
  '',
  '(1) BSSN dipimpin oleh Kepala.',
  '',
  'a. butir di dalam ayat (1);',
  '',
  '(2) Kepala bertanggung jawab kepada Presiden.',
  '',
  '### Pasal 12A',
  '',
  '(1a) Ayat sisipan.',
  '',
  '## BAB II PENUTUP',
  '',
  '(3) Bukan ayat: bab baru tanpa pasal.',
  '',
  '### Pasal 4',
  '',
  '(1) Pasal yang sama dikutip lagi.',
].join('\n');

describe('articleAnchorId', () => {
  it('makes the address from the numbers, in lower case', () => {
    expect(articleAnchorId('4')).toBe('pasal-4');
    expect(articleAnchorId('4', '1')).toBe('pasal-4-ayat-1');
    expect(articleAnchorId('12A', '1a')).toBe('pasal-12a-ayat-1a');
  });
});

describe('ayatAnchors', () => {
  it('gives each ayat under an article its address, the first of a repeated address only', () => {
    const tree = unified().use(remarkParse).parse(BODY);
    const found = [...ayatAnchors(tree)].map(([paragraph, id]) => `${id}: ${toString(paragraph)}`);
    expect(found).toEqual([
      'pasal-4-ayat-1: (1) BSSN dipimpin oleh Kepala.',
      'pasal-4-ayat-2: (2) Kepala bertanggung jawab kepada Presiden.',
      'pasal-12a-ayat-1a: (1a) Ayat sisipan.',
    ]);
  });
});

describe('articleAnchorsOf', () => {
  it('lists the article and ayat anchors of a body once each, in reading order', () => {
    expect(articleAnchorsOf(BODY)).toEqual(['pasal-1', 'pasal-4', 'pasal-4-ayat-1', 'pasal-4-ayat-2', 'pasal-12a', 'pasal-12a-ayat-1a']);
  });

  it("gives an international instrument's articles the anchors their headings get", () => {
    const treaty = ['## Preamble', '', 'The States Parties to this Convention,', '', '### Article 1', '', 'Statement of purpose.', '', '### ARTICLE 5', '', '1\\. Each State Party shall adopt such measures.'].join('\n');
    expect(articleAnchorsOf(treaty)).toEqual(['article-1', 'article-5']);
    expect(articleAnchorId('5', undefined, 'article')).toBe('article-5');
  });

  it('finds none in a text without article headings', () => {
    expect(articleAnchorsOf('Pasal 4 ayat (1) mengatur BSSN.\n\n(1) Butir.')).toEqual([]);
  });
});
