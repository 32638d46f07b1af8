/**
 * `npm run thesaurus:unmapped` on a content folder made for the test: the bundled thesaurus and
 * entities, and one entry whose keywords are known, so the listing does not depend on the corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));
let content: string;

function run(dir: string) {
  return spawnSync(process.execPath, [join(root, 'scripts/thesaurus-unmapped.ts'), '--content', dir], { encoding: 'utf8' });
}

beforeAll(() => {
  content = mkdtempSync(join(tmpdir(), 'lintas-unmapped-'));
  for (const collection of ['concepts', 'entities', 'legal']) {
    cpSync(join(root, 'content', collection), join(content, collection), { recursive: true });
  }
  mkdirSync(join(content, 'studies'));
  writeFileSync(
    join(content, 'studies/s.md'),
    ['---', 'keywords:', '  id: [Kejahatan Siber, Zzyzx Qwerty]', '  en: [BSSN]', '---', ''].join('\n'),
  );
});

afterAll(() => rmSync(content, { recursive: true, force: true }));

describe('thesaurus:unmapped', () => {
  it('lists the keyword that maps to nothing, with its entry and language, and counts all', () => {
    const { status, stdout } = run(content);
    expect(status).toBe(0);
    expect(stdout.trim().split('\n')).toEqual([
      'studies/s.md\tid\tZzyzx Qwerty',
      '1 of 3 keywords in 1 entries map to no concept or entity.',
    ]);
  }, 60_000);

  it('stops naming the file and field when the thesaurus is inconsistent', () => {
    writeFileSync(join(content, 'concepts/zz-loop.yaml'), 'prefLabel: {id: zz, en: zz}\naltLabels: {}\ndefinition: {id: a, en: b}\nbroader: [zz-loop]\n');
    const { status, stderr } = run(content);
    rmSync(join(content, 'concepts/zz-loop.yaml'));
    expect(status).toBe(1);
    expect(stderr).toContain('concepts/zz-loop.yaml: broader[0] names the concept itself');
  }, 60_000);
});
