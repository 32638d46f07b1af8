/**
 * A sharing site's page title cut by an ellipsis ("Peran Indonesia dalam Membentuk Keamanan dan
 * ...") completed from the line where the text prints the title whole, run together with what
 * follows it ("... 43 Peran Indonesia dalam Membentuk Keamanan dan Ketahanan di Ruang Siber The
 * Role of Indonesia to Create ... I Nyoman Aji Suadhana Rai*, ..."). The title ends where its
 * translation opens: the first word of the other language's title words after which no word of
 * the title's language comes. A title in one language gives no end to find, and nothing is read.
 */
import type { Candidate } from '../fields/candidates.ts';
import { LANGS, type Lang } from '../../langs.ts';
import { normalizeForMatch } from '../../text/normalize-for-match.ts';
import type { FrontLine } from './front-lines.ts';
import { detectTitleLanguage, TITLE_WORDS } from './title-language.ts';

/** A title cut by an ellipsis at its end, and nowhere before it. */
const CUT_AT_END = /^([^.…]+?)\s*(?:\.{3}|…)$/u;

/** Fewest words a cut title keeps to be found again: fewer may open any sentence. */
const MIN_CUT_WORDS = 4;

/** An author's mark on a name ("Rai*", "Heryadi**"): the names after the title and its translation. */
const MARKED_NAME = /[*†]/u;

/** True when `word` is one of the title words of `lang` ("The", "of", "dan", "dalam"). */
function isTitleWord(word: string, lang: Lang): boolean {
  return new RegExp(`^(?:${TITLE_WORDS[lang].source})$`, 'iu').test(word);
}

/** Where in `words` the words of `cut` stand, matched word for word (case and punctuation aside); -1 for nowhere. */
function openingAt(words: readonly string[], cut: readonly string[]): number {
  const key = normalizeForMatch(cut.join(' '));
  return words.findIndex((_, at) => normalizeForMatch(words.slice(at, at + cut.length).join(' ')) === key);
}

/** The whole title a line prints from the cut title's words on, up to its translation; undefined when it gives no end. */
function completeFrom(line: string, cut: readonly string[]): string | undefined {
  const words = line.split(/\s+/);
  const start = openingAt(words, cut);
  if (start < 0) return undefined;
  const marked = words.findIndex((word, at) => at >= start && MARKED_NAME.test(word));
  const run = words.slice(start, marked < 0 ? words.length : marked);
  const lang = detectTitleLanguage(cut.join(' '));
  const other = LANGS.find((candidate) => candidate !== lang);
  if (!lang || !other) return undefined;
  for (let end = cut.length; end < run.length; end++) {
    const rest = run.slice(end);
    if (isTitleWord(run[end]!, other) && /^\p{Lu}/u.test(run[end]!) && !rest.some((word) => isTitleWord(word, lang))) return run.slice(0, end).join(' ');
  }
  return undefined;
}

/** Every cut title of the front completed from a line printing it whole. */
export function completedCutTitles(lines: readonly FrontLine[]): Candidate<string>[] {
  return lines.flatMap(({ text, index }) => {
    const cut = CUT_AT_END.exec(text.trim())?.[1]?.split(/\s+/);
    if (!cut || cut.length < MIN_CUT_WORDS) return [];
    const whole = lines.filter((line) => line.index !== index).map((line) => completeFrom(line.text, cut)).find((title) => title !== undefined);
    return whole ? [{ value: whole, score: 0.6, reason: "the sharing site's cut title, completed where the text prints it" }] : [];
  });
}
