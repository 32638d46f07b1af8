import { describe, expect, it } from 'vitest';
import { t } from '../../../src/lib/i18n/ui.ts';

describe('t', () => {
  it('returns the string of the requested language', () => {
    expect(t('id', 'collection.news')).toBe('Berita');
    expect(t('en', 'collection.news')).toBe('News');
    expect(t('id', 'meta.notGiven')).toBe('tidak disebut dalam sumber');
    expect(t('en', 'meta.notGiven')).toBe('not given in the source');
  });

  it('fills placeholders', () => {
    expect(t('id', 'list.count', { n: 3 })).toBe('3 entri');
    expect(t('en', 'concept.entryCount', { n: 12 })).toBe('12 entries');
  });

  it('refuses to leave a placeholder unfilled', () => {
    expect(() => t('en', 'list.count')).toThrow(/\{n\}/);
  });

  it('rejects unknown keys, at compile time and at run time', () => {
    // @ts-expect-error: not a UI key, so `tsc`/`astro check` must reject this line.
    expect(() => t('id', 'no.such.key')).toThrow();
  });
});
