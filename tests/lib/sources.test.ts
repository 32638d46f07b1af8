import { describe, expect, it } from 'vitest';
import { publishedSourceNames } from '../../src/lib/sources.ts';

describe('publishedSourceNames', () => {
  it('lists kept names sorted, leaving hidden files out', () => {
    expect(publishedSourceNames(['legal-facts.yaml', '.a.txt.0a1b2c3d.tmp', '000_cd80f2ce729e3ac9.txt'])).toEqual([
      '000_cd80f2ce729e3ac9.txt',
      'legal-facts.yaml',
    ]);
  });

  it('fails on a name that is not a safe slug, naming each file and the name to use', () => {
    expect(() => publishedSourceNames(['ok.txt', 'a#b.txt', 'a%zz.txt'])).toThrow(
      /^content\/sources\/a#b\.txt: not a safe file name; rename it to a-b\.txt\ncontent\/sources\/a%zz\.txt: not a safe file name; rename it to a-zz\.txt\n/,
    );
  });

  it('fails on two names that would be published as one raw file', () => {
    expect(() => publishedSourceNames(['page.html', 'page.html.txt'])).toThrow(
      'content/sources/page.html.txt and content/sources/page.html would both be published as page.html.txt; rename one',
    );
  });
});
