import { describe, expect, it } from 'vitest';
import { hitPlaces, paragraphSnippet, type PageAnchor } from '../../../src/lib/search/hit-paragraphs.ts';

const anchor = (element: string, id: string, location: number): PageAnchor => ({ element, id, text: id, location });
const anchors = [anchor('h2', 'sec-intro', 10), anchor('p', 'p-aaaa1111', 11), anchor('p', 'p-bbbb2222', 30), anchor('section', 'review', 50)];

describe('hitPlaces', () => {
  it('places each hit in the last paragraph or heading starting at or before it, most hits first', () => {
    const places = hitPlaces(anchors, [12, 31, 33, 35], 3);
    expect(places.map(({ anchor: { id }, hits }) => [id, hits])).toEqual([
      ['p-bbbb2222', 3],
      ['p-aaaa1111', 1],
    ]);
  });

  it('gives no place to hits before the first anchor (title, metadata, synonyms)', () => {
    expect(hitPlaces(anchors, [0, 5], 3)).toEqual([]);
  });

  it('never sends a reader to an element that is not read (a section wrapper)', () => {
    expect(hitPlaces(anchors, [55], 3).map(({ anchor: { id } }) => id)).toEqual(['p-bbbb2222']);
  });

  it('keeps at most the limit, in page order among equals', () => {
    expect(hitPlaces(anchors, [10, 12], 1).map(({ anchor: { id } }) => id)).toEqual(['sec-intro']);
  });
});

describe('paragraphSnippet', () => {
  const text = Array.from({ length: 30 }, (_, i) => `w${i}`).join(' ');

  it('shows the hit word with up to eight words each side, marking where the paragraph goes on', () => {
    const snippet = paragraphSnippet(text, 15);
    expect(snippet.hit).toBe('w15');
    expect(snippet.before).toBe('… w7 w8 w9 w10 w11 w12 w13 w14 ');
    expect(snippet.after).toBe(' w16 w17 w18 w19 w20 w21 w22 w23 …');
  });

  it('starts at the paragraph for an offset outside it', () => {
    expect(paragraphSnippet('one two', 9)).toEqual({ before: '', hit: 'one', after: ' two' });
  });
});
