/**
 * A study text in which no abstract was found still opens with its cover or header (title,
 * authors, university) and goes on in prose. This splits its paragraphs there, so the cover can
 * be read like the block over an abstract and the prose kept as the body, not lost.
 */
import { readLabelledField } from './labelled-fields.ts';

/** The fewest words of a paragraph of running prose; cover lines and titles are shorter. */
const PROSE_WORDS = 25;

/** The cover (paragraphs before the first paragraph of prose) and the prose from there on. */
export interface CoverAndProse {
  cover: string[];
  prose: string[];
}

/** True for a paragraph of running text, not a title, a name, a form line or a list of keywords. */
function isProse(paragraph: string): boolean {
  const text = paragraph.trim();
  if (readLabelledField(text)) return false;
  const words = text.split(/\s+/);
  // A title in capitals can be long; prose has lower-case words.
  return words.length >= PROSE_WORDS && words.filter((word) => /^\p{Ll}/u.test(word)).length >= words.length / 3;
}

/** Splits reflowed paragraphs at the first paragraph of prose; all cover when there is none. */
export function splitCoverAndProse(paragraphs: readonly string[]): CoverAndProse {
  const at = paragraphs.findIndex(isProse);
  if (at < 0) return { cover: [...paragraphs], prose: [] };
  return { cover: paragraphs.slice(0, at), prose: paragraphs.slice(at) };
}
