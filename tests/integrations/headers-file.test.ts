import { describe, expect, it } from 'vitest';
import { formatHeadersFile, policyRules, type HeaderRule } from '../../src/integrations/headers-file.ts';

const A = "default-src 'none'";
const W = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";

/** The policies of every rule a host would apply to `path` (splat `*` matches anything, even nothing). */
function policiesFor(rules: readonly HeaderRule[], path: string): string[] {
  return rules
    .filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern))
    .map(({ policy }) => policy);
}

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

describe('formatHeadersFile', () => {
  it('writes each rule as a pattern line and an indented header line', () => {
    expect(formatHeadersFile([{ pattern: '/search/', policy: W }])).toBe(
      `/search/\n  Content-Security-Policy: ${W}\n`,
    );
  });
});
