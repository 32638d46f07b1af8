import { describe, expect, it } from 'vitest';
import { entryRefOfPath, splitEntryRef } from '../../../src/lib/eval/entry-ref.ts';

describe('splitEntryRef', () => {
  it.each([
    ['studies/abc-1', { collection: 'studies', id: 'abc-1' }],
    ['news/entry-6030189796c8', { collection: 'news', id: 'entry-6030189796c8' }],
    ['concepts/cybercrime', null],
    ['studies/', null],
    ['studies/a/b', null],
    ['studies', null],
    ['/studies/a', null],
  ] as const)('%s', (ref, split) => {
    expect(splitEntryRef(ref)).toEqual(split);
  });
});

describe('entryRefOfPath', () => {
  it.each([
    ['/studies/abc/', 'studies/abc'],
    ['/en/studies/abc/', 'studies/abc'],
    ['/en/news/entry-1/', 'news/entry-1'],
    ['/news/entry-1/', 'news/entry-1'],
    ['/studies/caf%C3%A9/', 'studies/café'],
    ['/legal/untoc/', null],
    ['/en/concepts/cybercrime/', null],
    ['/studies/', null],
    ['/en/', null],
    ['/sources/studies/x/', null],
  ] as const)('%s', (path, ref) => {
    expect(entryRefOfPath(path)).toBe(ref);
  });
});
