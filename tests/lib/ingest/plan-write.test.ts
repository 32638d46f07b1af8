import { describe, expect, it } from 'vitest';
import { serializeEntry } from '../../../src/lib/ingest/entry-file.ts';
import { planWrite } from '../../../src/lib/ingest/plan-write.ts';

const source = { file: 'sources/a.txt', sha256: 'f'.repeat(64), parser: 'news', digest: '' };
const v1 = serializeEntry({ headline: 'Satu', source }, 'Isi.');
const v2 = serializeEntry({ headline: 'Dua', source }, 'Isi.');
const edited = v1.replace('Isi.', 'Isi yang diperbaiki.');

describe('planWrite', () => {
  it('creates a missing file and leaves an identical one alone', () => {
    expect(planWrite('x.md', undefined, v1, false)).toEqual({ action: 'create' });
    expect(planWrite('x.md', v1, v1, false)).toEqual({ action: 'unchanged' });
  });

  it('regenerates an entry nobody has edited, with the diff', () => {
    const plan = planWrite('x.md', v1, v2, false);
    expect(plan.action).toBe('update');
    expect(plan.diff).toContain('-headline: Satu');
    expect(plan.diff).toContain('+headline: Dua');
  });

  it('refuses to replace a hand-edited entry without force, and shows what would change', () => {
    const plan = planWrite('content/news/x.md', edited, v2, false);
    expect(plan.action).toBe('conflict');
    expect(plan.diff).toContain('-Isi yang diperbaiki.');
    expect(plan.diff).toContain('content/news/x.md');
  });

  it('replaces a hand-edited entry when forced', () => {
    expect(planWrite('x.md', edited, v2, true).action).toBe('overwrite');
  });

  it('restamps a file that differs only in its digest or layout, even without force', () => {
    const curated = v1.replace(/digest: [0-9a-f]+/, `digest: ${'b'.repeat(64)}`);
    expect(planWrite('x.md', curated, v1, false)).toEqual({ action: 'restamp' });
    const reordered = serializeEntry({ source, headline: 'Satu' }, 'Isi.');
    expect(reordered).not.toBe(v1);
    expect(planWrite('x.md', reordered, v1, false)).toEqual({ action: 'restamp' });
  });
});
