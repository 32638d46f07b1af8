/**
 * Trimming runs of given characters off the ends of a line. A pattern such as /[*_]+$/ is
 * retried by the regular-expression engine from every character of a run that does not reach
 * the end, which costs the square of the run's length; these loops read each character once.
 */

/** The characters JavaScript's `\s` matches, for the sets below. */
export const WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/**
 * Returns `text` without the run of `leading` characters at its start, then without the run of
 * `trailing` characters at the end of what is left (as `/^[leading]+|[trailing]+$/g` would).
 */
export function trimChars(text: string, leading: string, trailing: string): string {
  let start = 0;
  while (start < text.length && leading.includes(text[start]!)) start++;
  let end = text.length;
  while (end > start && trailing.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}
