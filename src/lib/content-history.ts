/**
 * When each content file was first and last committed, read from git in one pass per build:
 * the dates an entry page gives as published on Lintas and last updated. The content history is
 * what changed the entry, so these dates do not move when the site is merely rebuilt; without git
 * (a tarball of the repository) there are none, never the build time in their place.
 */
import { execFileSync } from 'node:child_process';

/** A file's first and last commit dates, `YYYY-MM-DD` (committer dates). */
export interface FileDates {
  first: string;
  last: string;
}

/** Marks the line that starts each commit in the log read below. */
const COMMIT_MARK = '\u0001';

/**
 * First and last commit dates of every file under `paths`, by its current path relative to the
 * repository root. Renames are followed (an entry whose id moved keeps its first date), in the
 * same single pass over the log.
 */
export function parseContentLog(log: string): Map<string, FileDates> {
  const dates = new Map<string, FileDates>();
  // An older path → the path the file has now, learnt from rename lines as the log goes back in time.
  const currentPath = new Map<string, string>();
  // Paths whose newest change deleted them: no entry has them now.
  const deleted = new Set<string>();
  let date = '';
  for (const line of log.split('\n')) {
    if (line.startsWith(COMMIT_MARK)) {
      date = line.slice(COMMIT_MARK.length).trim();
      continue;
    }
    const [status, ...paths] = line.split('\t');
    if (!status || paths.length === 0 || !date) continue;
    const newest = paths.at(-1) ?? '';
    const path = currentPath.get(newest) ?? newest;
    if (status.startsWith('R') && paths[0]) currentPath.set(paths[0], path);
    const known = dates.get(path);
    // The log runs newest first: the first date seen is the last change, each older one the first.
    if (known) known.first = date;
    else if (status.startsWith('D')) deleted.add(path);
    else if (!deleted.has(path)) dates.set(path, { first: date, last: date });
  }
  return dates;
}

/**
 * Reads the history of `paths` (relative to `repoDir`) with one `git log`. Empty when git or the
 * repository is missing.
 */
export function readContentDates(repoDir: string, paths: readonly string[]): Map<string, FileDates> {
  let log: string;
  try {
    log = execFileSync('git', ['log', '--no-color', `--format=${COMMIT_MARK}%cs`, '--name-status', '-M', '--', ...paths], {
      cwd: repoDir,
      encoding: 'utf8',
      maxBuffer: 256 * 1024 * 1024,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
  } catch {
    return new Map();
  }
  return parseContentLog(log);
}
