import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readEntryBody } from '../../src/lib/entry-body.ts';

describe('readEntryBody', () => {
  const folder = mkdtempSync(join(tmpdir(), 'lintas-body-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));
  mkdirSync(join(folder, 'studies'));
  writeFileSync(join(folder, 'studies/a.md'), '---\ntitle:\n  id: Judul\n---\n\n## Bab I\n\nIsi --- pertama.\n\n');
  writeFileSync(join(folder, 'studies/b.yaml'), 'title:\n  id: Judul\n');
  // Astro records an entry's file relative to the project folder, the build's working folder.
  const filePath = (name: string) => relative(process.cwd(), join(folder, 'studies', name));

  it('gives the text after the frontmatter, trimmed as Astro trims it', () => {
    expect(readEntryBody({ id: 'a', filePath: filePath('a.md') })).toBe('## Bab I\n\nIsi --- pertama.');
  });

  it('gives an empty body for a YAML entry, which is all data', () => {
    expect(readEntryBody({ id: 'b', filePath: filePath('b.yaml') })).toBe('');
  });

  it('names the entry that has no file', () => {
    expect(() => readEntryBody({ id: 'c' })).toThrow('content entry "c" has no file');
  });
});
