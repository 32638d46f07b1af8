import { looksLikePersonName } from './person-name.ts';
import { EMAIL_ADDRESS } from '../../text/email-address.ts';
/**
 * What a front line is, as several evidence modules need to know it: site chrome around a
 * stored copy, a line of capitals, a study-type line, a label.
 */

/**
 * Chrome of the document-sharing and repository sites a copy comes from ("Anda di halaman 1dari
 * 21", "Academic year: 2017", "Copied!", page markers "(1)", counters), and the navigation a
 * saved page keeps ("top of page", "ArticlePDF Available", "Home", "+ All Categories"), and a
 * sharing site's viewer over the copy ("Embed Size (px)", "Citation preview"): never a field's value.
 */
const SITE_CHROME =
  /^(?:top banner|top of page|bottom of page|skip to (?:main )?content(?:\s+skip to .*)?|open menu|(?:article\s*)?pdf available|home|menu|anda di halaman|you are on page|sei sulla pagina|• tidak ada hasil(?: yang ditemukan)?|n\/a|protected|copied!|teks penuh|downloads?(?: as .*)?|documents|advertisement|academic year\b|membagikan\b|page \d+:|welcome message|this document is posted|transcript|main article content|isi artikel utama|full text:?|you might also like|embed size(?: \(px\))?|citation preview|recommend stories|(?:\+\s*)?all categories|article details|author biography|authors?|doi:?|references|\(\d+\)|[\d\s.,]+|[ivx]+|\d+ pb)$/i;

/**
 * A saved page's breadcrumb trail: "Home" or "Beranda" then a separator or a section's name in
 * capitals ("Home > Berita", "Beranda / Arsip / Vol 5", "Home TEKNOLOGI TEKNOLOGI Pengaruh ...").
 */
const BREADCRUMB = /^(?:[Hh]ome|HOME|[Bb]eranda|BERANDA)\s*(?:[>›»/|]|\s\p{Lu}{3,}\b)/u;

/**
 * A sharing site's notice about the copy it holds: who uploaded it, their right to share it, and
 * the copyright-complaint form ("This document was uploaded by user ...", "... this DMCA report
 * form"). It reads as prose but says nothing about the document.
 */
const UPLOAD_NOTICE = /\b(?:DMCA|(?:document|file) (?:was )?uploaded by|diunggah oleh pengguna)\b/i;

/**
 * A catalogue's count of what a search found, over the records it lists: "Ditemukan 1 dokumen
 * yang sesuai dengan query", "Found 12 documents", "Showing 1 - 10 of 25 results", "3 hasil
 * ditemukan". A count then a word for records, so a title that merely opens with "Found" is kept.
 */
const SEARCH_RESULT_COUNT =
  /^(?:(?:ditemukan|found|showing|displaying|menampilkan)\s+(?:\d+\s*(?:-|–|to|sampai)\s*\d+\s+(?:of|dari)\s+)?\d+\s+(?:dokumen|documents?|hasil|results?|records?|items?|judul|titles?)\b|\d+\s+(?:dokumen|documents?|hasil|results?|records?)\s+(?:ditemukan|found)\b)/iu;

/** A journal theme's label left untranslated, printed as its key: "##plugins.themes.academic_pro.article.main##". */
const OJS_LOCALE_KEY = /^##[\w.-]+##$/;

/**
 * A journal page's label over the article itself, in English or as an Indonesian page prints it
 * ("Main Article Content", "Isi Artikel Utama"): the authors are listed under it.
 */
export const ARTICLE_CONTENT_LABEL = /^(?:main article content|isi artikel utama)$/i;

/** True for a line of site chrome (see {@link SITE_CHROME}); also a line opening with the share label, a breadcrumb, a catalogue's count of search results or a sharing site's upload notice. */
export function isSiteChrome(line: string): boolean {
  return SITE_CHROME.test(line.trim()) || SEARCH_RESULT_COUNT.test(line.trim()) || OJS_LOCALE_KEY.test(line.trim()) || UPLOAD_NOTICE.test(line) || /^(?:membagikan|academic year|page \d+:|anda di halaman|you are on page|sei sulla pagina)/i.test(line.trim()) || BREADCRUMB.test(line.trim());
}

/** A line naming the kind of study or the purpose of the text under a title. */
export const STUDY_TYPE_LINE =
  /^(?:\[thesis\]|usulan\s+penelitian$|(?:research\s+)?proposal(?:\s+penelitian)?$|(?:proposal\s+|outline\s+)?(?:(?:undergraduate|master'?s?|doctoral|bachelor'?s?)\s+)?(?:skripsi|tesis|disertasi|jurnal|tugas\s+akhir|thesis|dissertation)$|naskah\s+publikasi$|a\s+thesis\b|(?:this\s+)?thesis\s+submitted|diajukan\b|disusun\b|untuk\s+memenuhi|in\s+partial\s+fulfil)/i;

/** True when at least two letters are printed and nine in ten letters are capitals. */
export function isCapitalsLine(line: string): boolean {
  const letters = line.match(/\p{L}/gu) ?? [];
  const capitals = line.match(/\p{Lu}/gu) ?? [];
  return letters.length >= 2 && capitals.length >= 0.9 * letters.length;
}

/** Words for a heading, label or unit, which make a line no title. */
export const NOT_A_TITLE =
  /^(?:abstra\w*|intisari|ringkasan|summary|kata\s+pengantar|kata[\s-]*kunci|key\s*words?|keywords|lembar\w*|halaman\b|motto|persembahan|prasyarat|pernyataan|pengesahan|declaration|acknowledg\w*|universitas|university|universiti|institut\w*|fakultas|faculty|jurusan|program\s+studi|departemen|department|bagian|sekolah|school|college|oleh|by\b|nim\b|npm\b|bab\b|chapter\b|skripsi\b|tesis\b|jurnal\b|proposal\b|issue\s*:|(?:research|original|review)\s+article|artikel\s+penelitian)/iu;

/**
 * Words that join a title's parts and never end one: a line ending on one ("... MELALUI PROGRAM
 * THE", "... Policy of the") breaks inside the title, which goes on on the next line; a part
 * opening with one other than an article ("Dalam Penanganan ...", not "The Role ...") goes on
 * from the words before it.
 */
const JOINING_WORDS =
  '(?:of|and|in|on|for|to|from|with|by|between|against|towards?|dan|di|ke|dari|yang|dalam|pada|untuk|terhadap|melalui|dengan|antara|atau|bagi|oleh|tentang|sebagai|serta)';
const JOINING_WORD_AT_END = new RegExp(`(?<![\\p{L}-])(?:the|a|an|${JOINING_WORDS})$`, 'iu');
const JOINING_WORD_AT_START = new RegExp(`^${JOINING_WORDS}(?![\\p{L}-])`, 'iu');
const JOINING_WORD = new RegExp(`^${JOINING_WORDS}$`, 'iu');

/** True when `word` is one of the words that join a title's parts ("dalam", "of"), never part of a person's name. */
export function isJoiningWord(word: string): boolean {
  return JOINING_WORD.test(word);
}

/** True when `line` ends on a word that joins two parts of a title (see {@link JOINING_WORDS}). */
export function endsOnJoiningWord(line: string): boolean {
  return JOINING_WORD_AT_END.test(line.trim());
}

/** True when `text` opens with a word that joins it to the words before it (see {@link JOINING_WORDS}). */
export function opensOnJoiningWord(text: string): boolean {
  return JOINING_WORD_AT_START.test(text.trim());
}

/** A university, college or faculty named in a line. */
const INSTITUTION_WORD = /\b(?:universit\w*|institut\w*|college|faculty|fakultas|politeknik|sekolah\s+tinggi|school\s+of)\b/iu;
/** A degree or programme named in a line, or a year closing it. */
const DEGREE_OR_YEAR = /\b(?:master|bachelor|doctor|magister|sarjana|diploma|program\s+studi|study\s+programme?|department|jurusan|departemen)\b|\b(?:19|20)\d{2}$/iu;

/**
 * True for the header block of a cover run into one line ("FLINDERS UNIVERSITY COLLEGE OF ...
 * MASTER OF ARTS IN INTERNATIONAL RELATIONS 2019"): it names an institution and a degree,
 * programme or year, as a title hardly ever does.
 */
export function isHeaderBlockLine(line: string): boolean {
  return INSTITUTION_WORD.test(line) && DEGREE_OR_YEAR.test(line.trim());
}

/** A place and year closing a cover ("YOGYAKARTA 2022"): no title either. */
export const PLACE_YEAR_LINE = /^[\p{Lu}\s,]*\d{4}$/u;

/** "Oleh", "Disusun oleh:", "By:" printed alone before the author's name, also with the space lost ("DiajukanOleh:"). */
export const BY_LABEL_LINE = /^(?:(?:disusun|diajukan|ditulis|written)\s*)?(?:oleh|by)\s*[:,]?$/i;

/**
 * The symbols and superscript digits that tie an author's name to an affiliation ("Budi#",
 * "Ani1✉", "Dewi²*"), one set for every module reading names so a mark one strips the other
 * does not keep. Written for a character class.
 */
export const NAME_MARK_CHARS = '*†‡§#✉¹²³⁴⁵⁶⁷⁸⁹⁰';

/**
 * Trailing marks tying a name to its affiliation: "Farhana1*", "Ali Maksum 1", "Obet(1*)", "Fae1)",
 * "Budi#", the envelope marking the corresponding author ("Ani1✉"), and a letter set apart after
 * the name ("Ahmad Fauzi a", "Siti Rahma b,*").
 */
const NAME_MARKERS = new RegExp(`(?:\\s*\\(\\d*\\*?\\)|\\d+\\*?\\)|\\s[a-e](?:\\s*,?\\s*\\*)?|[\\s\\d${NAME_MARK_CHARS}]*(?:,\\s*\\*)?)$`, 'u');

/** Marks printed before a name instead of after it, run into its first letter: "1Indah Sulisdiani", "²Rasidar", "*Budi". */
const LEADING_NAME_MARKERS = new RegExp(`^[\\d${NAME_MARK_CHARS}]{1,3}(?=\\p{Lu})`, 'u');

/** Returns a name without the marks after it (see {@link NAME_MARKERS}) or run into it before (see {@link LEADING_NAME_MARKERS}). */
export function stripNameMarkers(name: string): string {
  return name.trim().replace(/,$/, '').replace(NAME_MARKERS, '').trim().replace(LEADING_NAME_MARKERS, '');
}

/** Words that join the names of one line: commas, semicolons, "and", "dan", "&". */
export const NAME_SEPARATOR = new RegExp(`\\s*[,;]\\s*(?:and\\s+|dan\\s+)?|\\s+(?:and|dan|&)\\s+|(?<=\\p{L}[\\d${NAME_MARK_CHARS}]+)\\s+`, 'iu');

/** Headings and chrome words that read like a one-word name. */
const HEADING_WORD =
  /^(?:abstra\w*|intisari|keywords?|biography|transcript|download|documents|references|introduction|pendahuluan|corresponding\s+author|corres\w*|article|artikel|info(?:rmation|rmasi)?|\(\*\).*)$/i;

/** True for a heading or chrome word alone ("ABSTRACT", "INFORMATION", "Article"), which reads like a one-word name or title but is neither. */
export function isHeadingWord(text: string): boolean {
  return HEADING_WORD.test(text.trim());
}

/** An e-mail address beside a name, perhaps in brackets: left out before the names are read. */
const BRACKETED_EMAIL = new RegExp(String.raw`\s*[([]?${EMAIL_ADDRESS}[)\]]?`, 'g');

/**
 * True for a line that only names people: parts separated by commas, "and" or affiliation marks,
 * each reading as a person's name. A single "Darmadi" is a names line too; callers weigh it with
 * the line's neighbours.
 */
export function isNamesLine(line: string): boolean {
  const text = line.replace(BRACKETED_EMAIL, '').trim();
  // A full stop before a small word ends a sentence, unless the word joins names after a degree ("M.H. dan Budi").
  if (text === '' || /\d{3}|[:!?]|\.\s+(?!(?:and|dan)\s)\p{Ll}/u.test(text) || isSiteChrome(text)) return false;
  const parts = namesOfLine(text);
  return parts.length > 0 && parts.every((part) => !part.includes('(') && looksLikePersonName(part) && !HEADING_WORD.test(part) && !/^(?:ISSN|DOI|Vol)\b/i.test(part));
}

/** A mark run into a name before it ("1Indah Sulisdiani", "3Hasan"): a capital then a small letter right after the mark. */
const MARK_BEFORE_NAME = /(?:^|[\s,])[\d*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}\p{Lu}\p{Ll}/u;

/** An affiliation mark after a name ("Farhana1*", "Obet(1*)", "Adi²") or an e-mail address in the line. */
const NAME_MARK_OR_EMAIL = /\p{L}[\d*#✉¹²³⁴⁵⁶⁷⁸⁹⁰]|\(\d|[\w.+-]+@[\w-]+\.[\w-]+|\[email\s+protected\]/iu;
/**
 * A small letter set apart after a name as its mark ("Ahmad Fauzi a,*, Siti Rahma b"), or a mark
 * after the dot of a degree closing a name ("Ahmad Fauzi, S.H., M.H.1").
 */
const LETTER_OR_DEGREE_MARK = /\p{L}\s[a-e](?:\s*,|$)|\p{Lu}\.[\d*¹²³⁴⁵⁶⁷⁸⁹⁰]{1,2}(?=,|\s|$)/u;

/** True for a line of names with affiliation marks or e-mail addresses: an article's authors, never its title. */
export function isMarkedNamesLine(line: string): boolean {
  return isNamesLine(line) && (NAME_MARK_OR_EMAIL.test(line) || LETTER_OR_DEGREE_MARK.test(line) || MARK_BEFORE_NAME.test(line));
}

/** A title in capitals and the marked names of its authors run on after it, their line break lost. */
export interface TitleRunIntoNames {
  title: string;
  names: string;
}

/**
 * Splits a line where a title in capitals runs on into its authors' names with their affiliation
 * marks ("... DI KOTA SINGKAWANG Yulianti 1, Arkanudin2, Likman Dja’far3"): at the first word in
 * mixed case, when the words before it are capitals and the rest is a line of marked names.
 * Undefined for any other line.
 */
export function splitTitleRunIntoNames(line: string): TitleRunIntoNames | undefined {
  const words = line.trim().split(/\s+/);
  const at = words.findIndex((word) => /^\p{Lu}\p{Ll}/u.test(word));
  if (at < 1) return undefined;
  const title = words.slice(0, at).join(' ');
  const names = words.slice(at).join(' ');
  return isCapitalsLine(title) && isMarkedNamesLine(names) ? { title, names } : undefined;
}

/** The names of a line of names, without their marks: "Yulianti 1, Arkanudin2" gives two. */
export function namesOfLine(line: string): string[] {
  return line.replace(BRACKETED_EMAIL, '').split(NAME_SEPARATOR).map(stripNameMarkers).filter((part) => part !== '');
}

/** Joins lines of one field as the corpus reads them: a hyphen at a line's end joins the next word. */
export function joinFieldLines(lines: readonly string[]): string {
  return lines.reduce((joined, line) => (joined === '' ? line : /\p{L}-$/u.test(joined) ? `${joined}${line}` : `${joined} ${line}`), '');
}

/**
 * A repository's record line under the names: year, kind of study and study programme set apart
 * by bars ("2022 | Skripsi | S1 TEKNIK GEODESI"). Returns the programme, or undefined for any
 * other line.
 */
export function readStudyRecordProgramme(line: string): string | undefined {
  return /^(?:19|20)\d{2}\s*\|\s*(?:skripsi|tesis|disertasi|thesis|dissertation|tugas\s+akhir)\s*\|\s*([^|]+?)\s*$/iu.exec(line.trim())?.[1];
}
