/**
 * Reads the block printed before an abstract heading: the title (often bold or in capitals),
 * the authors, and on cover-like pages the study type, student number, supervisors, university
 * and year, whether written as running lines or as a form ("Nama : ...", "NIM : ...").
 */
import { type Affiliation, fillAffiliation, opensMasthead, opensWithUnitName, parseAffiliation, withoutPublisher } from './affiliation.ts';
import { hasLeadingMarker, parseAuthorList } from './author-list.ts';
import { readClosingYear, readPlaceAndYear } from './cover-lines.ts';
import { readLabelledField } from './labelled-fields.ts';
import { looksLikeNameWithDegrees, looksLikePersonName } from './person-name.ts';
import { isPublicationLine } from './publication-lines.ts';
import { findStudentNumber, isBareStudentNumber } from './student-number.ts';
import { findStudyType } from './study-type.ts';
import { type Supervisor, parseSupervisors } from './supervisors.ts';

/** What the lines printed over an abstract give: title, authors, student number, supervisors, affiliation. */
export interface TitleBlock extends Affiliation {
  title?: string;
  /** The authors in the order printed; one for a thesis, often several for an article. */
  authors: string[];
  studentNumber?: string;
  supervisors: Supervisor[];
  studyType?: string;
  year?: number;
}

/**
 * A line opening with a label of a few words and a colon: the labels an author is printed under
 * ("Oleh:", "By:", "Penulis:") are read before this is asked, so any other names a person in
 * another role (reviewer, editor, translator) or is a field of another kind.
 */
const ROLE_LABELLED = /^\p{L}[\p{L}'’ ]{1,30}[:：]\s*\S/u;
/** "Oleh:", "Disusun oleh", "By:", "Written by" before the author's name. */
const BY_LABEL = /^(?:disusun\s+oleh|diajukan\s+oleh|oleh|ditulis\s+oleh|by|written\s+by|author)\s*[:：]?\s*(.*)$/i;

/**
 * The kind of study run on after a title where a cover's lines were joined: "... 2015-2017
 * Skripsi Diajukan untuk ...", "... Irregular Migration [Thesis]", "... 2015-2017 Skripsi". A title
 * never goes on past it.
 */
const STUDY_TYPE_AFTER_TITLE =
  /\s+(?:\\?\[(?:thesis|skripsi|tesis|dissertation|disertasi)\\?\].*|(?:skripsi|tesis|thesis|disertasi|dissertation)(?:\s+(?:diajukan|disusun|submitted|presented|untuk|in\s+partial)\b.*)?)$/is;

/** Fewest words left of a title once a study type run on after it is cut ("JUDUL TESIS" is a label, kept whole). */
const MIN_TITLE_WORDS = 3;

/**
 * A footnote mark closing a title, run into its last word: "... di Kalbar dan Kaltim1", "... KE
 * WILAYAH INDONESIA1". Only after a small letter or a word of four capitals or more: "G20",
 * "COVID-19" and "Brahma 12" keep their numbers.
 */
const FOOTNOTE_MARK = /(?<=\p{L}\p{Ll}|(?<![\p{L}\p{N}])\p{Lu}{4,})[1-9]$/u;

/**
 * A chapter's heading run in before a title in capitals, as a sharing site names a chapter's copy
 * ("PENDAHULUAN LANGKAH KEPOLISIAN DALAM ..."): the chapter's, not the title's.
 */
const LEADING_CHAPTER_HEADING = /^(?:BAB\s+[IVX]+\s+)?(?:PENDAHULUAN|INTRODUCTION)\s+(?=\p{Lu}{2,}\s+\p{Lu}{2,})/u;

/** Removes emphasis markers, runs of spaces, a closing footnote mark, a chapter's heading run in before it and a study type run on after the title as printed. */
export function cleanTitle(text: string): string {
  const title = text.replace(/[*_]+/g, '').replace(/\s+/g, ' ').trim().replace(FOOTNOTE_MARK, '').replace(LEADING_CHAPTER_HEADING, '');
  const cut = title.replace(STUDY_TYPE_AFTER_TITLE, '').trim();
  return cut.split(' ').length >= MIN_TITLE_WORDS ? cut : title;
}

/** Cuts a bracketed student number off a name: "Tarisya Alifia (E061181339)". */
function nameWithoutNumber(text: string): string {
  return text.replace(/\s*\([^)]*\)\s*/g, ' ').replace(/[*_]/g, '').trim();
}

/** The kind of study a title label names: "Judul Skripsi" gives "Skripsi". */
const TYPE_IN_TITLE_LABEL = /\b(skripsi|tesis|disertasi|tugas\s+akhir|thesis|dissertation)\b/i;

/**
 * Reads a form line ("Judul : ...", "Nama : ..."); true when it was one of the fields handled
 * here. A labelled title replaces a title guessed from an unlabelled line above it (a page
 * heading such as "LEMBAR PERSETUJUAN"), but not an earlier labelled one.
 */
function readField(block: TitleBlock, text: string, withTitle: boolean, state: { titleLabelled: boolean }): boolean {
  const field = readLabelledField(text);
  if (field?.kind === 'title' && field.value !== '') {
    if (withTitle && !state.titleLabelled) {
      block.title = cleanTitle(field.value);
      state.titleLabelled = true;
    }
    const type = TYPE_IN_TITLE_LABEL.exec(field.label)?.[1];
    if (type) block.studyType ??= type;
    return true;
  }
  if (field?.kind === 'author' && looksLikePersonName(field.value)) {
    if (block.authors.length === 0) block.authors.push(nameWithoutNumber(field.value));
    return true;
  }
  return false;
}

/**
 * Returns what the paragraphs before an abstract heading say about the study. With
 * `withTitle: false` (for paragraphs printed after an abstract) no paragraph is read as a title.
 */
export function parseTitleBlock(paragraphs: readonly string[], withTitle = true): TitleBlock {
  const block: TitleBlock = { authors: [], supervisors: [] };
  const studyType = findStudyType(paragraphs);
  if (studyType) block.studyType = studyType;
  let authorFollows = false;
  /** Role of a supervisor label printed alone ("Pembimbing:"), whose names follow on their own lines. */
  let supervisorRole: string | undefined;
  /** Whether a numbered affiliation ("1Program Studi ...") was read: the later ones are co-authors'. */
  let markedAffiliationRead = false;
  const state = { titleLabelled: false };
  /** Whether the paragraph before opened a journal's masthead, or was a unit under one. */
  let mastheadOpen = false;
  for (const [i, paragraph] of paragraphs.entries()) {
    const text = paragraph.trim();
    const underMasthead = mastheadOpen;
    mastheadOpen = opensMasthead(text);
    if (supervisorRole && looksLikeNameWithDegrees(text)) {
      block.supervisors.push({ name: text, role: supervisorRole });
      continue;
    }
    supervisorRole = undefined;
    if (isPublicationLine(text)) continue;
    const studentNumber = findStudentNumber(text) ?? (isBareStudentNumber(text) ? text : undefined);
    if (studentNumber && !block.studentNumber) block.studentNumber = studentNumber;
    if (readField(block, text, withTitle, state)) continue;
    const by = BY_LABEL.exec(text);
    if (by) {
      if (by[1] && looksLikePersonName(by[1])) {
        if (block.authors.length === 0) block.authors.push(nameWithoutNumber(by[1]));
      } else authorFollows = true;
      continue;
    }
    const supervisors = parseSupervisors(text);
    if (supervisors.length > 0) {
      block.supervisors.push(...supervisors);
      continue;
    }
    const label = readLabelledField(text);
    if (label?.kind === 'supervisor' && label.value === '') {
      supervisorRole = label.label.replace(/^(?:dosen|komisi)\s+/i, '');
      continue;
    }
    const affiliation = parseAffiliation(withoutPublisher(text, paragraphs[i - 1]));
    if (Object.keys(affiliation).length > 0) {
      const marked = hasLeadingMarker(text);
      // Units under a journal's name or publisher line are its masthead's, and nobody's affiliation.
      const masthead = underMasthead && opensWithUnitName(text);
      mastheadOpen ||= masthead;
      if (!masthead && !(marked && markedAffiliationRead)) fillAffiliation(block, affiliation);
      markedAffiliationRead ||= marked;
      // A cover's last lines ("Universitas X", "Makassar, 2023") often run into one paragraph.
      block.year ??= readClosingYear(text);
      continue;
    }
    const year = readPlaceAndYear(text, paragraphs[i - 1]);
    if (year !== undefined) {
      block.year ??= year;
      continue;
    }
    if (text === studyType || isBareStudentNumber(text) || /^(?:NIM|NPM|Student)\b/i.test(text)) continue;
    // A line under its own label ("Reviewer: Dr. X", "Editor in Chief: Y") names a person in that label's role, not an author.
    if ((authorFollows || block.title) && block.authors.length === 0 && !ROLE_LABELLED.test(text)) {
      // Names in capitals separated by commas ("AHMAD FAUZI, SITI RAHMA") pass as one name too; the list reading wins.
      const list = parseAuthorList(text, true);
      const names = list && list.length > 1 ? list : looksLikePersonName(text) ? [nameWithoutNumber(text)] : list;
      if (names) {
        block.authors.push(...names);
        authorFollows = false;
        continue;
      }
    }
    // A line in another script (a basmalah over an Islamic university's cover) is no title here.
    if (withTitle && !block.title && !authorFollows && /\p{Script=Latin}/u.test(text)) block.title = cleanTitle(text);
  }
  return block;
}
