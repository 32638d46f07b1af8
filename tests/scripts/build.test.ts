import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LOCALE_LIST } from '../../src/lib/i18n/locales.ts';
import { searchBundleUrl } from '../../src/lib/urls.ts';

const script = fileURLToPath(new URL('../../scripts/build.ts', import.meta.url));

describe('npm run build (scripts/build.ts)', () => {
  // A folder without Astro: its build fails at once, which is all this checks.
  const folder = mkdtempSync(join(tmpdir(), 'lintas-build-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('stops with a non-zero status and writes no search index when astro build fails', () => {
    const run = spawnSync(process.execPath, [script], { cwd: folder, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('astro build failed');
    expect(run.stderr).toContain('no search index written');
    for (const locale of LOCALE_LIST) expect(existsSync(join(folder, 'dist', searchBundleUrl(locale, 'records')))).toBe(false);
  });
});
