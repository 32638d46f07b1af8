import { describe, expect, it } from 'vitest';
import { buildPhraseIndex, findPhraseMatches, isAbbreviation } from '../../../src/lib/text/find-phrases.ts';
import { tokenizeForMatch } from '../../../src/lib/text/normalize-for-match.ts';

function keysIn(text: string, entries: Array<{ key: string; phrase: string }>, pluralS = false): string[] {
  const index = buildPhraseIndex(entries, { pluralS });
  return findPhraseMatches(tokenizeForMatch(text), index).map((m) => m.key);
}

describe('isAbbreviation', () => {
  it.each([
    ['TPPO', true],
    ['DoS', true],
    ['U.S.', true],
    ['ID-SIRTII', true],
    ['BP2MI', true],
    ['Kemlu', false],
    ['human trafficking', false],
    ['Kerajaan Inggris', false],
    ['2021', false],
  ])('%s -> %s', (phrase, expected) => {
    expect(isAbbreviation(phrase)).toBe(expected);
  });
});

describe('findPhraseMatches', () => {
  const crime = [
    { key: 'tc', phrase: 'transnational crime' },
    { key: 'toc', phrase: 'transnational organized crime' },
    { key: 'oc', phrase: 'organized crime' },
  ];

  it('takes the longest phrase at a place and does not count its parts again', () => {
    expect(keysIn('Transnational organised crime and transnational crime', crime)).toEqual(['toc', 'tc']);
  });

  it('matches whole words only', () => {
    expect(keysIn('scammers and a scamp', [{ key: 'scam', phrase: 'scam' }])).toEqual([]);
  });

  it('compares abbreviations with their case', () => {
    const entries = [{ key: 'us', phrase: 'US' }];
    expect(keysIn('let us go to the US', entries)).toEqual(['us']);
  });

  it('accepts a plural "s" on the last word only when asked', () => {
    const entries = [
      { key: 'actor', phrase: 'state actor' },
      { key: 'igo', phrase: 'IGO' },
    ];
    expect(keysIn('state actors and IGOs', entries, true)).toEqual(['actor', 'igo']);
    expect(keysIn('state actors and IGOs', entries, false)).toEqual([]);
    expect(keysIn('states actor', entries, true)).toEqual([]);
  });

  it('does not match across a clause break', () => {
    expect(keysIn('transnational, crime', crime)).toEqual([]);
  });

  it('reports token positions', () => {
    const index = buildPhraseIndex(crime);
    expect(findPhraseMatches(tokenizeForMatch('the organized crime'), index)).toEqual([{ key: 'oc', start: 1, end: 3 }]);
  });

  it('refuses one phrase for two keys but accepts repeats for one key', () => {
    expect(() =>
      buildPhraseIndex([
        { key: 'a', phrase: 'kerja sama' },
        { key: 'b', phrase: 'Kerjasama' },
      ]),
    ).toThrow(/kerjasama.*a.*b|b.*a/i);
    expect(() =>
      buildPhraseIndex([
        { key: 'a', phrase: 'kerja sama' },
        { key: 'a', phrase: 'Kerjasama' },
      ]),
    ).not.toThrow();
  });
});
