/**
 * A sample of a list that stays the same from run to run and barely moves as the list grows:
 * items are ranked by the sha256 of a key (such as a file path), so adding an item changes the
 * sample only when the new item ranks among the first.
 */
import { createHash } from 'node:crypto';

const rank = (key: string): string => createHash('sha256').update(key).digest('hex');

/**
 * The items `keep` accepts, then at most `size` of the others: those whose key ranks first by
 * its sha256, in that order.
 */
export function stableSample<T>(items: readonly T[], key: (item: T) => string, size: number, keep: (item: T) => boolean = () => false): T[] {
  const kept = items.filter(keep);
  const ranked = items
    .filter((item) => !keep(item))
    .map((item) => ({ item, rank: rank(key(item)) }))
    .sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0));
  return [...kept, ...ranked.slice(0, Math.max(0, size)).map(({ item }) => item)];
}
