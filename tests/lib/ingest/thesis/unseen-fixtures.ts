/** Reading and inspecting the made-up study documents under tests/fixtures/unseen/studies/. */
import { readFileSync } from 'node:fs';
import { parseThesis } from '../../../../src/lib/ingest/thesis/parse-thesis.ts';
import type { ParsedStudy } from '../../../../src/lib/ingest/types.ts';

export function parseFixture(name: string): ParsedStudy {
  const text = readFileSync(new URL(`../../../fixtures/unseen/studies/${name}`, import.meta.url), 'utf8');
  return parseThesis(text);
}

export const firstWords = (text: string | undefined, n: number): string => (text ?? '').split(/\s+/).slice(0, n).join(' ');
export const lastWords = (text: string | undefined, n: number): string => (text ?? '').split(/\s+/).slice(-n).join(' ');
export const flagged = (result: ParsedStudy): string[] => result.review.map((flag) => flag.field);
export const headings = (result: ParsedStudy): string[] =>
  result.body.split('\n\n').filter((block) => block.startsWith('#'));
