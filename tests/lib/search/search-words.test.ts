import { describe, expect, it } from 'vitest';
import { searchableWords } from '../../../src/lib/search/search-words.ts';

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
