/**
 * The sentence around a place in a paragraph, for quoting a mention in a backlink. Sentences are
 * found with `Intl.Segmenter` (Unicode sentence boundaries), not a hand-written rule; where it
 * cuts inside the mention itself ("Perpres No. 53 Tahun 2017" breaks after "No."), the sentences
 * the mention touches are taken together, so the mention is always quoted whole.
 */

/** A quoted sentence in three parts, so the mention can be highlighted without writing HTML. */
export interface QuotedSentence {
  before: string;
  mention: string;
  after: string;
}

/** Longer sentences are cut to about this many characters around the mention. */
const MAX_CONTEXT = 160;
const ELLIPSIS = '…';

const segmenter = new Intl.Segmenter(undefined, { granularity: 'sentence' });

/** Cuts `text` to its last `max` characters, starting on a word, with an ellipsis when cut. */
function keepEnd(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(text.length - max);
  const word = cut.search(/\s\S/);
  return ELLIPSIS + (word >= 0 ? cut.slice(word + 1) : cut);
}

/** Cuts `text` to its first `max` characters, ending on a word, with an ellipsis when cut. */
function keepStart(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const word = cut.search(/\S\s\S*$/);
  return (word >= 0 ? cut.slice(0, word + 1) : cut) + ELLIPSIS;
}

/**
 * The sentence of `paragraph` holding `[start, end)`, split at the mention, white space collapsed.
 * Text before and after the mention is cut to `MAX_CONTEXT` characters each.
 */
export function sentenceAround(paragraph: string, start: number, end: number): QuotedSentence {
  let from = start;
  let to = end;
  for (const { index, segment } of segmenter.segment(paragraph)) {
    const segmentEnd = index + segment.length;
    if (segmentEnd <= start || index >= end) continue;
    from = Math.min(from, index);
    to = Math.max(to, segmentEnd);
  }
  const tidy = (text: string) => text.replace(/\s+/g, ' ');
  return {
    before: keepEnd(tidy(paragraph.slice(from, start)).trimStart(), MAX_CONTEXT),
    mention: tidy(paragraph.slice(start, end)),
    after: keepStart(tidy(paragraph.slice(end, to)).trimEnd(), MAX_CONTEXT),
  };
}
