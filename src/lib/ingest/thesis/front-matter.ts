/**
 * The pages a thesis prints before its abstracts besides the cover: the approval page
 * ("HALAMAN PENGESAHAN"), statements, the preface and the table of contents. Their headings and
 * contents lines name parts of the thesis, not the thesis, so they must not be read as its title.
 */
import { trimChars, WHITESPACE } from '../../text/trim-chars.ts';

/**
 * Dot leaders (or a run of ellipses) then a page number, arabic or roman, closing the line:
 * "BAB I PENDAHULUAN ........ 1", "ABSTRAK ..... iii", "Kata Pengantar . . . . . vii".
 */
const CONTENTS_ENTRY = /(?:\.{4,}|…{2,}|(?:\.\s){3,})\s*(?:\d{1,4}|[ivxlc]{1,7})$/i;

/** Headings of the front-matter pages, in Indonesian and English. */
const FRONT_MATTER_HEADING = new RegExp(
  '^(?:' +
    [
      '(?:halaman|lembar)\\s+(?:judul|sampul|pengesahan|persetujuan(?:\\s+pembimbing)?|pernyataan(?:\\s+\\p{L}+)?|persembahan|motto)',
      'pernyataan\\s+(?:orisinalitas|keaslian)(?:\\s+\\p{L}+)*',
      'surat\\s+pernyataan(?:\\s+\\p{L}+)*',
      'kata\\s+pengantar',
      'daftar\\s+(?:isi|tabel|gambar|grafik|bagan|lampiran|singkatan|istilah|akronim)',
      'motto(?:\\s+dan\\s+persembahan)?',
      'persembahan',
      'ucapan\\s+terima\\s+kasih',
      'approval\\s+(?:page|sheet)',
      '(?:statement|declaration)\\s+of\\s+(?:originality|authorship)',
      'table\\s+of\\s+contents',
      'list\\s+of\\s+(?:tables|figures|abbreviations|appendices)',
      'preface',
      'foreword',
      'acknowledge?ments?',
      'dedication',
    ].join('|') +
    ')$',
  'iu',
);

/** True for a table-of-contents line: a part's name, dot leaders and its page number. */
export function isContentsEntry(line: string): boolean {
  return CONTENTS_ENTRY.test(line.trim());
}

/** True for the heading of a front-matter page ("HALAMAN PENGESAHAN", "DAFTAR ISI", "Preface"). */
export function isFrontMatterHeading(line: string): boolean {
  return FRONT_MATTER_HEADING.test(trimChars(line.trim(), `*_#${WHITESPACE}`, `*_:.${WHITESPACE}`).replace(/\s+/g, ' '));
}

/**
 * Returns `lines` without table-of-contents entries and front-matter page headings; every other
 * line, blank ones included, is kept in place.
 */
export function dropFrontMatterLines(lines: readonly string[]): string[] {
  return lines.filter((line) => !isContentsEntry(line) && !isFrontMatterHeading(line));
}
