/**
 * The evaluation's only file-system access, all of it reading: the real corpus
 * (`tests/fixtures/real/<split>/<kind>/<slug>.txt` beside `<slug>.expected.yaml`) and the
 * curated data the ingest's taggers need (read by `ingest/tagging-indexes.ts`).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { CORPUS_KINDS } from './expected-fields.ts';
import { CORPUS_SPLITS, type CorpusDocument } from './score-document.ts';

/** A corpus document with its raw bytes, ready to ingest. */
export interface CorpusFile extends CorpusDocument {
  fileName: string;
  bytes: Uint8Array;
}

/** Reads `<slug>.expected.yaml`'s `expected:` mapping; a missing or malformed one names the file. */
function readExpected(path: string): Record<string, unknown> {
  const meta: unknown = parse(readFileSync(path, 'utf8'));
  const expected = (meta as { expected?: unknown } | null)?.expected;
  if (expected === null || typeof expected !== 'object' || Array.isArray(expected)) {
    throw new Error(`${path}: no "expected:" mapping`);
  }
  return expected as Record<string, unknown>;
}

/** Every document of the corpus under `corpusDir`, by split, kind and slug. */
export function readCorpus(corpusDir: string): CorpusFile[] {
  return CORPUS_SPLITS.flatMap((split) =>
    CORPUS_KINDS.flatMap((kind) => {
      const dir = join(corpusDir, split, kind);
      if (!existsSync(dir)) return [];
      return readdirSync(dir)
        .filter((name) => name.endsWith('.txt'))
        .sort()
        .map((fileName) => {
          const slug = fileName.slice(0, -'.txt'.length);
          const expected = readExpected(join(dir, `${slug}.expected.yaml`));
          return { split, kind, slug, expected, fileName, bytes: readFileSync(join(dir, fileName)) };
        });
    }),
  );
}
