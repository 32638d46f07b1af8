import { describe, expect, it } from 'vitest';
import { normalizeForMatch, otherSpelling, tokenizeForMatch } from '../../../src/lib/text/normalize-for-match.ts';

describe('normalizeForMatch', () => {
  it.each([
    ['Kerja Sama  Bilateral', 'kerja sama bilateral'],
    ['kerjasama bilateral', 'kerja sama bilateral'],
    ['KERJASAMA\n\nBILATERAL', 'kerja sama bilateral'],
    ['kerja-sama bilateral', 'kerja sama bilateral'],
    ['bekerjasama', 'bekerja sama'],
    ['non-tradisional', 'non tradisional'],
    ['non- tradisional', 'non tradisional'],
    ['nontradisional', 'non tradisional'],
    ['aktor nonnegara', 'aktor non negara'],
    ['antarnegara', 'antar negara'],
    ['*Cybercrime*', 'cyber crime'],
    ['Cyber-Crime', 'cyber crime'],
    ['cybersecurity', 'cyber security'],
    ['Türkiye', 'turkiye'],
    ['Curaçao', 'curacao'],
    ['transnational organised crime', 'transnational organized crime'],
    ['international organisations', 'international organizations'],
    ['EFEKTIFITAS INTERPOL', 'efektivitas interpol'],
    ['National Central Bureau (NCB)-Interpol', 'national central bureau ncb interpol'],
  ])('%j -> %j', (input, expected) => {
    expect(normalizeForMatch(input)).toBe(expected);
  });

  it('leaves words that only look like compounds alone', () => {
    expect(normalizeForMatch('cyber noncompliance antartika')).toBe('cyber noncompliance antartika');
  });
});

describe('otherSpelling', () => {
  it.each([
    ['efektivitas', 'efektifitas'],
    ['efektifitas', 'efektivitas'],
    ['organised', 'organized'],
    ['organizations', 'organisations'],
    ['interpol', undefined],
  ])('%j -> %j', (word, expected) => {
    expect(otherSpelling(word)).toBe(expected);
  });
});

describe('tokenizeForMatch', () => {
  it('keeps the offsets and the written case of each word', () => {
    const text = 'Kemlu RI, dolar AS';
    const tokens = tokenizeForMatch(text);
    expect(tokens.map((t) => t.cased)).toEqual(['Kemlu', 'RI', 'dolar', 'AS']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['Kemlu', 'RI', 'dolar', 'AS']);
  });

  it('marks clause and sentence breaks, but not a dot inside an abbreviation or a line break', () => {
    const tokens = tokenizeForMatch('U.S. policy, then Interpol. Indonesia\nkerja\n\nsama');
    expect(tokens.map((t) => [t.norm, t.breakBefore])).toEqual([
      ['u', false],
      ['s', false],
      ['policy', true],
      ['then', true],
      ['interpol', false],
      ['indonesia', true],
      ['kerja', false],
      ['sama', false],
    ]);
  });

  it('marks a word joined by a bare hyphen, and one after a bracket or quotation mark', () => {
    const tokens = tokenizeForMatch('kerja sama-nya, sama - nya (DoS) "scam" kerjasama');
    expect(tokens.map((t) => [t.norm, t.hyphenBefore, t.enclosureBefore])).toEqual([
      ['kerja', false, false],
      ['sama', false, false],
      ['nya', true, false],
      ['sama', false, false],
      ['nya', false, false],
      ['dos', false, true],
      ['scam', false, true],
      ['kerja', false, true],
      ['sama', false, false],
    ]);
  });

  it('gives both words of a split compound the offsets of the written word', () => {
    const [kerja, sama] = tokenizeForMatch('Kerjasama');
    expect([kerja?.norm, sama?.norm]).toEqual(['kerja', 'sama']);
    expect([kerja?.start, kerja?.end, sama?.start, sama?.end]).toEqual([0, 9, 0, 9]);
  });
});
