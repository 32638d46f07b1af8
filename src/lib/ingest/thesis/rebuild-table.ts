/**
 * Rebuilds a table that PDF extraction flattened to one cell per line, when the cells allow
 * only one reading: a header row of text, then rows whose columns each hold one kind of value
 * (numbers or words), at least one of them numbers. Anything less certain is left to a person.
 */

/** Integers and decimals in either language's notation, with an optional percent sign. */
const NUMBER = /^[-–]?(?:\d{1,3}(?:[.,]\d{3})+|\d+)(?:[.,]\d+)?\s*%?$/;

/** Column counts tried; wider flattened tables are too ambiguous to guess. */
const MIN_COLUMNS = 2;
const MAX_COLUMNS = 6;
/** Data rows needed before column kinds say anything. */
const MIN_DATA_ROWS = 2;

const isNumber = (cell: string): boolean => NUMBER.test(cell.trim());

function chunk<T>(items: readonly T[], size: number): T[][] {
  const rows: T[][] = [];
  for (let i = 0; i < items.length; i += size) rows.push(items.slice(i, i + size));
  return rows;
}

/** The rows of the table (header first) for `columns` columns, if the cells fit that shape. */
function readAs(cells: readonly string[], columns: number): string[][] | undefined {
  if (cells.length % columns !== 0 || cells.length / columns < MIN_DATA_ROWS + 1) return undefined;
  const [header, ...data] = chunk(cells, columns);
  if (!header || header.some(isNumber)) return undefined;
  const kinds = header.map((_, column) => new Set(data.map((row) => isNumber(row[column] ?? ''))));
  if (kinds.some((kind) => kind.size !== 1)) return undefined;
  if (!kinds.some((kind) => kind.has(true))) return undefined;
  return [header, ...data];
}

/**
 * Returns the table's rows (header first) when a column count fits the cells, otherwise
 * undefined. At most one count can fit: the header must be all text and every column of one
 * kind, so a wrong count shifts numbers into the header or mixes a column.
 */
export function rebuildTable(cells: readonly string[]): string[][] | undefined {
  for (let columns = MIN_COLUMNS; columns <= MAX_COLUMNS; columns++) {
    const rows = readAs(cells, columns);
    if (rows) return rows;
  }
  return undefined;
}
