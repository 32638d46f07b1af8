import { describe, expect, it } from 'vitest';
import { cleanBuildTable, compareTable, incrementalTable, bytesByTypeLine, searchTable, type BuildResult } from '../../../scripts/bench/build-report.ts';

const MB = 1024 * 1024;
const RESULT: BuildResult = {
  entries: 1000,
  clean: { wallMs: 68_000, cpuMs: 90_500, peakRss: 1.2 * 1024 * MB, peakProcessRss: 900 * MB, phases: { 'content sync': 20_000, 'page generation': 30_000 } },
  pages: 4181,
  outputBytes: 150 * MB,
  searchIndexBytes: 12 * MB,
  rebuild: { wallMs: 17_000, cpuMs: 20_000, rendered: 12, restored: 4169, differing: [] },
  ingest: { documents: 1000, wallMs: 120_000, cpuMs: 110_000, peakRss: 800 * MB },
  pageWeight: { document: 4096, stylesheet: 2048, script: 1024 },
};

const rowOf = (table: string, first: string): string[] => table.split('\n').find((line) => line.trim().startsWith(first))!.trim().split(/\s{2,}/);

describe('cleanBuildTable', () => {
  it('shows each figure under its heading, and n/a for a phase the log did not show', () => {
    const table = cleanBuildTable([RESULT]);
    const heading = rowOf(table, 'entries');
    const row = rowOf(table, '1,000');
    const cell = (name: string) => row[heading.indexOf(name)];
    expect(cell('wall')).toBe('68.0 s');
    expect(cell('CPU')).toBe('90.5 s');
    expect(cell('peak RSS')).toBe('1.2 GB');
    expect(cell('largest process')).toBe('900 MB');
    expect(cell('pages')).toBe('4,181');
    expect(cell('output')).toBe('150 MB');
    expect(cell('content sync')).toBe('20.0 s');
    expect(cell('bundling')).toBe('n/a');
  });
});

describe('incrementalTable', () => {
  it('gives the rebuild as a share of the clean build and sums the page weight', () => {
    const table = incrementalTable([RESULT]);
    const heading = rowOf(table, 'entries');
    const row = rowOf(table, '1,000');
    expect(row[heading.indexOf('of clean')]).toBe('25 %');
    expect(row[heading.indexOf('routes rendered')]).toBe('12 of 4,181');
    expect(row[heading.indexOf('same as full build')]).toBe('yes');
    expect(row[heading.indexOf('ingest batch')]).toBe('1,000 written');
    expect(row[heading.indexOf('study page gz')]).toBe('7 KB');
  });

  it('says how many files a rebuild got wrong', () => {
    const stale = { ...RESULT, rebuild: { ...RESULT.rebuild, differing: ['studies/a/index.html', 'en/studies/a/index.html'] } };
    expect(incrementalTable([stale])).toContain('no: 2 files');
  });

  it('says when the ingest refused the batch', () => {
    const refused = { ...RESULT, ingest: { ...RESULT.ingest, refused: 'two files would be written as one entry' } };
    expect(incrementalTable([refused])).toContain('1,000 refused');
  });
});

describe('bytesByTypeLine', () => {
  it('names each resource type with its bytes', () => {
    expect(bytesByTypeLine(RESULT.pageWeight)).toBe('document 4 KB, stylesheet 2 KB, script 1 KB');
  });
});

describe('compareTable', () => {
  it('lists the runs in order, then the means and the ratio Lintas / Starlight', () => {
    const run = (site: 'Lintas' | 'Starlight', wallMs: number, peakRss: number) => ({ site, wallMs, cpuMs: wallMs, peakRss, pages: 10 });
    const table = compareTable([run('Lintas', 60_000, 2 * MB), run('Starlight', 20_000, MB), run('Lintas', 80_000, 3 * MB), run('Starlight', 20_000, MB)]);
    const lines = table.split('\n').map((line) => line.trim().split(/\s{2,}/)[0]);
    expect(lines).toEqual(['site', 'Lintas', 'Starlight', 'Lintas', 'Starlight', 'Lintas mean', 'Starlight mean', 'ratio']);
    expect(rowOf(table, 'Lintas mean')[1]).toBe('70.0 s');
    expect(rowOf(table, 'ratio').slice(1)).toEqual(['3.50x', '3.50x', '3.00x']);
  });

  it('gives no ratio until both sites have run', () => {
    expect(compareTable([{ site: 'Lintas', wallMs: 1, cpuMs: 1, peakRss: 1, pages: 1 }])).not.toContain('ratio');
  });
});

describe('searchTable', () => {
  it('shows bytes, and the whole wait with the search alone in brackets, per size and query', () => {
    const cold = { totalMs: 812.4, searchMs: 560.2 };
    const warm = { totalMs: 345.6, searchMs: 95.4 };
    const table = searchTable([{ entries: 10_000, indexBytes: 40 * MB, query: 'BSSN', firstQueryBytes: 150 * 1024, cold, warm }]);
    expect(rowOf(table, '10,000')).toEqual(['10,000', '40 MB', 'BSSN', '150 KB', '812 ms (560 ms)', '346 ms (95 ms)']);
  });
});
