import { describe, expect, it } from 'vitest';
import { formatBytes, formatCount, formatSeconds, formatTable } from '../../../scripts/bench/measure.ts';

describe('formatBytes', () => {
  it.each([
    [512, '1 KB'],
    [100 * 1024, '100 KB'],
    [1.5 * 1024 * 1024, '1.5 MB'],
    [1024 * 1024 * 1024 * 1.25, '1.25 GB'],
    [1024 * 1024 * 1023, '1023 MB'],
  ])('%i bytes as %s', (bytes, shown) => {
    expect(formatBytes(bytes)).toBe(shown);
  });
});

describe('formatSeconds', () => {
  it.each([
    [1254, '1.25 s'],
    [68_040, '68.0 s'],
    [457_000, '457.0 s'],
  ])('%i ms as %s', (ms, shown) => {
    expect(formatSeconds(ms)).toBe(shown);
  });
});

describe('formatCount', () => {
  it('separates thousands with commas and rounds', () => {
    expect(formatCount(10000)).toBe('10,000');
    expect(formatCount(4181.4)).toBe('4,181');
  });
});

describe('formatTable', () => {
  it('right-aligns every column to its widest cell', () => {
    expect(formatTable([['a', 'bb'], ['ccc', 'd']])).toBe('  a  bb\nccc   d');
  });
});
