/**
 * `npm run check:entries` as a maintainer runs it, on a scratch content folder filled by the
 * ingest command itself: silent about entries that are what the ingest makes of their sources,
 * loud (and non-zero) about one that is not.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
// Fixture copies of two seed documents, so the test holds whatever `content/` holds.
const SEEDS = ['002_c75eac786764423a.txt', '003_923ff63d57d1aeba.txt'].map((name) => join(root, 'tests/fixtures/seeds', name));
let content: string;

const run = (script: string, ...args: string[]) => {
  const result = spawnSync(process.execPath, [join(root, 'scripts', script), '--content', content, ...args], { encoding: 'utf8' });
  return { status: result.status, out: `${result.stdout}${result.stderr}` };
};

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'lintas-check-'));
  for (const dir of ['concepts', 'legal']) cpSync(join(root, 'content', dir), join(content, dir), { recursive: true });
  const ingest = run('ingest.ts', ...SEEDS);
  if (ingest.status !== 0) throw new Error(ingest.out);
}, 60_000);

afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('check:entries', () => {
  it('passes on entries the ingest just wrote', () => {
    const { status, out } = run('check-entries.ts');
    expect(out).toContain('2 entries checked, 0 differ');
    expect(status).toBe(0);
  }, 60_000);

  it('names an entry edited by hand, shows the difference, and fails', () => {
    const news = join(content, 'news');
    const [name] = readdirSync(news).filter((n) => n.endsWith('.md')).sort();
    const file = join(news, name!);
    const original = readFileSync(file, 'utf8');
    writeFileSync(file, original.replace(/^language: id$/m, 'language: en'));
    try {
      const full = run('check-entries.ts');
      expect(full.status).toBe(1);
      expect(full.out).toContain(`news/${name}: differs from what the ingest makes of its source (conflict)`);
      expect(full.out).toContain('+language: id');
      expect(full.out).toContain('2 entries checked, 1 differ');
      const quiet = run('check-entries.ts', '--quiet');
      expect(quiet.status).toBe(1);
      expect(quiet.out).not.toContain('+language: id');
    } finally {
      writeFileSync(file, original);
    }
  }, 60_000);
});
