/**
 * Legal texts come with line breaks anywhere (PDF columns, OCR, copies that put a whole heading
 * on one line); the parts of a regulation are found by their fixed words, not by their lines, so
 * most readers work on the text with every run of whitespace made one space.
 */

/** `text` with each run of whitespace as one space, trimmed. */
export function flatten(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Lines that are page furniture in copies of regulations: a page number ("- 2 -", "-2-"), the
 * "SALINAN" stamp, a running "2018, No.1084" header.
 */
const FURNITURE = /^(?:-\s*\d+\s*-|SALINAN|\d{4},\s*No\.\s*\d+|www\.\S+)$/;

/** `text` without page-furniture lines, so items broken over a page read as one. */
export function withoutFurniture(text: string): string {
  return text
    .split('\n')
    .filter((line) => !FURNITURE.test(line.trim()))
    .join('\n');
}
