import { describe, expect, it } from 'vitest';
import { formatCitedAuthors, formatCitedWork } from '../../../src/lib/citations/format-cited-work.ts';

describe('formatCitedAuthors', () => {
  it.each([
    [{ authors: ['Zulkifli'], etAl: false }, 'id', 'Zulkifli'],
    [{ authors: ['Arianto', 'Anggraini'], etAl: false }, 'en', 'Arianto & Anggraini'],
    [{ authors: ['Buzan', 'Wæver', 'de Wilde'], etAl: false }, 'en', 'Buzan, Wæver & de Wilde'],
    [{ authors: ['Jelita'], etAl: true }, 'id', 'Jelita dkk.'],
    [{ authors: ['Jelita'], etAl: true }, 'en', 'Jelita et al.'],
  ] as const)('writes %o in %s as %s', (work, locale, expected) => {
    expect(formatCitedAuthors({ authors: [...work.authors], etAl: work.etAl }, locale)).toBe(expected);
  });

  it('adds the year in brackets', () => {
    expect(formatCitedWork({ authors: ['Buzan'], etAl: true, year: '1998' }, 'en')).toBe('Buzan et al. (1998)');
  });
});
