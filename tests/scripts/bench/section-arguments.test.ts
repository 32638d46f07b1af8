import { describe, expect, it } from 'vitest';
import { parseSectionArguments } from '../../../scripts/bench/section-arguments.ts';

const KNOWN = ['graph', 'build', 'search'];

describe('parseSectionArguments', () => {
  it('gives each section the sizes written after it', () => {
    expect(parseSectionArguments(['build', '1000', '5,000', 'search', 'graph', '10_000'], KNOWN)).toEqual({
      sections: [
        { name: 'build', sizes: [1000, 5000] },
        { name: 'search', sizes: [] },
        { name: 'graph', sizes: [10000] },
      ],
    });
  });

  it('gives no section when none is named', () => {
    expect(parseSectionArguments([], KNOWN)).toEqual({ sections: [] });
  });

  it.each([
    [['1000', 'build'], 'size 1000 names no section'],
    [['build', '0'], 'size 0: expected a positive number'],
    [['build', 'fast'], 'unknown section or size: fast'],
    [['build', '1e3'], 'unknown section or size: 1e3'],
  ])('refuses %j', (args, message) => {
    const parsed = parseSectionArguments(args, KNOWN);
    expect('error' in parsed && parsed.error).toContain(message);
  });
});
