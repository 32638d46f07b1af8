/** Which corpus document `--doc SLUG` may show: only a development one, so nobody tunes on held-out text. */
import type { CorpusDocument } from './score-document.ts';

/** The development document named `slug`, or the reason it cannot be shown. */
export function findShownDocument<T extends CorpusDocument>(
  corpus: readonly T[],
  slug: string,
): { document: T } | { reason: string } {
  const document = corpus.find((candidate) => candidate.slug === slug);
  if (!document) return { reason: `${slug}: no such document in tests/fixtures/real/` };
  if (document.split !== 'dev') {
    return { reason: `${slug}: a held-out document; its details are not shown, so that nobody tunes on it` };
  }
  return { document };
}
