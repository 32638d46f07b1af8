/** Reading and inspecting the made-up news pages under tests/fixtures/unseen/news/. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { parseNews } from '../../../../src/lib/ingest/news/parse-news.ts';
import type { ParsedNews } from '../../../../src/lib/ingest/types.ts';

const FIXTURES = join(import.meta.dirname, '../../../fixtures/unseen/news');

export function readFixture(name: string): string {
  return readFileSync(join(FIXTURES, name), 'utf8');
}

export function parseFixture(name: string): ParsedNews & { paragraphs: string[] } {
  const parsed = parseNews(readFixture(name), name);
  return { ...parsed, paragraphs: parsed.body.split('\n\n') };
}

export function flaggedFields(review: ReadonlyArray<{ field: string }>): string[] {
  return review.map((flag) => flag.field);
}

export function expectNoneOf(body: string, clutter: readonly string[]): void {
  for (const piece of clutter) expect(body, piece).not.toContain(piece);
}
