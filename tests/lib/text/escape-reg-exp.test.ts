import { describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../../src/lib/text/escape-reg-exp.ts';

describe('escapeRegExp', () => {
  it('makes a pattern that matches the text as written', () => {
    const text = 'U.S. (Federal) a+b [1]/2 $x^y|z \\ ?*{}';
    expect(new RegExp(`^${escapeRegExp(text)}$`).test(text)).toBe(true);
    expect(new RegExp(escapeRegExp('U.S.')).test('UxSx')).toBe(false);
  });
});
