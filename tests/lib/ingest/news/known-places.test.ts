import { describe, expect, it } from 'vitest';
import { isKnownPlace } from '../../../../src/lib/ingest/news/known-places.ts';

describe('isKnownPlace', () => {
  it('knows towns and cities in any case, by their names of more than one word too', () => {
    expect(isKnownPlace('JAKARTA')).toBe(true);
    expect(isKnownPlace('Pontianak')).toBe(true);
    expect(isKnownPlace('Phnom Penh')).toBe(true);
  });

  it('does not know a site name', () => {
    expect(isKnownPlace('BERITAKITAHARIINI')).toBe(false);
  });
});
