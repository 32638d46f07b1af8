import { describe, expect, it } from 'vitest';
import { isSourceFileSlug, sourceFileSlug } from '../../src/lib/slug.ts';

describe('sourceFileSlug', () => {
  it.each([
    ['000_cd80f2ce729e3ac9.txt', '000_cd80f2ce729e3ac9.txt'],
    ['legal-facts.yaml', 'legal-facts.yaml'],
    ['a#b.txt', 'a-b.txt'],
    ['a?b.txt', 'a-b.txt'],
    ['a%41b.txt', 'a-41b.txt'],
    ['a%zz.txt', 'a-zz.txt'],
    ['Laporan Akhir (v2).TXT', 'laporan-akhir-v2.txt'],
    ['Skripsi Sätteri.txt', 'skripsi-satteri.txt'],
    ['..txt', 'source.txt'],
    ['.hidden', 'hidden'],
    ['berita', 'berita'],
    ['a..b.txt', 'a-b.txt'],
    ['ワード.txt', 'source.txt'],
    ['name.with spaces', 'name-with-spaces'],
  ])('%s → %s', (input, expected) => {
    const slug = sourceFileSlug(input);
    expect(slug).toBe(expected);
    expect(isSourceFileSlug(slug)).toBe(true);
  });

  it('keeps a long name within the limit, with its extension', () => {
    const slug = sourceFileSlug(`${'Kata '.repeat(40)}.txt`);
    expect(slug.length).toBeLessThanOrEqual(100);
    expect(slug).toMatch(/^kata-kata-[a-z-]*\.txt$/);
    expect(isSourceFileSlug(slug)).toBe(true);
  });
});

describe('isSourceFileSlug', () => {
  it.each(['a#b.txt', 'A.txt', '.x.txt', 'a/b.txt', 'a..txt', 'a b.txt', 'x.txt.', '', 'a'.repeat(101)])(
    'refuses %j',
    (name) => {
      expect(isSourceFileSlug(name)).toBe(false);
    },
  );
});
