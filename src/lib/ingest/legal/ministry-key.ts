/**
 * One key per ministry, whichever way a citation names it: in full ("Peraturan Menteri
 * Komunikasi dan Informatika"), in English, or by the short code in "Permenkominfo" or in a
 * number like "26/PER/M.KOMINFO/5/2007". Ministerial regulations of different ministries share
 * numbers and years, so a citation is only matched to an entry of the same ministry.
 */

/** Short code -> the full names (Indonesian, English) that mean the same ministry, lower case. */
const MINISTRY_NAMES: Readonly<Record<string, readonly string[]>> = {
  kominfo: ['komunikasi dan informatika', 'communication and informatics', 'communication and information technology'],
  komdigi: ['komunikasi dan digital', 'communication and digital affairs'],
  kumham: ['hukum dan hak asasi manusia', 'law and human rights'],
};

/**
 * The key for a ministry named by a code or by its full name: the known short code when the
 * name is in the table, otherwise the name itself in lower case with single spaces.
 * Returns `undefined` when nothing is left of the name.
 */
export function ministryKey(name: string): string | undefined {
  const normalized = name.replace(/\s+/g, ' ').trim().toLowerCase();
  if (normalized === '') return undefined;
  if (Object.hasOwn(MINISTRY_NAMES, normalized)) return normalized;
  const code = Object.keys(MINISTRY_NAMES).find((key) => MINISTRY_NAMES[key]?.includes(normalized));
  return code ?? normalized;
}
