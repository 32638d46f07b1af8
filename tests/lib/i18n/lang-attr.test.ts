import { describe, expect, it } from 'vitest';
import { langAttr } from '../../../src/lib/i18n/lang-attr.ts';
import { orderByPageLang } from '../../../src/lib/i18n/localized-text.ts';

describe('langAttr', () => {
  it.each([
    ['id', 'id', undefined],
    ['en', 'en', undefined],
    ['id', 'en', 'id'],
    ['en', 'id', 'en'],
  ] as const)('text in %s on a %s page gives %s', (text, page, expected) => {
    expect(langAttr(text, page)).toBe(expected);
  });
});

describe('orderByPageLang', () => {
  it('puts the page language first', () => {
    const title = { id: 'Kerja sama', en: 'Cooperation' };
    expect(orderByPageLang(title, 'en')).toEqual([
      { lang: 'en', text: 'Cooperation' },
      { lang: 'id', text: 'Kerja sama' },
    ]);
    expect(orderByPageLang(title, 'id')[0]).toEqual({ lang: 'id', text: 'Kerja sama' });
  });

  it('falls back to the language there is, and to nothing', () => {
    expect(orderByPageLang({ id: 'Hanya Indonesia' }, 'en')).toEqual([{ lang: 'id', text: 'Hanya Indonesia' }]);
    expect(orderByPageLang({}, 'id')).toEqual([]);
  });
});
