/** Reads a legal text of the fixtures: `legal/<name>` (excerpts) or `real/dev/legal/<name>` (the corpus). */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export function legalFixture(path: string): string {
  return readFileSync(fileURLToPath(new URL(`../../../fixtures/${path}`, import.meta.url)), 'utf8');
}
