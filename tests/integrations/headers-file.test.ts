import { describe, expect, it } from 'vitest';
import { formatHeadersFile, parseHeadersFile, policyRules, rulesMatching, type HeaderRule } from '../../src/integrations/headers-file.ts';

const A = "default-src 'none'";
const W = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";

const policiesFor = (rules: readonly HeaderRule[], path: string): string[] =>
  rulesMatching(rules, path).map(({ policy }) => policy);

describe('policyRules', () => {
  const site = [
    { path: '/', policy: A },
    { path: '/404.html', policy: A },
    { path: '/studies/', policy: A },
    { path: '/studies/a/', policy: A },
    { path: '/studies/b/', policy: A },
    { path: '/search/', policy: W },
    { path: '/en/', policy: A },
    { path: '/en/studies/a/', policy: A },
    { path: '/en/search/', policy: W },
  ];
  const rules = policyRules(site);

  it('gives every path exactly its own policy, never a second one', () => {
    for (const { path, policy } of site) expect(new Set(policiesFor(rules, path)), path).toEqual(new Set([policy]));
  });

  it('covers a folder whose pages share a policy with one splat rule', () => {
    expect(rules).toContainEqual({ pattern: '/studies/*', policy: A });
    expect(rules.filter(({ pattern }) => pattern.startsWith('/studies/a'))).toEqual([]);
  });

  it('grows with the kinds of route, not with the number of pages', () => {
    const many = Array.from({ length: 500 }, (_, i) => ({ path: `/studies/s${i}/`, policy: A }));
    expect(policyRules([...site, ...many])).toEqual(rules);
  });

  it('puts the whole site under one rule when every page shares a policy', () => {
    expect(policyRules([{ path: '/', policy: A }, { path: '/x/', policy: A }])).toEqual([
      { pattern: '/', policy: A },
      { pattern: '/*', policy: A },
    ]);
  });

  it('refuses one path given two policies', () => {
    expect(() => policyRules([{ path: '/x/', policy: A }, { path: '/x/', policy: W }])).toThrow('two policies for /x/');
  });

  it('refuses a path that is not a site path', () => {
    expect(() => policyRules([{ path: 'x/', policy: A }])).toThrow('not a site path: "x/"');
  });
});

describe('rulesMatching', () => {
  const rules = [
    { pattern: '/studies/', policy: A },
    { pattern: '/studies/*', policy: A },
    { pattern: '/search/', policy: W },
  ];

  it.each([
    ['/studies/', ['/studies/', '/studies/*']],
    ['/studies/a/', ['/studies/*']],
    ['/search/', ['/search/']],
    ['/search/x/', []],
    ['/', []],
  ])('%s is matched by %j', (path, patterns) => {
    expect(rulesMatching(rules, path).map(({ pattern }) => pattern)).toEqual(patterns);
  });
});

describe('formatHeadersFile', () => {
  it('writes each rule as a pattern line and an indented header line', () => {
    expect(formatHeadersFile([{ pattern: '/search/', policy: W }])).toBe(
      `/search/\n  Content-Security-Policy: ${W}\n`,
    );
  });
});

describe('parseHeadersFile', () => {
  it('reads back what formatHeadersFile writes', () => {
    const rules = [
      { pattern: '/', policy: A },
      { pattern: '/search/', policy: W },
    ];
    expect(parseHeadersFile(formatHeadersFile(rules))).toEqual(rules);
  });
});
