/**
 * An abstract that opens with its own keyword list: a two-column page prints the keyword column
 * ("KEYWORDS" / "Migration; Irregular migration; Bali Process") beside the abstract, and the copy
 * runs the column into the abstract's first line.
 */
import { escapeRegExp } from '../../text/escape-reg-exp.ts';

/** Fewest keywords whose list, opening an abstract, is taken for the keyword column. */
const MIN_LISTED = 2;

/**
 * Returns `abstract` without the keyword list it opens with, the `keywords` in order with their
 * separators; the abstract unchanged when it opens otherwise.
 */
export function withoutLeadingKeywords(abstract: string, keywords: readonly string[]): string {
  if (keywords.length < MIN_LISTED) return abstract;
  const items = keywords.map((keyword) => keyword.trim().split(/\s+/).map(escapeRegExp).join('\\s+'));
  const lead = new RegExp(`^${items.join('\\s*[;,]\\s*')}[;,.]?\\s+(?=\\S)`, 'iu');
  const match = lead.exec(abstract.trimStart());
  return match ? abstract.trimStart().slice(match[0].length) : abstract;
}
