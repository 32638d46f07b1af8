import { describe, expect, it } from 'vitest';
import { detectKindWithDeclaration } from '../../../src/lib/ingest/declared-kind.ts';

const SENTENCE = 'Penelitian ini bertujuan untuk mengetahui bentuk kerja sama keamanan siber antara Indonesia dan Belanda.';
const THESIS = `Judul\n\nABSTRAK\n\n${SENTENCE} ${SENTENCE} ${SENTENCE}\n\nKata kunci: kerja sama, keamanan siber`;
const PROSE_SENTENCE = 'Polisi menangkap tiga orang pelaku penipuan daring di sebuah rumah kontrakan pada pekan lalu.';
/** A news story about a study: its text alone reads more like a study than a news page. */
const PROSE = `Judul berita\n\n${PROSE_SENTENCE} ${SENTENCE} ${PROSE_SENTENCE}`;
const NEWS_ARTICLE = { value: 'news', from: 'JSON-LD NewsArticle' } as const;

describe('detectKindWithDeclaration', () => {
  it('reads a page declared a news article as news, saying so', () => {
    expect(detectKindWithDeclaration(PROSE, 'a.txt', undefined).kind).not.toBe('news');
    expect(detectKindWithDeclaration(PROSE, 'a.html', NEWS_ARTICLE)).toEqual({
      kind: 'news',
      confidence: 'strong',
      reasons: ['the page declares a news article (JSON-LD NewsArticle)'],
    });
  });

  it('leaves the kind to the text otherwise', () => {
    expect(detectKindWithDeclaration(THESIS, 'a.html', { value: 'scholarly', from: 'citation_title' }).kind).toBe('thesis-abstract');
    expect(detectKindWithDeclaration(THESIS, 'a.txt', undefined).kind).toBe('thesis-abstract');
  });

  it('gives way to a kind named with --kind', () => {
    expect(detectKindWithDeclaration(PROSE, 'a.html', NEWS_ARTICLE, 'thesis').reasons).toEqual(['--kind thesis given']);
  });

  it('still refuses what is not a document, declared or not', () => {
    expect(() => detectKindWithDeclaration('Berita singkat.', 'a.html', NEWS_ARTICLE)).toThrow(/^a\.html: not a document/);
  });
});
