import { describe, expect, it } from 'vitest';
import { trimChars, WHITESPACE } from '../../../src/lib/text/trim-chars.ts';

describe('trimChars', () => {
  it.each([
    ['**BAB I**', '*_#', '*_', 'BAB I'],
    ['## ABSTRAK', '*_#', '*_', ' ABSTRAK'],
    ['***', '*_', '*_', ''],
    ['a** b', '*_', '*_', 'a** b'],
    ['Daftar Isi :  ', '', `:${WHITESPACE}`, 'Daftar Isi'],
  ])('trims %j to %j', (text, leading, trailing, expected) => {
    expect(trimChars(text, leading, trailing)).toBe(expected);
  });

  it('trims the end of what is left after the start, as /^[..]+|[..]+$/g does', () => {
    const text = '  ..  ';
    const set = ` .`;
    expect(trimChars(text, ' ', set)).toBe(text.replace(/^ +|[ .]+$/g, ''));
  });

  it('keeps a long run of markers that does not reach the end', () => {
    const text = `${'*'.repeat(200_000)}a`;
    expect(trimChars(text, '', '*')).toBe(text);
  });

  it('lists exactly the characters \\s matches among the first 65536', () => {
    const spaces = Array.from({ length: 0x10000 }, (_, code) => String.fromCharCode(code)).filter((c) => /\s/.test(c));
    expect([...WHITESPACE].sort()).toEqual(spaces.sort());
  });
});
