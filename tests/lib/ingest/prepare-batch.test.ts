import { describe, expect, it } from 'vitest';
import { batchChanges, describeFailure, prepareBatch, type BatchSteps } from '../../../src/lib/ingest/prepare-batch.ts';
import type { PreparedEntry } from '../../../src/lib/ingest/prepare-entry.ts';
import type { WriteAction } from '../../../src/lib/ingest/plan-write.ts';
import { IngestError } from '../../../src/lib/ingest/types.ts';

/** A prepared entry with only what the batch looks at. */
function entry(name: string, action: WriteAction = 'create', extra: Partial<PreparedEntry> = {}): PreparedEntry {
  return {
    detection: { kind: 'news', confidence: 'strong', reasons: [] },
    collection: 'news',
    id: name,
    path: `news/${name}.md`,
    sourcePath: `sources/${name}.txt`,
    format: 'text',
    encoding: 'utf-8',
    text: `entry ${name}`,
    review: [],
    plan: { action },
    ...extra,
  };
}

function steps(overrides: Partial<BatchSteps> = {}): BatchSteps {
  return {
    readDocument: (file) => Buffer.from(file),
    readKept: () => undefined,
    prepare: async ({ fileName }) => entry(fileName),
    shown: (path) => `content/${path}`,
    ...overrides,
  };
}

describe('describeFailure', () => {
  it('passes an IngestError on, and names the file for any other error', async () => {
    expect(describeFailure('a.txt', new IngestError('a.txt', 'the file is empty'))).toBe('a.txt: the file is empty');
    expect(describeFailure('inbox/a.txt', new IngestError('a.txt', 'the file is empty'))).toBe('inbox/a.txt: the file is empty');
    expect(describeFailure('inbox/a.txt', new IngestError('sources/a.txt', 'not valid'))).toBe('sources/a.txt: not valid');
    expect(describeFailure('tesis.txt', new RangeError('Maximum call stack size exceeded'))).toBe(
      'tesis.txt: internal error of the ingest on this file (RangeError: Maximum call stack size exceeded); please report it with the file',
    );
    expect(describeFailure('x.txt', 'boom')).toMatch(/^x\.txt: internal error .*\(boom\)/);
  });
});

describe('prepareBatch', () => {
  it('names the file an internal error came from, and goes on with the rest of the batch', async () => {
    const prepare: BatchSteps['prepare'] = async ({ fileName }) => {
      if (fileName === 'b') throw new RangeError('Maximum call stack size exceeded');
      return entry(fileName);
    };
    const { items, problems } = await prepareBatch(['a', 'b', 'c'], steps({ prepare }), false);
    expect(items.map((item) => item.file)).toEqual(['a', 'c']);
    expect(problems).toEqual([expect.stringMatching(/^b: internal error of the ingest on this file \(RangeError: Maximum/)]);
  });

  it('reports a file that cannot be read by the reader\'s message', async () => {
    const readDocument = (file: string) => {
      throw new IngestError(file, 'the file is 21.0 MiB; the ingest takes documents of at most 20.0 MiB');
    };
    expect((await prepareBatch(['big.txt'], steps({ readDocument }), false)).problems).toEqual([
      'big.txt: the file is 21.0 MiB; the ingest takes documents of at most 20.0 MiB',
    ]);
  });

  it('refuses to replace a kept source holding other bytes unless forced, and tells kept from replaced', async () => {
    const readKept = (path: string) => (path === 'sources/a.txt' ? Buffer.from('other') : Buffer.from('b'));
    const refused = await prepareBatch(['a', 'b'], steps({ readKept }), false);
    expect(refused.problems).toEqual([expect.stringContaining('a: content/sources/a.txt already holds a different document')]);
    const forced = await prepareBatch(['a', 'b'], steps({ readKept }), true);
    expect(forced.problems).toEqual([]);
    expect(forced.items.map((item) => item.source)).toEqual(['replaced', 'kept']);
  });

  it('refuses an entry edited by hand, and two files writing one path', async () => {
    const prepare: BatchSteps['prepare'] = async ({ fileName }) =>
      entry('same', fileName === 'x' ? 'conflict' : 'create', { plan: { action: fileName === 'x' ? 'conflict' : 'create', diff: '-a\n+b' } });
    const { problems } = await prepareBatch(['x', 'y'], steps({ prepare }), false);
    expect(problems[0]).toMatch(/^x: content\/news\/same\.md was edited by hand; .*\n.*\n-a\n\+b$/);
    expect(problems[1]).toBe('y: would write content/news/same.md, as x in this batch does; ingest one of them');
  });
});

describe('batchChanges', () => {
  it('lists raw files, then entries, then what they replace, creating new files exclusively', async () => {
    const items = [
      { file: 'a', bytes: Buffer.from('A'), source: 'new' as const, entry: entry('a') },
      { file: 'b', bytes: Buffer.from('B'), source: 'kept' as const, entry: entry('b', 'unchanged') },
      {
        file: 'c',
        bytes: Buffer.from('C'),
        source: 'replaced' as const,
        entry: entry('c', 'update', { replaces: 'studies/c.md', sameBytesAs: 'sources/old-c.txt' }),
      },
      { file: 'd', bytes: Buffer.from('D'), source: 'kept' as const, entry: entry('d', 'unchanged', { sameBytesAs: 'sources/d.txt' }) },
    ];
    expect(batchChanges(items).map(({ kind, path }) => `${kind} ${path}`)).toEqual([
      'create sources/a.txt',
      'replace sources/c.txt',
      'create news/a.md',
      'replace news/c.md',
      'remove studies/c.md',
      'remove sources/old-c.txt',
    ]);
  });
});
