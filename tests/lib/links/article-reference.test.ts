import { describe, expect, it } from 'vitest';
import { findArticleReference } from '../../../src/lib/links/article-reference.ts';

/** The article cited around the first occurrence of `name` in `text`, as `article/ayat: words`. */
function cited(text: string, name: string): string | undefined {
  const start = text.indexOf(name);
  const reference = findArticleReference(text, start, start + name.length);
  return reference && `${reference.article}/${reference.ayat ?? '-'}: ${text.slice(reference.start, reference.end)}`;
}

describe('findArticleReference', () => {
  it.each([
    ['dijerat Pasal 27 ayat (3) UU ITE.', 'UU ITE', '27/3: Pasal 27 ayat (3)'],
    ['menurut Pasal 2 UU 21/2007', 'UU 21/2007', '2/-: Pasal 2'],
    ['Pasal 4 ayat (1) Perpres 53 Tahun 2017', 'Perpres 53 Tahun 2017', '4/1: Pasal 4 ayat (1)'],
    ['pasal 45 ayat 3 dari UU ITE', 'UU ITE', '45/3: pasal 45 ayat 3'],
    ['Pasal 27 ayat (3) huruf a UU ITE', 'UU ITE', '27/3: Pasal 27 ayat (3) huruf a'],
    ['as Article 5 of UNTOC requires', 'UNTOC', '5/-: Article 5'],
    ['Article 5(1) of the Palermo Convention', 'Palermo Convention', '5/1: Article 5(1)'],
    ['Article 16, paragraph 4, of the Palermo Convention', 'Palermo Convention', '16/4: Article 16, paragraph 4'],
    ['diatur UU ITE Pasal 27 ayat (3) tentang', 'UU ITE', '27/3: Pasal 27 ayat (3)'],
    ['Pasal 12A Perpres 53/2017', 'Perpres 53/2017', '12A/-: Pasal 12A'],
  ])('reads %j', (text, name, expected) => {
    expect(cited(text, name)).toBe(expected);
  });

  it.each([
    ['Pasal 27 ayat (3) dan juga UU ITE', 'UU ITE'],
    ['Pasal 27. UU ITE berlaku', 'UU ITE'],
    ['UU ITE. Pasal 5 mengatur hal lain', 'UU ITE'],
    ['Pasal27 UU ITE', 'UU ITE'],
    ['the Article 5 Group and UNTOC', 'UNTOC'],
  ])('reads no article in %j: the words do not touch the name', (text, name) => {
    expect(cited(text, name)).toBeUndefined();
  });

  it('reads no further back than it is allowed', () => {
    const text = 'Pasal 27 ayat (3) UU ITE';
    expect(findArticleReference(text, 18, 24, 9)).toBeUndefined();
  });
});
