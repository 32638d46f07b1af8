/**
 * Chapter headings of a full thesis ("BAB I", "BAB 2 TINJAUAN PUSTAKA", "CHAPTER III") and the
 * unnumbered section headings of a journal article ("PENDAHULUAN", "Hasil dan Pembahasan").
 */
import { isCapitalsHeading } from '../pdf-text/paragraph-breaks.ts';
import { trimChars } from '../../text/trim-chars.ts';

/** Capital "BAB"/"CHAPTER" only, so a sentence mentioning "bab ini" is not a heading. */
const CHAPTER = /^(BAB|CHAPTER)\s+([IVXLC]{1,6}|\d{1,2})\b\.?\s*(.*)$/;

/** Dot leaders or a trailing page number mark a table-of-contents entry, not the chapter itself. */
const CONTENTS_ENTRY = /\.{4,}|…{2,}|\s\d{1,3}$/;

/** A chapter heading read from a line. */
export interface ChapterHeading {
  /** "BAB I", "CHAPTER 2". */
  label: string;
  /** Title on the same line, if any ("PENDAHULUAN"). */
  title: string;
}

/** Reads a line or paragraph as a chapter heading, or returns undefined. */
export function readChapterHeading(text: string): ChapterHeading | undefined {
  const line = trimChars(text.trim(), '*_#', '*_').trim();
  const match = CHAPTER.exec(line);
  if (!match || CONTENTS_ENTRY.test(` ${match[3]}`)) return undefined;
  const title = match[3]!.replace(/^[.:—–-]\s*/, '').trim();
  // A chapter title is written in capitals; lower-case words mean a sentence that starts with "BAB I".
  if (/\p{Ll}/u.test(title) && title.split(/\s+/).length > 8) return undefined;
  return { label: `${match[1]} ${match[2]}`, title };
}

/** Section names of a journal article, which prints them without "BAB"/"CHAPTER". */
const ARTICLE_SECTION_NAMES = [
  'pendahuluan',
  'introduction',
  'tinjauan pustaka',
  'kajian pustaka',
  'literature review',
  'kerangka (?:teori(?:tis)?|konseptual|pemikiran)',
  'theoretical framework',
  'metode(?:logi)?(?: penelitian)?',
  'research methods?',
  'methods?',
  'methodology',
  'hasil(?: penelitian)?(?: dan pembahasan)?',
  'pembahasan',
  'results?(?: and discussions?)?',
  'discussions?',
  'kesimpulan(?: dan saran)?',
  'simpulan(?: dan saran)?',
  'penutup',
  'conclusions?',
  'ucapan terima kasih',
  'acknowledge?ments?',
  'daftar pustaka',
  'referensi',
  'references',
  'bibliography',
].join('|');

/** Optional section number before the name: "1.", "I.", "2". */
const SECTION_NUMBER = '(?:(?:[IVX]{1,4}|\\d{1,2})\\.?\\s+)?';

const ARTICLE_SECTION = new RegExp(`^${SECTION_NUMBER}(?:${ARTICLE_SECTION_NAMES})$`, 'i');
const OPENING_SECTION = new RegExp(`^${SECTION_NUMBER}(?:pendahuluan|introduction)$`, 'i');

/**
 * Reads a line as a journal article's section heading ("PENDAHULUAN", "2. Metode Penelitian"),
 * written in capitals or with every word capitalised, and returns it as printed.
 */
export function readArticleSectionHeading(text: string): string | undefined {
  const line = trimChars(text.trim(), '*_#', '*_').trim();
  if (!ARTICLE_SECTION.test(line)) return undefined;
  const titleCase = line.split(/\s+/).every((word) => /^[\p{Lu}\p{N}]/u.test(word) || /^(?:dan|and)$/.test(word));
  return isCapitalsHeading(line) || titleCase ? line : undefined;
}

/** True for the heading that opens the text of a journal article: "PENDAHULUAN", "1. Introduction". */
export function isOpeningSectionHeading(text: string): boolean {
  const heading = readArticleSectionHeading(text);
  return heading !== undefined && OPENING_SECTION.test(heading);
}

const REFERENCE_LIST = new RegExp(`^${SECTION_NUMBER}(?:daftar pustaka|referensi|references|bibliography)$`, 'i');

/**
 * True for the heading of a reference list ("DAFTAR PUSTAKA", "5. References"): the names,
 * years and journal lines under it are those of the works cited, not of the document.
 */
export function isReferenceListHeading(text: string): boolean {
  const heading = readArticleSectionHeading(text);
  return heading !== undefined && REFERENCE_LIST.test(heading);
}
