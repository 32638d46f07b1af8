import { describe, expect, it } from 'vitest';
import { readDigits, readScale, scaleNumber } from '../../../../src/lib/ingest/news/localised-number.ts';

describe('readDigits', () => {
  it.each([
    ['12.000', 'id', '12000'],
    ['7,9', 'id', '7.9'],
    ['1.234.567,5', 'id', '1234567.5'],
    ['3.73', 'id', '3.73'],
    ['12,000', 'en', '12000'],
    ['3.73', 'en', '3.73'],
    ['1,234,567.5', 'en', '1234567.5'],
    ['474', 'en', '474'],
  ] as const)('reads %s in %s as %s', (raw, lang, decimal) => {
    expect(readDigits(raw, lang)).toBe(decimal);
  });

  it('rejects malformed groups', () => {
    expect(readDigits('12.00.000', 'id')).toBeUndefined();
    expect(readDigits('1234.567.890', 'id')).toBeUndefined();
  });
});

describe('readScale', () => {
  it('reads scale words of both languages', () => {
    expect(readScale(' juta dolar', 'id', false)).toEqual({ power: 6, length: 5 });
    expect(readScale(' miliar', 'id', true)).toEqual({ power: 9, length: 7 });
    expect(readScale(' triliun.', 'id', true)).toEqual({ power: 12, length: 8 });
    expect(readScale(' million', 'en', true)).toEqual({ power: 6, length: 8 });
    expect(readScale('bn in losses', 'en', true)).toEqual({ power: 9, length: 2 });
  });

  it('reads one-letter scales only after money, "M" by language', () => {
    expect(readScale(' M', 'id', true)?.power).toBe(9);
    expect(readScale('M', 'en', true)?.power).toBe(6);
    expect(readScale(' M', 'id', false)).toBeUndefined();
    expect(readScale(' Maret', 'id', true)).toBeUndefined();
  });
});

describe('scaleNumber', () => {
  it('scales without floating-point drift', () => {
    expect(scaleNumber('7.9', 12)).toBe(7_900_000_000_000);
    expect(scaleNumber('11.5', 9)).toBe(11_500_000_000);
    expect(scaleNumber('0.1', 1)).toBe(1);
  });
});
