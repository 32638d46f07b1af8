import { describe, expect, it } from 'vitest';
import { cutAtOpeningPart } from '../../../../src/lib/ingest/thesis/title-run-on.ts';

describe('cutAtOpeningPart', () => {
  const title = 'Kerja Sama Indonesia dan Malaysia';

  it('cuts at the part that opens the title when the rest runs on, and hands the rest as printed and as matched', () => {
    const seen: unknown[] = [];
    const cut = cutAtOpeningPart(`${title} Rina Kartika, S.H.`, ['Other Title', title], (rest, part) => {
      seen.push({ rest, part });
      return true;
    });
    expect(cut).toBe(title);
    expect(seen).toEqual([{ rest: { words: 'Rina Kartika, S.H.', matched: ' rina kartika s h' }, part: title }]);
  });

  it('keeps the title when the rest belongs to it, or when no part opens it', () => {
    expect(cutAtOpeningPart(`${title} di Selat Malaka`, [title], () => false)).toBe(`${title} di Selat Malaka`);
    expect(cutAtOpeningPart(title, ['Kerja Sama Indonesia dan Malaysia di Selat Malaka'], () => true)).toBe(title);
    expect(cutAtOpeningPart(title, [title], () => true)).toBe(title);
  });
});
