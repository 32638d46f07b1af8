import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { readTaggingIndexes } from '../../../src/lib/ingest/tagging-indexes.ts';
import { ingestDocument } from '../../../src/lib/eval/ingest-document.ts';
import type { TaggingIndexes } from '../../../src/lib/ingest/tag-document.ts';

const content = fileURLToPath(new URL('../../../content', import.meta.url));
const seeds = fileURLToPath(new URL('../../fixtures/seeds', import.meta.url));
const seedNews = readdirSync(seeds).find((name) => name.startsWith('002_'));
let indexes: TaggingIndexes;

beforeAll(() => {
  indexes = readTaggingIndexes(content);
});

describe('ingestDocument', () => {
  it('reads back the entry the ingest would write, with the parser it chose', async () => {
    if (!seedNews) throw new Error('no seed 002 in tests/fixtures/seeds');
    const outcome = await ingestDocument(seedNews, readFileSync(join(seeds, seedNews)), indexes);
    if (outcome.status !== 'ingested') throw new Error(`not ingested: ${outcome.message}`);
    expect(outcome.parser).toBe('news');
    expect(outcome.entry.frontmatter.dateline).toBe('Bangkok');
    expect(outcome.entry.body).toMatch(/^Bangkok, VIVA – Lebih dari 12\.000/);
  });

  it('records input the ingest declines as refused, without the file name in front of the reason', async () => {
    const outcome = await ingestDocument('empty.txt', new Uint8Array(), indexes);
    expect(outcome.status).toBe('refused');
    if (outcome.status === 'ingested') return;
    expect(outcome.message).not.toMatch(/^empty\.txt:/);
    expect(outcome.message.length).toBeGreaterThan(0);
  });

  it('records any other error as a crash, with the error named', async () => {
    if (!seedNews) throw new Error('no seed 002 in tests/fixtures/seeds');
    const broken = {} as TaggingIndexes;
    const outcome = await ingestDocument(seedNews, readFileSync(join(seeds, seedNews)), broken);
    expect(outcome).toMatchObject({ status: 'crashed', message: expect.stringMatching(/^TypeError: /) });
  });
});
