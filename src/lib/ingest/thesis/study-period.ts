/**
 * The period a study covers, e.g. "tahun 2021-2023", "2021 – 2022", "from 2021 until 2022",
 * "antara tahun 2015 dan 2021".
 */

const YEAR = '((?:19|20)\\d{2})';
/** "2021-2023", "2021 sampai 2023", or "antara (tahun) 2015 dan 2021" / "between 2015 and 2021". */
const RANGE = new RegExp(
  `\\b${YEAR}\\s*(?:-|–|—|s\\.?\\s?d\\.?|sampai(?:\\s+dengan)?|hingga|until|to|through)\\s*(?:tahun\\s+|year\\s+)?${YEAR}\\b` +
    `|\\b(?:antara|between)\\s+(?:tahun\\s+|the\\s+years\\s+)?${YEAR}\\s+(?:dan|and)\\s+(?:tahun\\s+)?${YEAR}\\b`,
  'i',
);

/** Longest span accepted as a study period; longer ranges are usually historical references. */
const MAX_SPAN_YEARS = 30;

/** The years a study covers, first and last. */
export interface StudyPeriod {
  from: number;
  to: number;
}

/**
 * Returns the first year range stated in `texts` (searched in order, e.g. titles before
 * abstracts), or undefined when none is given.
 */
export function findStudyPeriod(texts: readonly string[]): StudyPeriod | undefined {
  for (const text of texts) {
    const match = RANGE.exec(text);
    if (!match) continue;
    const from = Number(match[1] ?? match[3]);
    const to = Number(match[2] ?? match[4]);
    if (from <= to && to - from <= MAX_SPAN_YEARS) return { from, to };
  }
  return undefined;
}
