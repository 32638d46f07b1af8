/**
 * `npm run eval:ingest` as a person runs it: one child process per run (a few seconds each, the
 * whole corpus is ingested), checked for the shape of what it prints, not for today's figures.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { PartSummary } from '../../src/lib/eval/summarise-part.ts';

const root = fileURLToPath(new URL('../..', import.meta.url));

function evaluate(...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts/eval-ingest.ts'), ...args], { cwd: root, encoding: 'utf8' });
  return { status: result.status, out: result.stdout, err: result.stderr };
}

describe('npm run eval:ingest', { timeout: 60_000 }, () => {
  it('prints the figures of both parts as JSON (the held-out part may have none), every count consistent with its field', () => {
    const { status, out } = evaluate('--json');
    expect(status).toBe(0);
    const report = JSON.parse(out) as { unscored: Array<{ key: string }>; parts: PartSummary[] };
    expect(report.parts.map((part) => part.split)).toEqual(['dev', 'held-out']);
    expect(report.unscored.map((field) => field.key)).toEqual([
      'date_published',
      'legal.enacted_date',
      'legal.relations',
    ]);
    expect(report.parts[0]?.documents).toBeGreaterThan(0);
    for (const part of report.parts) {
      expect(part.ingested + part.refused.length + part.crashed.length).toBe(part.documents);
      for (const { key, counts } of part.fields) {
        expect(counts.correct + counts.missed + counts.wrong, `${part.split} ${key}`).toBe(counts.expected);
      }
      expect(part.shareCorrect).toBeGreaterThanOrEqual(0);
      expect(part.shareCorrect).toBeLessThanOrEqual(1);
    }
  });

  it('shows one development document field by field, and names an unknown one', () => {
    const shown = evaluate('--doc', 'detikjatim-dewi-astutik-red-notice');
    expect(shown.status).toBe(0);
    expect(shown.out).toMatch(/^dev\/news\/detikjatim-dewi-astutik-red-notice: read as /);
    expect(shown.out).toMatch(/^  headline: /m);
    const unknown = evaluate('--doc', 'no-such-document');
    expect(unknown.status).toBe(1);
    expect(unknown.err).toContain('no-such-document: no such document');
  });
});
