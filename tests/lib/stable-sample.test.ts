import { describe, expect, it } from 'vitest';
import { stableSample } from '../../src/lib/stable-sample.ts';

const paths = Array.from({ length: 40 }, (_, i) => `studies/entry-${i}.md`);
const same = (path: string) => path;

describe('stableSample', () => {
  it('keeps what `keep` accepts and adds at most `size` others', () => {
    const sample = stableSample(paths, same, 5, (path) => path.endsWith('-0.md') || path.endsWith('-1.md'));
    expect(sample.slice(0, 2)).toEqual(['studies/entry-0.md', 'studies/entry-1.md']);
    expect(sample).toHaveLength(7);
    expect(new Set(sample).size).toBe(7);
  });

  it('gives the same items whatever the order of the list', () => {
    expect(stableSample([...paths].reverse(), same, 6)).toEqual(stableSample(paths, same, 6));
  });

  it('changes by at most the new item when one is added', () => {
    const before = stableSample(paths, same, 6);
    const after = stableSample([...paths, 'studies/new-entry.md'], same, 6);
    const dropped = before.filter((path) => !after.includes(path));
    expect(dropped.length).toBeLessThanOrEqual(1);
    expect(after.filter((path) => !before.includes(path)).every((path) => path === 'studies/new-entry.md')).toBe(true);
  });

  it('returns every item when there are fewer than the size, and none for a size of 0', () => {
    expect(stableSample(paths.slice(0, 3), same, 10)).toHaveLength(3);
    expect(stableSample(paths, same, 0)).toEqual([]);
  });
});
