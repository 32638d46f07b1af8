import { describe, expect, it } from 'vitest';
import { phaseTimes, stampLines, type StampedLine } from '../../../scripts/bench/build-phases.ts';

/** The shape of a real Lintas build log, each line stamped with its arrival in ms. */
const LINTAS_LOG: StampedLine[] = [
  [1000, '08:23:56 [content] Syncing content'],
  [4600, '08:24:00 [content] Synced content'],
  [4700, '08:24:00 [build] Building static entrypoints...'],
  [6000, '08:24:02 [vite] ✓ built in 880ms'],
  [6100, ' generating static routes '],
  [6200, '08:24:03   ├─ /studies/x/index.html (+6ms) '],
  [21700, '08:24:15 ✓ Completed in 12.45s.'],
  [21800, '08:24:15 [build] ✓ Completed in 14.77s.'],
  [29500, '08:24:26 [lintas:csp-headers] _headers: 21 rules for 889 pages'],
  [29600, '08:24:26 [build] 889 page(s) built in 28.52s'],
  [30100, '[search-index] indexing the entry pages of /tmp/site/dist'],
  [35600, '[search-index] indexed the entry pages (432 files read) in 5.50 s'],
].map(([ms, text]) => ({ ms: ms as number, text: text as string }));

describe('phaseTimes', () => {
  it('times each phase from the line that starts it to the first line after it that ends it', () => {
    expect(phaseTimes(LINTAS_LOG)).toEqual({
      'content sync': 3600,
      bundling: 1400,
      'page generation': 15600,
      'search index': 5500,
    });
  });

  it('leaves out a phase whose end never came, rather than guessing', () => {
    const cut = LINTAS_LOG.slice(0, 6);
    expect(phaseTimes(cut)).toEqual({ 'content sync': 3600, bundling: 1400 });
  });

  it('reads lines written with terminal colours', () => {
    const coloured = LINTAS_LOG.map((line) => ({ ...line, text: line.text.replace('[content]', '\x1b[35m[content]\x1b[39m') }));
    expect(phaseTimes(coloured)['content sync']).toBe(3600);
  });

  it('takes an end line only after the start line', () => {
    const times = phaseTimes([
      { ms: 0, text: '✓ Completed in 1s.' },
      { ms: 10, text: 'generating static routes' },
      { ms: 50, text: '✓ Completed in 1s.' },
    ]);
    expect(times['page generation']).toBe(40);
  });
});

describe('stampLines', () => {
  it('stamps the complete lines of a chunk and carries the unfinished one over', () => {
    const first = stampLines('', 'a\nb', 5);
    expect(first).toEqual({ lines: [{ ms: 5, text: 'a' }], rest: 'b' });
    expect(stampLines(first.rest, 'c\nd\n', 9)).toEqual({ lines: [{ ms: 9, text: 'bc' }, { ms: 9, text: 'd' }], rest: '' });
  });
});
