/**
 * Reads numbers written the Indonesian way ("12.000", "7,9") or the English way ("12,000",
 * "3.73"), and the scale words that follow them ("juta", "miliar", "M", "million", "bn").
 */
import type { Lang } from '../../langs.ts';

/** The separator each language groups thousands with; the other one marks decimals. */
const THOUSANDS_SEPARATOR: Readonly<Record<Lang, string>> = { id: '.', en: ',' };

/**
 * Returns the value of a digit string such as "12.000" or "1,234.5" as a plain decimal string
 * ("12000", "1234.5"), or undefined when its grouping is malformed. A lone separator followed by
 * exactly three digits is a thousands separator in the language that groups with it; otherwise
 * it marks decimals.
 */
export function readDigits(raw: string, lang: Lang): string | undefined {
  const separators = raw.match(/[.,]/g) ?? [];
  if (separators.length === 0) return raw;
  const lastSeparator = separators[separators.length - 1] ?? '';
  const kinds = new Set(separators);
  let decimalSeparator: string | undefined;
  if (kinds.size === 2) decimalSeparator = lastSeparator;
  else if (separators.length === 1) {
    const digitsAfter = raw.length - raw.indexOf(lastSeparator) - 1;
    decimalSeparator = lastSeparator === THOUSANDS_SEPARATOR[lang] && digitsAfter === 3 ? undefined : lastSeparator;
  }
  const decimalAt = decimalSeparator === undefined ? -1 : raw.lastIndexOf(decimalSeparator);
  const [whole, fraction] = decimalAt < 0 ? [raw, undefined] : [raw.slice(0, decimalAt), raw.slice(decimalAt + 1)];
  const groups = whole.split(/[.,]/);
  const badGroup = groups.slice(1).some((group) => group.length !== 3);
  if (badGroup || (groups.length > 1 && (groups[0] ?? '').length > 3)) return undefined;
  return fraction === undefined ? groups.join('') : `${groups.join('')}.${fraction}`;
}

/** Scale words by power of ten; single letters only count after a currency (see readScale). */
const SCALE_WORDS: ReadonlyArray<readonly [RegExp, number]> = [
  [/^(?:ribu|rb|thousand)\b/iu, 3],
  [/^(?:juta|jt|million|mln|mn)\b/iu, 6],
  [/^(?:miliar|milyar|billion|bn)\b/iu, 9],
  [/^(?:triliun|trilyun|trillion|tn)\b/iu, 12],
];

/** One-letter scales after money: "Rp11,5 M" is miliar in Indonesian, "$5M" million in English. */
function letterScale(letter: string, lang: Lang): number | undefined {
  if (letter === 'k' || letter === 'K') return 3;
  if (letter === 'M') return lang === 'id' ? 9 : 6;
  if (letter === 'm') return 6;
  if (letter === 'B' || letter === 'b') return 9;
  if (letter === 'T') return 12;
  return undefined;
}

/** A scale read from the start of a text: its power of ten and how many characters it took. */
export interface Scale {
  power: number;
  length: number;
}

/** Returns the scale word at the start of `text` (after optional spaces), if any. */
export function readScale(text: string, lang: Lang, isMoney: boolean): Scale | undefined {
  const spaces = /^\s?/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(spaces);
  for (const [pattern, power] of SCALE_WORDS) {
    const match = pattern.exec(rest);
    if (match) return { power, length: spaces + match[0].length };
  }
  const letter = /^([kKmMbBT])(?!\p{L})/u.exec(rest)?.[1];
  const power = isMoney && letter ? letterScale(letter, lang) : undefined;
  return power === undefined ? undefined : { power, length: spaces + 1 };
}

/** Returns the number a decimal string stands for, multiplied by 10^power without float drift. */
export function scaleNumber(decimal: string, power: number): number {
  return Number(`${decimal}e${power}`);
}
