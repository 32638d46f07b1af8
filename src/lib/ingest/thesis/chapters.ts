/** Chapter headings of a full thesis: "BAB I", "BAB 2 TINJAUAN PUSTAKA", "CHAPTER III". */

/** Capital "BAB"/"CHAPTER" only, so a sentence mentioning "bab ini" is not a heading. */
const CHAPTER = /^(BAB|CHAPTER)\s+([IVXLC]{1,6}|\d{1,2})\b\.?\s*(.*)$/;

/** Dot leaders or a trailing page number mark a table-of-contents entry, not the chapter itself. */
const CONTENTS_ENTRY = /\.{4,}|…{2,}|\s\d{1,3}$/;

export interface ChapterHeading {
  /** "BAB I", "CHAPTER 2". */
  label: string;
  /** Title on the same line, if any ("PENDAHULUAN"). */
  title: string;
}

/** Reads a line or paragraph as a chapter heading, or returns undefined. */
export function readChapterHeading(text: string): ChapterHeading | undefined {
  const line = text.trim().replace(/^[*_#]+|[*_]+$/g, '').trim();
  const match = CHAPTER.exec(line);
  if (!match || CONTENTS_ENTRY.test(` ${match[3]}`)) return undefined;
  const title = match[3]!.replace(/^[.:—–-]\s*/, '').trim();
  // A chapter title is written in capitals; lower-case words mean a sentence that starts with "BAB I".
  if (/\p{Ll}/u.test(title) && title.split(/\s+/).length > 8) return undefined;
  return { label: `${match[1]} ${match[2]}`, title };
}
