import { describe, expect, it } from 'vitest';
import { HIJRI_AFTER_YEAR, HIJRI_YEAR } from '../../../../src/lib/ingest/thesis/hijri-year.ts';

describe('the Hijri year patterns', () => {
  it('match a Hijri year as covers print it, and no Gregorian year', () => {
    const alone = new RegExp(`^${HIJRI_YEAR}$`, 'u');
    expect(['1439 H', '1445H', '1445 H.'].every((text) => alone.test(text))).toBe(true);
    expect(alone.test('2018')).toBe(false);
  });

  it('match what may follow a Gregorian year: "/1439 H", " M/1445 H", or nothing', () => {
    const after = new RegExp(`^2018${HIJRI_AFTER_YEAR}$`, 'u');
    expect(['2018', '2018/1439 H', '2018 M/1439 H', '2018 M'].every((text) => after.test(text))).toBe(true);
    expect(after.test('2018/2019')).toBe(false);
  });
});
