/**
 * Some PDF extractions put an empty line after every line of text, so a single empty line no
 * longer separates paragraphs; only a run of two or more (a line of spaces in the source,
 * followed by its own artefact line) still marks a real gap.
 */

/** Share of text lines that must be followed by exactly one empty line to call a text double-spaced. */
const DOUBLE_SPACED_SHARE = 0.6;

/**
 * Share of those empty lines that must fall inside a sentence. A text with one-line paragraphs
 * separated by empty lines has them after every line too, but only between sentences.
 */
const MID_SENTENCE_SHARE = 0.25;

const isBlank = (line: string | undefined): boolean => line !== undefined && line.trim() === '';

/**
 * True when most text lines are followed by a single empty line and many of those empty lines
 * cut a sentence (the line before does not end one, the line after goes on in lower case):
 * the empty lines are then an artefact of the extraction rather than paragraph breaks.
 */
export function isDoubleSpaced(lines: readonly string[]): boolean {
  let textLines = 0;
  let singleGaps = 0;
  let midSentenceGaps = 0;
  lines.forEach((line, i) => {
    if (isBlank(line)) return;
    textLines++;
    const after = lines[i + 2];
    if (!isBlank(lines[i + 1]) || after === undefined || isBlank(after)) return;
    singleGaps++;
    if (!/[.?!:;]["'”’)\]]*\s*$/.test(line) && /^\s*\p{Ll}/u.test(after)) midSentenceGaps++;
  });
  return (
    textLines >= 3 && singleGaps / textLines >= DOUBLE_SPACED_SHARE && midSentenceGaps / singleGaps >= MID_SENTENCE_SHARE
  );
}

/**
 * Returns the lines with blank lines reduced to the real paragraph gaps, each as one empty
 * string: for a double-spaced text single blank lines are dropped and longer runs kept as one
 * gap; otherwise every run of blank lines becomes one gap.
 */
export function removeDoubleSpacing(lines: readonly string[]): string[] {
  const minimumGap = isDoubleSpaced(lines) ? 2 : 1;
  const out: string[] = [];
  let run = 0;
  const flush = (): void => {
    if (run >= minimumGap) out.push('');
    run = 0;
  };
  for (const line of lines) {
    if (isBlank(line)) {
      run++;
      continue;
    }
    flush();
    out.push(line);
  }
  flush();
  return out;
}
