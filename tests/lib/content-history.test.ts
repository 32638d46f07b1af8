import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { parseContentLog, readContentDates } from '../../src/lib/content-history.ts';

let repo: string | undefined;
afterEach(() => repo && rmSync(repo, { recursive: true, force: true }));

/** Commits everything in `dir` as if on `date` (committer date is what the history reads). */
function commitAll(dir: string, date: string, message: string): void {
  const env = { ...process.env, GIT_AUTHOR_DATE: `${date}T12:00:00Z`, GIT_COMMITTER_DATE: `${date}T12:00:00Z` };
  execFileSync('git', ['add', '-A'], { cwd: dir });
  execFileSync('git', ['-c', 'user.name=t', '-c', 'user.email=t@example.org', 'commit', '-q', '-m', message], { cwd: dir, env });
}

describe('readContentDates', () => {
  it('gives each entry its first and last commit, following a rename, and leaves other paths out', () => {
    repo = mkdtempSync(join(tmpdir(), 'history-'));
    execFileSync('git', ['init', '-q'], { cwd: repo });
    mkdirSync(join(repo, 'content/studies'), { recursive: true });
    writeFileSync(join(repo, 'content/studies/old-id.md'), 'one\n'.repeat(20));
    writeFileSync(join(repo, 'content/studies/other.md'), 'other\n');
    writeFileSync(join(repo, 'README.md'), 'x\n');
    commitAll(repo, '2024-01-05', 'first');
    renameSync(join(repo, 'content/studies/old-id.md'), join(repo, 'content/studies/new-id.md'));
    commitAll(repo, '2024-03-01', 'rename');
    writeFileSync(join(repo, 'content/studies/new-id.md'), `${'one\n'.repeat(20)}two\n`);
    writeFileSync(join(repo, 'README.md'), 'y\n');
    commitAll(repo, '2024-06-30', 'edit');

    const dates = readContentDates(repo, ['content']);
    expect(Object.fromEntries(dates)).toEqual({
      'content/studies/new-id.md': { first: '2024-01-05', last: '2024-06-30' },
      'content/studies/other.md': { first: '2024-01-05', last: '2024-01-05' },
    });
  });

  it('has no dates without a repository, rather than the time of the build', () => {
    repo = mkdtempSync(join(tmpdir(), 'no-history-'));
    writeFileSync(join(repo, 'a.md'), 'a\n');
    expect(readContentDates(repo, ['.']).size).toBe(0);
  });
});

describe('parseContentLog', () => {
  it('drops a file deleted since', () => {
    const log = '\u00012024-02-01\n\nD\tcontent/news/gone.md\n\u00012024-01-01\n\nA\tcontent/news/gone.md\n';
    expect(parseContentLog(log).size).toBe(0);
  });
});
