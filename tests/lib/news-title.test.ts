import { describe, expect, it } from 'vitest';
import { newsTitle } from '../../src/lib/news-title.ts';

describe('newsTitle', () => {
  it('is the headline, in the article\'s language', () => {
    expect(newsTitle({ headline: 'Police get help from Australia', language: 'en' }, 'id')).toEqual({
      lang: 'en',
      text: 'Police get help from Australia',
    });
  });

  it.each([
    ['id', 'Berita tanpa judul'],
    ['en', 'Untitled news item'],
  ] as const)('says in %s that the source gives no headline', (locale, label) => {
    expect(newsTitle({ language: 'en' }, locale)).toEqual({ lang: locale, text: label });
  });
});
