import { describe, expect, it } from 'vitest';
import { distinctNameWords, searchableWords } from '../../../src/lib/search/search-words.ts';

describe('searchableWords', () => {
  it('leaves out Indonesian and English function words, whatever their case', () => {
    expect(searchableWords('Badan Siber dan Sandi Negara')).toBe('Badan Siber Sandi Negara');
    expect(searchableWords('The Protocol of the Convention')).toBe('Protocol Convention');
    expect(searchableWords('korban yang diperdagangkan ke Malaysia')).toBe('korban diperdagangkan Malaysia');
  });

  it('keeps topic words, acronyms and citations as typed', () => {
    expect(searchableWords('  perdagangan   orang ')).toBe('perdagangan orang');
    expect(searchableWords('Perpres 53/2017 BSSN')).toBe('Perpres 53/2017 BSSN');
  });

  it('keeps a query of nothing but function words whole, so it still searches something', () => {
    expect(searchableWords('dan yang')).toBe('dan yang');
    expect(searchableWords('')).toBe('');
  });
});

describe('distinctNameWords', () => {
  it('keeps each word of the names once, whatever its case, in the order first met', () => {
    expect(distinctNameWords(['human trafficking', 'trafficking in persons', 'Trafficking', 'TPPO'])).toBe('human trafficking persons TPPO');
  });

  it('leaves out function words, which no query searches', () => {
    expect(distinctNameWords(['Badan Siber dan Sandi Negara', 'the Protocol of the Convention'])).toBe('Badan Siber Sandi Negara Protocol Convention');
  });

  it('gives nothing for no names', () => {
    expect(distinctNameWords([])).toBe('');
  });
});
