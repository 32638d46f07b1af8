/**
 * Evidence for a study's keywords, read from the front lines: a keyword label with its list on
 * the same line ("Kata kunci: a, b"), the list on the next line ("Keywords:" / "a, b, c"), or a
 * label run into the last sentence of an abstract ("...diredam.Kata Kunci: a, b"), which the
 * front lines have already set apart. The label names the language of the list, unless the
 * keywords' own words clearly name the other ("Keywords:" over an Indonesian list).
 */
import type { Candidate } from '../fields/candidates.ts';
import type { Lang } from '../../langs.ts';
import type { FrontLine } from './front-lines.ts';
import { readAbstractHeading } from './abstract-sections.ts';
import { detectKeywordLanguage } from './keyword-language.ts';
import { keywordsGoingOn, lostItsSeparators, MAX_LONE_KEYWORD_WORDS, parseKeywordLine, splitKeywordList } from './keywords.ts';

/** Labels of Indonesian keyword lists; every other known keyword label is English. */
const INDONESIAN_LABEL = /^kata/i;

/** Most words a keyword has; a longer item is a sentence, so the line is no keyword list. */
const MAX_KEYWORD_WORDS = 8;

/** Keyword candidates per language. */
export type KeywordCandidates = Record<Lang, Candidate<string[]>[]>;

/** A list of keywords printed on the line after its label, if the line is one. */
function listOnNextLine(line: string | undefined): string[] {
  if (line === undefined || readAbstractHeading(line) || parseKeywordLine(line)) return [];
  const items = splitKeywordList(line);
  const lone = items.length === 1 && /^\p{Lu}/u.test(items[0]!) && !lostItsSeparators(items);
  return items.length >= 2 || lone ? items : [];
}

/**
 * True for a line of short comma-separated items most of which the abstract under it repeats
 * ("follow the money, corruption, money laundering, financial losses."): a study's keywords
 * are the terms its abstract speaks of, while the pieces of a sentence cut at its commas ("or
 * the movement of people") are said once.
 */
function isCommaListTheAbstractRepeats(line: string, abstract: string): boolean {
  const items = splitKeywordList(line);
  if (items.length < 2 || items.some((item) => item.split(/\s+/).length > MAX_LONE_KEYWORD_WORDS)) return false;
  const text = abstract.toLowerCase();
  return items.filter((item) => text.includes(item.toLowerCase())).length > items.length / 2;
}

/**
 * The list under a keyword label stacked over the abstract's heading, as a two-column page prints
 * the labels of its columns ("KEYWORDS" / "ABSTRACT" / "Migration; Irregular" / "migration; Bali
 * Process" / "Migration, or the movement ..."): the lines right under the heading that hold a
 * semicolon, joined; or one line of commas whose items the abstract under it repeats, as the
 * abstract's first sentence, also cut by commas, does not.
 */
function listUnderStackedHeading(lines: readonly FrontLine[], labelAt: number): string | undefined {
  const heading = readAbstractHeading(lines[labelAt + 1]?.text ?? '');
  if (!heading || heading.inlineText !== undefined) return undefined;
  const list: string[] = [];
  for (const { text } of lines.slice(labelAt + 2)) {
    if (!text.includes(';')) break;
    list.push(text);
  }
  if (list.length > 0) return list.join(' ');
  const first = lines[labelAt + 2]?.text;
  const below = lines.slice(labelAt + 3).map((line) => line.text).join(' ');
  return first !== undefined && isCommaListTheAbstractRepeats(first, below) ? first : undefined;
}

/** Every keyword list the front gives, by the language its label names. */
export function keywordCandidates(lines: readonly FrontLine[]): KeywordCandidates {
  const found: KeywordCandidates = { id: [], en: [] };
  for (const { text, index } of lines) {
    const line = parseKeywordLine(text);
    if (!line?.knownLabel) continue;
    const sameLine = line.keywords.length > 0;
    const listAt = sameLine ? index : index + 1;
    const stacked = sameLine ? undefined : listUnderStackedHeading(lines, index);
    const listed = sameLine ? line.keywords : stacked !== undefined ? splitKeywordList(stacked) : listOnNextLine(lines[listAt]?.text);
    const keywords = listed.length > 0 && stacked === undefined ? [...listed, ...keywordsGoingOn(lines[listAt]!.text, lines[listAt + 1]?.text)] : listed;
    if (keywords.length === 0 || keywords.some((k) => k.split(/\s+/).length > MAX_KEYWORD_WORDS)) continue;
    const lang: Lang = detectKeywordLanguage(keywords) ?? (INDONESIAN_LABEL.test(line.label) ? 'id' : 'en');
    found[lang].push({ value: keywords, score: sameLine ? 0.8 : 0.7, reason: sameLine ? `list after '${line.label}'` : `list on the line after '${line.label}'` });
  }
  return found;
}
