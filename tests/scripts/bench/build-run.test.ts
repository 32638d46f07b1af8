import { describe, expect, it } from 'vitest';
import { renderedRoutes, type RunFigures } from '../../../scripts/bench/build-run.ts';

const run = (texts: string[]): RunFigures => ({
  wallMs: 0,
  cpuMs: 0,
  peakRss: 0,
  peakProcessRss: 0,
  exitCode: 0,
  lines: texts.map((text, n) => ({ text, ms: n })),
});

describe('renderedRoutes', () => {
  it('counts the routes a build rendered and those it copied from the previous build', () => {
    const log = [
      '10:52:09 [build] ✓ Completed in 3.99s.',
      ' generating static routes ',
      '10:52:24   ├─ /studies/a/cite.bib/ (restored)',
      '10:52:24   ├─ /studies/a/index.html (restored)',
      '10:52:25   ├─ /graph/index.html (+9ms) ',
      '10:52:25   └─ /en/search/index.html (+2ms) ',
      '10:52:25 ✓ Completed in 7.49s.',
    ];
    expect(renderedRoutes(run(log))).toEqual({ rendered: 2, restored: 2 });
  });
});
