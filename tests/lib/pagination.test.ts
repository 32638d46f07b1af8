import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { laterPages, PAGE_SIZE, pageCount, pageItems, pageLinks } from '../../src/lib/pagination.ts';

describe('pages of a list', () => {
  it('puts every item on exactly one page, in order, no page over the size', () => {
    fc.assert(
      fc.property(fc.nat(400), fc.integer({ min: 1, max: 60 }), (total, size) => {
        const items = Array.from({ length: total }, (_, n) => n);
        const pages = [1, ...laterPages(total, size)].map((page) => pageItems(items, page, size));
        expect(pages).toHaveLength(pageCount(total, size));
        expect(pages.flat()).toEqual(items);
        for (const page of pages) expect(page.length).toBeLessThanOrEqual(size);
        // Only the last page may be short, and no page but an empty list's only page is empty.
        for (const page of pages.slice(0, -1)) expect(page).toHaveLength(size);
        if (total > 0) expect(pages.at(-1)!.length).toBeGreaterThan(0);
      }),
    );
  });

  it('gives an empty or short list one page and no later ones', () => {
    expect(pageCount(0)).toBe(1);
    expect(laterPages(0)).toEqual([]);
    expect(laterPages(PAGE_SIZE)).toEqual([]);
    expect(laterPages(PAGE_SIZE + 1)).toEqual([2]);
    expect(laterPages(3 * PAGE_SIZE + 1)).toEqual([2, 3, 4]);
  });

  it('keeps an item on the same page when items are added after it (stable page addresses)', () => {
    const items = Array.from({ length: 3 * PAGE_SIZE }, (_, n) => n);
    const longer = [...items, ...Array.from({ length: PAGE_SIZE }, (_, n) => 1000 + n)];
    for (const page of [1, 2, 3]) expect(pageItems(longer, page)).toEqual(pageItems(items, page));
  });
});

describe('pageLinks', () => {
  it.each([
    [1, 1, [1]],
    [1, 3, [1, 2, 3]],
    [1, 10, [1, 2, 3, undefined, 10]],
    [5, 10, [1, 2, 3, 4, 5, 6, 7, undefined, 10]],
    [10, 10, [1, undefined, 8, 9, 10]],
    [50, 200, [1, undefined, 48, 49, 50, 51, 52, undefined, 200]],
  ])('page %i of %i links to %j', (current, count, expected) => {
    expect(pageLinks(current, count)).toEqual(expected);
  });

  it('always offers the first, the last and the neighbours, in order, at most nine links', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 5000 }).chain((count) => fc.tuple(fc.integer({ min: 1, max: count }), fc.constant(count))), ([current, count]) => {
        const links = pageLinks(current, count);
        const pages = links.filter((n): n is number => n !== undefined);
        expect(pages).toEqual([...pages].sort((a, b) => a - b));
        expect(pages).toContain(1);
        expect(pages).toContain(count);
        expect(pages).toContain(current);
        if (current > 1) expect(pages).toContain(current - 1);
        if (current < count) expect(pages).toContain(current + 1);
        expect(links.length).toBeLessThanOrEqual(9);
      }),
    );
  });
});
