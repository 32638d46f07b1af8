import { describe, expect, it } from 'vitest';
import { assemblePageLines, type TextPiece } from '../../../../src/lib/ingest/formats/pdf-lines.ts';

const piece = (text: string, x: number, y: number, width = text.length * 5): TextPiece => ({ text, x, y, width, height: 10 });

describe('assemblePageLines', () => {
  it('puts pieces on one baseline into one line, in x order, whatever order they were drawn in', () => {
    expect(assemblePageLines([piece('world', 60, 700), piece('Hello', 20, 700), piece('Next line', 20, 686)])).toEqual([
      'Hello world',
      'Next line',
    ]);
  });

  it('marks a gap clearly wider than the usual line spacing with an empty line', () => {
    const lines = [piece('One', 20, 700), piece('two', 20, 686), piece('three', 20, 672), piece('New paragraph', 20, 640)];
    expect(assemblePageLines(lines)).toEqual(['One', 'two', 'three', '', 'New paragraph']);
  });

  it('reads a two-column page column by column, with a full-width title above and page number below', () => {
    const left = ['left one', 'left two', 'left three'].map((text, i) => piece(text, 50, 700 - i * 14, 200));
    const right = ['right one', 'right two', 'right three'].map((text, i) => piece(text, 320, 700 - i * 14, 200));
    // Drawn row by row, as some writers do: left, right, left, right...
    const drawn = left.flatMap((l, i) => [l, right[i]!]);
    const title = piece('A title across both columns', 50, 730, 470);
    const number = piece('7', 290, 40, 6);
    expect(assemblePageLines([title, ...drawn, number])).toEqual([
      'A title across both columns',
      '',
      'left one',
      'left two',
      'left three',
      'right one',
      'right two',
      'right three',
      '',
      '7',
    ]);
  });

  it('keeps a single-column page with a few right-aligned lines as one column', () => {
    const page = [piece('Body text runs the full width of the page here', 50, 700, 470), piece('Makassar, 2023', 400, 686, 120)];
    expect(assemblePageLines(page)).toEqual(['Body text runs the full width of the page here', 'Makassar, 2023']);
  });

  it('adds a space between pieces the writer placed apart without one, and none inside a word', () => {
    expect(assemblePageLines([piece('Kata', 20, 700, 20), piece('kunci', 44, 700, 25), piece('an', 69, 700, 10)])).toEqual(['Kata kuncian']);
  });

  it('returns nothing for a page without text', () => {
    expect(assemblePageLines([piece('   ', 20, 700)])).toEqual([]);
  });
});
