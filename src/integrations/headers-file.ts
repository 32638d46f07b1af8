/**
 * The `_headers` file read by static hosts such as Netlify and Cloudflare Pages: one
 * Content-Security-Policy per group of URLs.
 *
 * Those hosts send every header of every rule whose pattern matches a URL, and two different
 * policies sent together are both enforced. So no two rules with different policies may match
 * one URL: a folder gets one `folder/*` rule only when everything under it shares a policy, and
 * is split otherwise. The rule count follows the site's route kinds, not its number of pages
 * (Cloudflare Pages reads at most 100 rules).
 */

/** A URL path of the built site (`/studies/x/`, `/404.html`) and the policy it must be served with. */
export interface PathPolicy {
  path: string;
  policy: string;
}

/** A `_headers` rule: a URL pattern and the policy sent for it. */
export interface HeaderRule {
  pattern: string;
  policy: string;
}

interface PathNode {
  /** The folder's path with its trailing slash (`/en/`), or a file's path (`/404.html`). */
  path: string;
  policy?: string;
  children: Map<string, PathNode>;
}

function buildTree(entries: readonly PathPolicy[]): PathNode {
  const root: PathNode = { path: '/', children: new Map() };
  for (const { path, policy } of entries) {
    if (!path.startsWith('/')) throw new Error(`not a site path: "${path}"`);
    const segments = path.split('/').filter(Boolean);
    let node = root;
    segments.forEach((segment, index) => {
      const isFile = index === segments.length - 1 && !path.endsWith('/');
      const childPath = `${node.path}${segment}${isFile ? '' : '/'}`;
      let child = node.children.get(segment);
      if (!child) {
        child = { path: childPath, children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    });
    if (node.policy !== undefined && node.policy !== policy) {
      throw new Error(`two policies for ${path}`);
    }
    node.policy = policy;
  }
  return root;
}

function subtreePolicies(node: PathNode, into = new Set<string>()): Set<string> {
  if (node.policy !== undefined) into.add(node.policy);
  for (const child of node.children.values()) subtreePolicies(child, into);
  return into;
}

function rulesFor(node: PathNode): HeaderRule[] {
  const policies = [...subtreePolicies(node)];
  const rules: HeaderRule[] = [];
  // The page at a folder's own address is matched exactly too: a host may not let `*` match
  // nothing. Both rules carry the same policy there, so sending both is harmless.
  if (node.policy !== undefined) rules.push({ pattern: node.path, policy: node.policy });
  const [shared, ...others] = policies;
  if (shared !== undefined && others.length === 0 && node.children.size > 0) {
    return [...rules, { pattern: `${node.path}*`, policy: shared }];
  }
  const children = [...node.children.values()].sort((a, b) => a.path.localeCompare(b.path));
  return [...rules, ...children.flatMap(rulesFor)];
}

/**
 * The fewest folder-wide rules that give every path its own policy and never match a path
 * with two different policies. Throws when one path is given two policies.
 */
export function policyRules(entries: readonly PathPolicy[]): HeaderRule[] {
  return rulesFor(buildTree(entries));
}

/** The text of a `_headers` file sending each rule's policy as `Content-Security-Policy`. */
export function formatHeadersFile(rules: readonly HeaderRule[]): string {
  return rules.map(({ pattern, policy }) => `${pattern}\n  Content-Security-Policy: ${policy}\n`).join('');
}

/**
 * The rules of a `_headers` file as `formatHeadersFile` writes it; what a host reading the file
 * does (the build-output tests serve `dist/` with it).
 */
export function parseHeadersFile(text: string): HeaderRule[] {
  return [...text.matchAll(/^(\S+)\n {2}Content-Security-Policy: (.+)$/gm)].map(([, pattern = '', policy = '']) => ({
    pattern,
    policy,
  }));
}

/** The rules a host applies to `path`: exact patterns match it alone, `*` matches any rest, even none. */
export function rulesMatching(rules: readonly HeaderRule[], path: string): HeaderRule[] {
  return rules.filter(({ pattern }) => (pattern.endsWith('*') ? path.startsWith(pattern.slice(0, -1)) : path === pattern));
}
