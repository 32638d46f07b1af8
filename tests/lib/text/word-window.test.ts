import { describe, expect, it } from 'vitest';
import { isSpaceAt, lastWordBefore, wordsAfter, wordsBefore } from '../../../src/lib/text/word-window.ts';

describe('isSpaceAt', () => {
  it('agrees with \\s on spaces and on letters', () => {
    const sample = ' \t\u00a0\u2009\u3000a.1“';
    for (let i = 0; i < sample.length; i++) expect(isSpaceAt(sample, i)).toBe(/\s/.test(sample[i]!));
  });
});

describe('wordsAfter', () => {
  it('reads the given number of words with the spaces after them', () => {
    expect(wordsAfter('”  kata Menteri Sugiono di Jakarta.', 1, 3)).toBe('  kata Menteri Sugiono ');
  });

  it('stops at the end of the line', () => {
    expect(wordsAfter('a b\nc d e', 0, 4)).toBe('a b');
  });
});

describe('wordsBefore', () => {
  it('opens on the start of a word, the given number of words back', () => {
    expect(wordsBefore('Menurut Kepala PPATK Ivan, “', 27, 3)).toBe('Kepala PPATK Ivan, ');
  });

  it('stops at the start of the line', () => {
    expect(wordsBefore('a b\nc d', 7, 5)).toBe('c d');
  });
});

describe('lastWordBefore', () => {
  it('returns the last word and the spaces after it, across a line break', () => {
    expect(lastWordBefore('terjadi pada\n\n2025', 14)).toBe('pada\n\n');
    expect(lastWordBefore('2025', 0)).toBe('');
  });
});
