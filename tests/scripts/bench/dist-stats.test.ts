import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { differingFiles, distTotals } from '../../../scripts/bench/dist-stats.ts';

const dist = mkdtempSync(join(tmpdir(), 'lintas-dist-stats-'));
afterAll(() => rmSync(dist, { recursive: true, force: true }));

describe('distTotals', () => {
  it('counts HTML pages at any depth, all bytes, and the bytes of every language\'s records index', () => {
    const write = (path: string, bytes: number) => {
      mkdirSync(join(dist, path, '..'), { recursive: true });
      writeFileSync(join(dist, path), 'x'.repeat(bytes));
    };
    write('index.html', 100);
    write('en/studies/a/index.html', 200);
    write('_astro/site.css', 50);
    write('pagefind-id/index/id_1.pf_index', 1000);
    write('pagefind-id/pagefind.js', 30);
    write('pagefind-en/index/en_1.pf_index', 400);
    write('pagefind-full-text-id/index/id_1.pf_index', 70);
    write('pagefind-full-text-en/index/en_1.pf_index', 9);
    write('pagefind-not-the-index.html', 5);
    expect(distTotals(dist)).toEqual({ pages: 3, bytes: 1864, searchIndexBytes: 1430 });
  });
});

describe('differingFiles', () => {
  it('lists files found in one output only or with other bytes, and nothing for equal outputs', () => {
    const root = mkdtempSync(join(tmpdir(), 'lintas-dist-diff-'));
    try {
      const write = (dir: string, path: string, text: string) => {
        mkdirSync(join(root, dir, path, '..'), { recursive: true });
        writeFileSync(join(root, dir, path), text);
      };
      for (const dir of ['a', 'b']) {
        write(dir, 'index.html', 'same');
        write(dir, 'studies/x/index.html', dir === 'a' ? 'old title' : 'new title');
      }
      write('a', 'gone.html', 'only in a');
      write('b', 'pagefind/new.pf_fragment', 'only in b');
      expect(differingFiles(join(root, 'a'), join(root, 'b'))).toEqual(['gone.html', 'pagefind/new.pf_fragment', 'studies/x/index.html']);
      expect(differingFiles(join(root, 'a'), join(root, 'a'))).toEqual([]);
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  });
});
