import { describe, expect, it } from 'vitest';
import { slugify } from '../../src/lib/slug.ts';

describe('slugify', () => {
  it.each([
    ['Kemlu: 12.000 WNI Terdampak Kejahatan Transnasional', 'kemlu-12-000-wni-terdampak-kejahatan-transnasional'],
    ['Kerja sama Indonesia dan Belanda', 'kerja-sama-indonesia-belanda'],
    ['Café — Sätteri', 'cafe-satteri'],
    ['The Of And', 'the-of-and'],
    ['   ', ''],
  ])('%s → %s', (input, expected) => {
    expect(slugify(input)).toBe(expected);
  });

  it('cuts at a word boundary within the limit', () => {
    const slug = slugify('alpha beta gamma delta epsilon', 16);
    expect(slug).toBe('alpha-beta-gamma');
    expect(slug.length).toBeLessThanOrEqual(16);
  });

  it('cuts a single overlong word hard', () => {
    expect(slugify('a'.repeat(80), 10)).toBe('a'.repeat(10));
  });
});
