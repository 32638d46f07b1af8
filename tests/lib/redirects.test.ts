import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { listRedirects, parseRedirectMap, readRedirectMap, redirectedPaths, redirectProblems } from '../../src/lib/redirects.ts';

const current = { studies: new Set(['ncb-kamboja', 'belanda']), news: new Set(['kemlu']) };

describe('redirectProblems', () => {
  it('accepts old ids that lead straight to existing entries', () => {
    expect(redirectProblems({ studies: { 'kerjasama-ncb': 'ncb-kamboja' }, news: { 'kemlu-12': 'kemlu' } }, current)).toEqual([]);
  });

  it.each([
    ['an old id that is an entry again', { studies: { belanda: 'ncb-kamboja' } }, /studies\.belanda: "belanda" is the id of an entry/],
    ['a target that does not exist', { studies: { old: 'gone' } }, /studies\.old: no studies entry "gone"/],
    ['a target in another collection', { news: { old: 'belanda' } }, /news\.old: no news entry "belanda"/],
    ['a chain', { studies: { a: 'b', b: 'belanda' } }, /studies\.a: "b" is redirected too; point it straight to "belanda"/],
    ['a cycle', { studies: { a: 'b', b: 'a' } }, /is redirected too/],
    ['a redirect to itself', { studies: { a: 'a' } }, /studies\.a: redirects to itself/],
  ])('refuses %s', (_what, map, message) => {
    const problems = redirectProblems(map, current);
    expect(problems.length).toBeGreaterThan(0);
    expect(problems.join('\n')).toMatch(message);
  });
});

describe('parseRedirectMap', () => {
  it('reads old → current ids per collection', () => {
    const map = parseRedirectMap('studies:\n  old-id: new-id\n', 'redirects.yaml');
    expect(listRedirects(map)).toEqual([{ collection: 'studies', from: 'old-id', to: 'new-id' }]);
  });

  it.each([
    ['an unknown collection', 'thesis:\n  a: b\n', /redirects\.yaml: \(top level\)/],
    ['an id that is not a path segment', 'studies:\n  a: b/c\n', /redirects\.yaml: studies\.a: a current id/],
    ['a list instead of a map', 'studies:\n  - a\n', /redirects\.yaml: studies/],
  ])('refuses %s, naming the file and field', (_what, text, message) => {
    expect(() => parseRedirectMap(text, 'redirects.yaml')).toThrow(message);
  });
});

describe('readRedirectMap', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('is empty without a map and lists every problem of a bad one', () => {
    dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    expect(readRedirectMap(dir, current)).toEqual({});
    writeFileSync(join(dir, 'redirects.yaml'), 'studies:\n  belanda: x\n  old: gone\n');
    expect(() => readRedirectMap(dir!, current)).toThrow(/redirects\.yaml:\n {2}studies\.belanda: .*\n {2}studies\.old: no studies entry "gone"/);
  });
});

describe('redirectedPaths', () => {
  let dir: string | undefined;
  afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('names the old address of every moved entry in both languages, and nothing without a map', () => {
    dir = mkdtempSync(join(tmpdir(), 'redirects-'));
    expect(redirectedPaths(dir).size).toBe(0);
    writeFileSync(join(dir, 'redirects.yaml'), 'news:\n  entry-old: new-id\n');
    expect([...redirectedPaths(dir)].sort()).toEqual(['/en/news/entry-old/', '/news/entry-old/']);
  });
});
