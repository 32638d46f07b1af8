/**
 * The Hijri year that Islamic universities print beside the Gregorian one on a cover ("1445 H",
 * "2018/1439 H"), as a pattern source to build the cover's year patterns from.
 */
export const HIJRI_YEAR = '1[34]\\d{2}\\s*H\\.?';

/** The Hijri year after a Gregorian one, with the "M" that may mark the Gregorian: " M/1439 H", "/1439 H". */
export const HIJRI_AFTER_YEAR = `(?:\\s*M\\.?)?(?:\\s*[/|–-]\\s*${HIJRI_YEAR})?`;
