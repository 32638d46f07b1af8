import { describe, expect, it } from 'vitest';
import { detectKindWithDeclaration } from '../../../src/lib/ingest/declared-kind.ts';

const THESIS = 'Judul\n\nABSTRAK\n\nPenelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan siber antara Indonesia dan Belanda.';
const PROSE = 'Judul berita\n\nPolisi menangkap tiga orang pelaku penipuan daring di sebuah rumah kontrakan pada pekan lalu.';

describe('detectKindWithDeclaration', () => {
  it('reads a page declared a news article as news, saying so', () => {
    expect(detectKindWithDeclaration(PROSE, 'a.html', { value: 'news', from: 'JSON-LD NewsArticle' })).toEqual({
      kind: 'news',
      reasons: ['the page declares a news article (JSON-LD NewsArticle)'],
    });
  });

  it('leaves the kind to the text otherwise', () => {
    expect(detectKindWithDeclaration(THESIS, 'a.html', { value: 'scholarly', from: 'citation_title' }).kind).toBe('thesis-abstract');
    expect(detectKindWithDeclaration(THESIS, 'a.txt', undefined).kind).toBe('thesis-abstract');
    expect(() => detectKindWithDeclaration(PROSE, 'a.html', { value: 'scholarly', from: 'citation_title' })).toThrow(/^a\.html: no recognisable structure/);
  });
});
