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

  describe('Indonesian forms, when asked', () => {
    const terms = [
      { key: 'coop', phrase: 'kerja sama' },
      { key: 'cyber', phrase: 'keamanan siber' },
      { key: 'bssn', phrase: 'BSSN' },
    ];
    const indonesian = (text: string) =>
      findPhraseMatches(tokenizeForMatch(text), buildPhraseIndex(terms, { indonesianForms: true })).map(
        ({ key, start, end }) => `${key} ${start}-${end}`,
      );

    it('takes a clitic on the last word, attached or after a hyphen, and not otherwise', () => {
      expect(indonesian('kerjasamanya')).toEqual(['coop 0-2']);
      expect(indonesian('keamanan siber-nya baik')).toEqual(['cyber 0-3']);
      expect(keysIn('kerjasamanya', terms)).toEqual([]);
    });

    it('takes no clitic on an abbreviation', () => {
      expect(indonesian('BSSNnya dan BSSN')).toEqual(['bssn 2-3']);
    });

    it('takes the whole term reduplicated, joined by a hyphen without spaces', () => {
      expect(indonesian('kerja sama-kerja sama')).toEqual(['coop 0-4']);
      expect(indonesian('kerja sama - kerja sama')).toEqual(['coop 0-2', 'coop 2-4']);
    });
  });

  it('runs across brackets and quotation marks unless told not to', () => {
    const entries = [{ key: 'dos', phrase: 'DoS attack' }];
    expect(keysIn('(DoS) attack', entries)).toEqual(['dos']);
    const index = buildPhraseIndex(entries, { stopAtEnclosures: true });
    expect(findPhraseMatches(tokenizeForMatch('(DoS) attack and "DoS" attack'), index)).toEqual([]);
  });
});

