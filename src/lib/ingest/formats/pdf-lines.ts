/**
 * Puts the text pieces of one PDF page back into lines in reading order. A page is drawn in
 * whatever order its writer chose, so lines are rebuilt from positions: pieces on one baseline
 * make a line, and a page set in two columns is read column by column (the full-width lines
 * above and below them, such as a title or a footer, stay where they are).
 */

/** One run of text as the PDF places it: `x`, `y` of its baseline start (y grows upwards). */
export interface TextPiece {
  text: string;
  x: number;
  y: number;
  width: number;
  /** The font size, roughly. */
  height: number;
}

interface Line {
  pieces: TextPiece[];
  y: number;
  left: number;
  right: number;
  height: number;
}

/** Pieces whose baselines differ by less than this share of their size are on one line. */
const SAME_LINE_SHARE = 0.4;

/** A gap between lines this many times the usual gap marks a new paragraph (a blank line). */
const PARAGRAPH_GAP = 1.6;

/** The fewest lines on each side for a page to be read as two columns. */
const MIN_COLUMN_LINES = 3;

/** A horizontal gap wider than this many times the font size separates columns (or table cells). */
const COLUMN_GAP = 1.5;

/**
 * Groups pieces into line fragments: the same baseline and no wide gap between them. A line of
 * a single-column page that a wide gap splits is joined again in {@link joinSameBaseline}.
 */
function toFragments(pieces: readonly TextPiece[]): Line[] {
  const lines: Line[] = [];
  const sorted = pieces
    .filter((piece) => piece.text.trim() !== '')
    .toSorted((a, b) => b.y - a.y || a.x - b.x);
  for (const piece of sorted) {
    const size = Math.max(piece.height, 1);
    const line = lines.findLast(
      (l) => Math.abs(l.y - piece.y) < size * SAME_LINE_SHARE && piece.x - l.right < size * COLUMN_GAP && piece.x >= l.left,
    );
    if (line) {
      line.pieces.push(piece);
      line.right = Math.max(line.right, piece.x + piece.width);
      line.height = Math.max(line.height, size);
    } else {
      lines.push({ pieces: [piece], y: piece.y, left: piece.x, right: piece.x + piece.width, height: size });
    }
  }
  return lines;
}

/** Joins the fragments on one baseline into one line, for a page read as a single column. */
function joinSameBaseline(fragments: readonly Line[]): Line[] {
  const lines: Line[] = [];
  for (const fragment of fragments) {
    const previous = lines.at(-1);
    if (previous && Math.abs(previous.y - fragment.y) < fragment.height * SAME_LINE_SHARE) {
      previous.pieces.push(...fragment.pieces);
      previous.left = Math.min(previous.left, fragment.left);
      previous.right = Math.max(previous.right, fragment.right);
    } else {
      lines.push({ ...fragment, pieces: [...fragment.pieces] });
    }
  }
  return lines;
}

function lineText(line: Line): string {
  const pieces = line.pieces.toSorted((a, b) => a.x - b.x);
  let text = '';
  let end = -Infinity;
  for (const piece of pieces) {
    // A visible gap between two pieces is a space the writer did not draw as a character.
    const gap = piece.x - end;
    if (text !== '' && gap > piece.height * 0.15 && !/\s$/.test(text) && !/^\s/.test(piece.text)) text += ' ';
    text += piece.text;
    end = piece.x + piece.width;
  }
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * Splits line fragments into a left and a right column when the page has a gutter: a vertical
 * strip no line crosses, with enough lines on both sides. Full-width lines stay in the flow and
 * close a column block. A page without columns gets its lines back whole.
 */
function orderColumns(lines: Line[]): Line[] {
  const left = Math.min(...lines.map((l) => l.left));
  const right = Math.max(...lines.map((l) => l.right));
  const middle = (left + right) / 2;
  const side = (line: Line): 'left' | 'right' | 'full' =>
    line.right <= middle ? 'left' : line.left >= middle ? 'right' : 'full';
  const count = (which: string) => lines.filter((line) => side(line) === which).length;
  if (count('left') < MIN_COLUMN_LINES || count('right') < MIN_COLUMN_LINES) return joinSameBaseline(lines);
  const ordered: Line[] = [];
  let block: { left: Line[]; right: Line[] } = { left: [], right: [] };
  const flush = () => {
    ordered.push(...block.left, ...block.right);
    block = { left: [], right: [] };
  };
  for (const line of lines) {
    const where = side(line);
    if (where === 'full') {
      flush();
      ordered.push(line);
    } else {
      block[where].push(line);
    }
  }
  flush();
  return ordered;
}

/** The usual distance between consecutive baselines on the page. */
function usualGap(lines: readonly Line[]): number {
  const gaps = lines
    .slice(1)
    .map((line, i) => lines[i]!.y - line.y)
    .filter((gap) => gap > 0)
    .sort((a, b) => a - b);
  // The lower median: on a page of few lines the one wide gap must not count as the usual one.
  return gaps[Math.floor((gaps.length - 1) / 2)] ?? 0;
}

/**
 * Returns the page's text as lines in reading order, with an empty line where the vertical gap
 * before a line is clearly wider than the usual one (a paragraph or block break).
 */
export function assemblePageLines(pieces: readonly TextPiece[]): string[] {
  const lines = toFragments(pieces);
  if (lines.length === 0) return [];
  const ordered = orderColumns(lines);
  const gap = usualGap(ordered);
  const out: string[] = [];
  ordered.forEach((line, i) => {
    const previous = ordered[i - 1];
    const step = previous ? previous.y - line.y : 0;
    // A step upwards is the top of the next column: the paragraph may run on, so no gap is added.
    if (previous && gap > 0 && step > gap * PARAGRAPH_GAP) out.push('');
    out.push(lineText(line));
  });
  return out;
}
