/** Turns pasted web text into clean lines: the one place spacing quirks of copied pages are undone. */

/** No-break, thin and ideographic spaces that copied pages carry around dashes and numbers. */
const ODD_SPACES = /[\u00a0\u2007\u2009\u200a\u202f\u3000]/g;
const ZERO_WIDTH = /[\u200b\u200c\u200d\u2060\ufeff]/g;

/** Returns `line` with odd spaces turned into plain ones, runs of spaces collapsed and ends trimmed. */
export function normaliseSpaces(line: string): string {
  return line.replace(ZERO_WIDTH, '').replace(ODD_SPACES, ' ').replace(/[ \t]+/g, ' ').trim();
}

/** Returns the non-empty lines of `text`, each with its spacing normalised. */
export function splitNewsLines(text: string): string[] {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map(normaliseSpaces)
    .filter((line) => line.length > 0);
}
