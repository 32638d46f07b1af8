import { describe, expect, it } from 'vitest';
import { findShownDocument } from '../../../src/lib/eval/find-shown-document.ts';
import type { CorpusDocument } from '../../../src/lib/eval/score-document.ts';

const corpus: CorpusDocument[] = [
  { split: 'dev', kind: 'news', slug: 'seen', expected: {} },
  { split: 'held-out', kind: 'news', slug: 'unseen', expected: {} },
];

describe('findShownDocument', () => {
  it('gives a development document', () => {
    expect(findShownDocument(corpus, 'seen')).toEqual({ document: corpus[0] });
  });

  it('refuses a held-out document, saying why', () => {
    expect(findShownDocument(corpus, 'unseen')).toEqual({
      reason: 'unseen: a held-out document; its details are not shown, so that nobody tunes on it',
    });
  });

  it('names a document that is not in the corpus', () => {
    expect(findShownDocument(corpus, 'missing')).toEqual({ reason: 'missing: no such document in tests/fixtures/real/' });
  });
});
