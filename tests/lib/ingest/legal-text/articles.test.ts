import { describe, expect, it } from 'vitest';
import { readLegalBody } from '../../../../src/lib/ingest/legal-text/articles.ts';
import { legalFixture } from './fixture.ts';

describe('readLegalBody', () => {
  it('gives each chapter and article a heading and each ayat a paragraph, up to the enactment formula', () => {
    const body = readLegalBody(legalFixture('legal/perpres-53-2017.txt'));
    expect(body.articles).toEqual(['53']);
    const blocks = body.markdown.split('\n\n');
    expect(blocks.slice(0, 3)).toEqual([
      '## BAB VII KETENTUAN PERALIHAN',
      '### Pasal 53',
      '(1) Pada saat mulai berlakunya Peraturan Presiden ini, pengalihan peralatan, pembiayaan, arsip, dan dokumen pada:',
    ]);
    expect(blocks.filter((block) => /^\(\d\)/.test(block))).toHaveLength(3);
    expect(body.markdown).not.toContain('Ditetapkan');
    expect(body.markdown).not.toContain('JOKO WIDODO');
  });

  it('starts at the first article after "Menetapkan", not at the title it repeats', () => {
    const body = readLegalBody(legalFixture('real/dev/legal/permenkumham-m01-hu0302-2007-pengundangan-scribd.txt'));
    expect(body.articles[0]).toBe('1');
    expect(body.markdown.split('\n\n')[1]).toBe('Dalam Peraturan Menteri ini yang dimaksud dengan:');
  });

  it('finds no articles in a copy that holds only the preamble', () => {
    expect(readLegalBody(legalFixture('legal/perban-bssn-5-2020.txt'))).toEqual({ markdown: '', articles: [] });
  });

  it('escapes what would be markup in the text', () => {
    const body = readLegalBody('MEMUTUSKAN:\nMenetapkan : PERATURAN.\nPasal 1\n# Bukan judul <b>tebal</b>\n');
    expect(body.markdown).toContain('\\# Bukan judul \\<b>tebal\\</b>');
  });

  it('reads an English treaty\'s chapters and articles the same way, an article\'s title below its number', () => {
    const body = readLegalBody('Preamble\nThe States,\nCHAPTER I – USE OF TERMS\nArticle 1 – Definitions\nFor the purposes of this Convention:\nArticle 2\nEach Party shall act.');
    expect(body.articles).toEqual(['1', '2']);
    expect(body.markdown.split('\n\n')).toEqual([
      '## CHAPTER I USE OF TERMS',
      '### Article 1',
      '**Definitions**',
      'For the purposes of this Convention:',
      '### Article 2',
      'Each Party shall act.',
    ]);
  });
});
