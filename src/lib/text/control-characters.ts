/**
 * Characters a raw document may carry that are never wording: C0 and C1 control characters and
 * the Unicode bidirectional controls (embeddings, overrides, isolates and the direction marks).
 *
 * The corpus is Indonesian and English, left to right; a direction control in it is either an
 * artefact of copying or an attempt to make text read differently than it is stored (an override
 * shows "gpj.exe" as "exe.jpg"). The site isolates every text value it shows inline, so removing
 * these loses nothing a reader could see.
 */

/** Line and page breaks of other systems, read as the line break they stand for. */
const LINE_BREAKS = /[\v\f\u0085]/g;

/**
 * C0 controls except tab and line feed, DEL, C1 controls, the Arabic letter mark, the
 * left-to-right and right-to-left marks, and the embedding, override and isolate controls.
 */
const NOT_WORDING = /[\0-\x08\x0e-\x1f\r\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

/**
 * Returns `text` with vertical tabs, form feeds and next-line characters turned into line feeds
 * and every other control and bidirectional formatting character removed; tabs, line feeds and
 * all other characters are kept as they are.
 */
export function removeControlCharacters(text: string): string {
  return text.replace(LINE_BREAKS, '\n').replace(NOT_WORDING, '');
}
