import { describe, expect, it } from 'vitest';
import { outletNameOf } from '../../../../src/lib/ingest/news/known-outlets.ts';

describe('outletNameOf', () => {
  it('names an outlet that signs its dateline with an abbreviation', () => {
    expect(outletNameOf('JP')).toBe('The Jakarta Post');
  });

  it('keeps any other form as written', () => {
    expect(outletNameOf('VIVA')).toBe('VIVA');
    expect(outletNameOf('KOMPAS.com')).toBe('KOMPAS.com');
  });
});
