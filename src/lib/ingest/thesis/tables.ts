/**
 * Finds tables that the PDF extraction flattened into one cell fragment per line: from a
 * "Tabel 1 ..." / "Table 2.1 ..." caption to the "Sumber:" / "Source:" line under it.
 */

const CAPTION = /^(?:tabel|table)\s+\d+(?:[.-]\d+)*\.?\s+\S/i;
const SOURCE = /^(?:sumber|source)\s*:/i;

/** How far below a caption the source line is looked for. */
const MAX_TABLE_LINES = 80;

/** A table flattened by PDF extraction: its caption, its cell lines and where it stands. */
export interface TableRegion {
  /** Index of the caption's first line. */
  start: number;
  /** The caption, its wrapped lines joined. */
  caption: string;
  /** The cell lines between caption and source line, as extracted. */
  cells: string[];
  /** The source line, if there is one. */
  source?: string;
  /** Index just past the table (past the source line). */
  end: number;
}

/** Index of the first source line in `lines[from..to)`, or -1; only the table's reach is read. */
function findSourceLine(lines: readonly string[], from: number, to: number): number {
  for (let j = from; j < Math.min(to, lines.length); j++) if (SOURCE.test(lines[j]!)) return j;
  return -1;
}

/**
 * Returns the flattened tables in `lines` (cleaned, one entry per line). A caption's wrapped
 * continuation is recognised by starting in lower case; the table ends at its source line.
 * A caption without a source line within reach is left to the normal text.
 */
export function findTableRegions(lines: readonly string[]): TableRegion[] {
  const tables: TableRegion[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (!CAPTION.test(lines[i]!)) continue;
    let cellStart = i + 1;
    let caption = lines[i]!;
    while (/^\p{Ll}/u.test(lines[cellStart] ?? '')) caption += ` ${lines[cellStart++]}`;
    const sourceIndex = findSourceLine(lines, cellStart, i + MAX_TABLE_LINES);
    if (sourceIndex < 0) continue;
    tables.push({
      start: i,
      caption,
      cells: lines.slice(cellStart, sourceIndex).filter((line) => line !== ''),
      source: lines[sourceIndex]!,
      end: sourceIndex + 1,
    });
    i = sourceIndex;
  }
  return tables;
}
