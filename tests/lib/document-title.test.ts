import { describe, expect, it } from 'vitest';
import { documentTitle, MAX_TITLE_LENGTH, truncateAtWord } from '../../src/lib/document-title.ts';

describe('truncateAtWord', () => {
  it.each([
    ['short', 10, 'short'],
    ['exactly ten', 11, 'exactly ten'],
    ['kerja sama keamanan siber', 14, 'kerja sama…'],
    ['kerja sama keamanan siber', 20, 'kerja sama keamanan…'],
    ['Indonesia, Belanda dan Australia', 20, 'Indonesia, Belanda…'],
    ['Antarnegara-antarwilayah', 10, 'Antarnega…'],
  ])('%j in %i characters is %j', (text, max, expected) => {
    expect(truncateAtWord(text, max)).toBe(expected);
    expect([...truncateAtWord(text, max)].length).toBeLessThanOrEqual(max);
  });
});

describe('documentTitle', () => {
  it('is the site name alone on the home page', () => {
    expect(documentTitle('Lintas', 'Lintas')).toBe('Lintas');
  });

  it('appends the site name to a title that fits', () => {
    expect(documentTitle('Konsep', 'Lintas')).toBe('Konsep · Lintas');
  });

  it('cuts a long title at a word, keeping the site name, within the limit', () => {
    expect(documentTitle('kerja sama keamanan siber', 'Lintas', 25)).toBe('kerja sama… · Lintas');
    const long =
      'Kerja Sama Keamanan Siber antara Indonesia dan Belanda dalam Menangani Kejahatan Siber Lintas Negara Tahun 2018-2023';
    const title = documentTitle(long, 'Lintas');
    expect([...title].length).toBeLessThanOrEqual(MAX_TITLE_LENGTH);
    // The 60 characters of room end exactly after "dalam", so that word is kept whole.
    expect(title).toBe('Kerja Sama Keamanan Siber antara Indonesia dan Belanda dalam… · Lintas');
  });

  it('counts characters, not UTF-16 units', () => {
    const title = documentTitle('𝐀'.repeat(80), 'Lintas', 20);
    expect([...title].length).toBe(20);
  });
});
