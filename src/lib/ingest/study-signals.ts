/**
 * Scores how much a raw text looks like a thesis and how much like a journal article, for the
 * kind detector. Each signal is a mark one of them leaves: a thesis its degree, submission
 * statement, student number, approval pages and chapters; an article its journal issue line,
 * DOI, ISSN, received/accepted dates and article-information box. Marks every study has (an
 * abstract heading, a keyword line, a university or faculty) count for both.
 */
import { readChapterHeading } from './thesis/chapters.ts';
import { isFrontMatterHeading } from './thesis/front-matter.ts';
import { parseKeywordLine } from './thesis/keywords.ts';
import { findDoi, readJournalIssue } from './thesis/publication-lines.ts';
import { findStudentNumber, isBareStudentNumber } from './thesis/student-number.ts';
import { EMAIL_ADDRESS } from '../text/email-address.ts';
import { isStudyTypeName } from './thesis/study-type.ts';
import { looksLikePersonName } from './thesis/person-name.ts';
import { isMarkedNamesLine, namesOfLine, splitTitleRunIntoNames } from './thesis/front-line-kinds.ts';

/** A score and the reasons for it, one reason per signal found. */
export interface Likeness {
  score: number;
  reasons: string[];
}

/** How the text looks as each kind of study. */
export interface StudyLikeness {
  thesis: Likeness;
  article: Likeness;
}

/**
 * An abstract heading, also run on after another word by the extraction ("...politicsAbstract",
 * "...WNIAbstrak"), or standing alone on its line.
 */
const ABSTRACT_WORD = /(?:^|\p{Ll}|[\s.:;])(abstra(?:k|ct|ksi)|intisari)\b/imu;
/**
 * The names of units a study's author belongs to. A department counts only as an academic one
 * names itself ("Department of ...", "Departemen ..."): a news item's "Immigration Department" is
 * a government office. A centre for studies is where research papers come from.
 */
const UNIT_NAME =
  /\b(?:universitas|university|institut|fakultas|faculty|program\s+studi|jurusan|department\s+of|departemen|sekolah\s+tinggi|school\s+of|(?:centre|center)\s+for\s+[\p{L}\s]+\s+studies)\b/iu;
/** A statement that the text was submitted for a degree. */
const SUBMISSION =
  /\b(?:diajukan\s+(?:untuk|sebagai|kepada|guna)|untuk\s+memenuhi\s+(?:salah\s+satu\s+)?(?:syarat|persyaratan)|submitted\s+(?:in\s+(?:partial\s+)?fulfil|to\s+the|for\s+the\s+degree)|in\s+partial\s+fulfil|for\s+the\s+degree\s+of|gelar\s+(?:sarjana|magister|doktor)|(?:doctor\s+of\s+philosophy|master\s+of\s+\p{L}+)\b)/iu;
/** The kind of study named inside a line ("SKRIPSI", "Tesis Magister", "PhD thesis"). */
const DEGREE_WORD = /\b(?:skripsi|tesis|disertasi|tugas\s+akhir|(?:master'?s?|ph\.?\s?d\.?|doctoral|under\s?graduates?)\s+(?:thesis|dissertation))\b/i;
const ISSN = /\b[ep]?-?ISSN\b/i;
const HISTORY =
  /^[*_]*(?:received|accepted|revised|published\s+online|available\s+online|article\s+history|diterima|direvisi|disetujui\s+untuk\s+terbit|riwayat\s+artikel)\b/i;
const ARTICLE_BOX = /(?:^|[\s)*_])(?:article\s+info(?:rmation)?|informasi\s+artikel|corresponding\s+author|penulis\s+korespondensi|how\s+to\s+cite|cara\s+(?:mengutip|sitasi))\b/i;
/** A journal named in a short line: "Jurnal Hubungan Internasional", "UPH Journal of International Relations". */
const JOURNAL_NAME = /\b(?:jurnal|journal|revista|quarterly)\b/i;
/** Volume and number in any of the forms journals print: "Vol. 9 No. 2", "Vol:13, No:5", "Nº 58". */
const VOLUME_NUMBER = /\bvol(?:ume)?\s*[.:]?\s*\d+\b.{0,12}?\b(?:no|nomor|issue|edisi)\s*[.:]?\s*\d+|\bN[º°]\s*\d+/i;
/** A journal page's own furniture and article type lines: "Research Article", "Main Article Content". */
const ARTICLE_PAGE = /^[*_]*(?:research|original|review)\s+article\b|^(?:main\s+)?article\s+(?:content|details|sidebar)\b|^author\s+biograph(?:y|ies)\b|^(?:issue|section)\s*:/i;
/**
 * The text speaking of itself as an article: "this paper", "artikel ini", or as a review of
 * the literature by its kind ("this narrative review", "this systematic review"), a kind of
 * paper journals publish and a thesis is not.
 */
const ARTICLE_SELF = /\bthis\s+(?:paper|article|(?:narrative|systematic|scoping|literature|integrative)\s+review)\b|\b(?:artikel|tulisan|makalah)\s+ini\b/i;
/**
 * The labels of a structured abstract as journals ask for it ("Purpose:", "Design/methodology/
 * approach:", "Findings:", "Originality/value:"). Two of them, one a joined "a/b" label, mark an
 * article: a thesis abstract is prose, or labelled in the plain words of a report ("Tujuan:",
 * "Metode:").
 */
const STRUCTURED_ABSTRACT_LABEL =
  /^[*_]*(?:(?:study\s+|research\s+)?design\/methodology\/approach|originality\/value|research\s+limitations\/implications|purpose|findings|practical\s+implications)\s*:/i;
/** A joined label ("Design/methodology/approach"), the part of the form only journals use. */
const JOINED_LABEL = /^[*_]*[\p{L}\s]+\/\p{L}+/u;
/**
 * A journal page's list of authors: a bullet, a person's name, then the author's unit
 * ("• Dewi Suryani Universitas Islam Negeri Sumatera Utara"), as OJS prints its author list.
 */
const BULLET = /^[•▪●]\s*/u;
/** Fewest and most words of the name before the unit in a bulleted author line. */
const NAME_WORDS = { min: 2, max: 5 };
const EMAIL = new RegExp(String.raw`${EMAIL_ADDRESS}|\[email\s+protected\]|\be-?mail\s*:`, 'i');
/** A keyword label anywhere in a line, also run on after the abstract ("...diredam.Kata Kunci: ..."). */
const KEYWORD_LABEL = /(?:kata[\s-]+kunci|key\s?words?)\s*[:：]/i;
/**
 * Research prose: the text speaking of itself as a study, its aim, method or findings. A study's
 * method is named by its kind ("a qualitative approach", "penelitian metode empiris", "pendekatan
 * yuridis normatif"), which a news report of a study's findings does not spell out.
 */
const RESEARCH_PROSE =
  /\b(?:penelitian\s+ini|kajian\s+ini|metode\s+penelitian|hasil\s+penelitian|this\s+(?:research|study|paper|article|thesis)\b|research\s+method|(?:aim|purpose)\s+of\s+this\s+(?:research|study|paper)|(?:qualitative|quantitative|normative|empirical|descriptive)\s+(?:approach|method)|(?:pendekatan|metode|penelitian)(?:\s+metode)?\s+(?:kualitatif|kuantitatif|normatif|empiris|yuridis|deskriptif))/i;
/**
 * A chapter heading an extraction ran into the chapter's text, perhaps after the page number:
 * "1 BAB I PENDAHULUAN 1.1 Latar Belakang Kejahatan ...". "BAB" and the chapter's name are in
 * capitals, as a sentence mentioning a chapter ("bab ini", "Bab II membahas") never prints them.
 */
const CHAPTER_RUN_ON = /^(?:\d{1,4}\s+)?BAB\s+(?:[IVX]{1,4}|\d{1,2})\.?\s+\p{Lu}{4,}\b/u;
/**
 * A section heading lettered as a thesis chapter or an Indonesian article letters its sections
 * ("A. Latar Belakang Masalah", "D. Sindikat Cyber Crime ..."): a letter, then two words or more
 * with no sentence's stop. One word after a letter is as often a name's initial ("A. Rahman").
 */
const LETTERED_HEADING = /^[A-H]\.\s+\p{Lu}[^\s.!?]*(?:\s+[^\s.!?]+){1,14}$/u;
/** Lines longer than this are prose, not a cover or header line. */
const SHORT_LINE_WORDS = 12;
/** Fewest words of a sentence speaking of the text; a shorter line is a button or a label ("Share This Article"). */
const MIN_SENTENCE_WORDS = 6;

/** True for a line long enough to be a sentence rather than a button, label or menu item. */
function isSentence(line: string): boolean {
  return line.split(/\s+/).length >= MIN_SENTENCE_WORDS;
}
/**
 * True for a lettered section heading between two lines of prose, as a chapter's sections stand
 * inside its text; a news item's lines never carry such a letter.
 */
function isLetteredHeadingInProse(lines: readonly string[], index: number): boolean {
  return LETTERED_HEADING.test(lines[index] ?? '') && isSentence(lines[index - 1] ?? '') && isSentence(lines[index + 1] ?? '');
}

/** True when two different labels of a structured abstract open lines, one of them a joined label. */
function hasStructuredAbstract(lines: readonly string[]): boolean {
  const labels = lines.flatMap((line) => line.match(STRUCTURED_ABSTRACT_LABEL)?.[0].toLowerCase().replace(/\s+/g, ' ') ?? []);
  return new Set(labels).size >= 2 && labels.some((label) => JOINED_LABEL.test(label));
}

/**
 * True for a bulleted line naming a person and then the unit they belong to: the words before
 * the unit read as a name (two to five words), so a menu item ("• Fakultas Hukum") or a
 * library's name ("• Perpustakaan Universitas X") does not pass.
 */
function isBulletedAuthor(line: string): boolean {
  if (!BULLET.test(line)) return false;
  const words = line.replace(BULLET, '').split(/\s+/);
  for (let count = NAME_WORDS.min; count <= NAME_WORDS.max && count < words.length; count++) {
    const name = words.slice(0, count).join(' ');
    if (UNIT_NAME.test(name)) return false;
    if (looksLikePersonName(name) && UNIT_NAME.test(words.slice(count).join(' '))) return true;
  }
  return false;
}

/**
 * True for a line naming two or more authors with their affiliation marks ("Yulianti 1,
 * Arkanudin2, Likman Dja’far3"), alone or run on after the title: a thesis has one author, an
 * article often several, each tied by a mark to a unit.
 */
function namesSeveralMarkedAuthors(line: string): boolean {
  const names = isMarkedNamesLine(line) ? line : splitTitleRunIntoNames(line)?.names;
  return names !== undefined && namesOfLine(names).length >= 2;
}

/**
 * True for a short line giving a student number: labelled or in brackets, or a bare number
 * printed right under a person's name ("Dandy Prima Putra" / "1310851017"), as a cover prints it.
 */
function isStudentNumberLine(line: string, above: string): boolean {
  if (line.split(/\s+/).length > SHORT_LINE_WORDS) return false;
  return findStudentNumber(line) !== undefined || (isBareStudentNumber(line) && looksLikePersonName(above));
}

/** How far into the text the cover and header marks are looked for. */
const HEAD_LINES = 80;

/** Collects signals into a likeness: each found one adds its points and its reason. */
function tally(): { likeness: Likeness; note: (points: number, reason: string | undefined) => void } {
  const likeness: Likeness = { score: 0, reasons: [] };
  return {
    likeness,
    note: (points, reason) => {
      if (!reason) return;
      likeness.score += points;
      likeness.reasons.push(reason);
    },
  };
}

/** Returns the first line matching `test`, quoted for a reason, or undefined. */
function quoted(lines: readonly string[], test: (line: string, index: number) => boolean, what: string): string | undefined {
  const line = lines.find(test);
  return line === undefined ? undefined : `${what} "${line.length > 60 ? `${line.slice(0, 57)}...` : line}"`;
}

/** Returns how much `text` looks like a thesis and how much like a journal article, and why. */
export function looksLikeStudy(text: string, options: { outlined?: boolean } = {}): StudyLikeness {
  const lines = text.split('\n').map((line) => line.trim()).filter((line) => line !== '');
  const head = lines.slice(0, HEAD_LINES);
  const thesis = tally();
  const article = tally();

  const shared = [
    // An outlined text's heading is already counted by the detector.
    options.outlined ? undefined : quoted(head, (line) => ABSTRACT_WORD.test(line) && line.split(/\s+/).length <= 40, 'abstract heading in'),
    // Any short label before a list ("Category : News, Tech") reads as keywords; only a keyword label marks a study.
    quoted(lines, (line) => parseKeywordLine(line)?.knownLabel === true || KEYWORD_LABEL.test(line), 'keyword line'),
    quoted(head, (line) => isSentence(line) && RESEARCH_PROSE.test(line), 'research prose'),
    quoted(head, (line) => UNIT_NAME.test(line) && line.split(/\s+/).length <= 20, 'university or faculty line'),
    quoted(lines, (_, index) => isLetteredHeadingInProse(lines, index), 'lettered section heading in the text'),
  ];
  for (const reason of shared) {
    thesis.note(1, reason);
    article.note(1, reason);
  }

  thesis.note(2, quoted(head, (line) => (isStudyTypeName(line) && !/article|artikel/i.test(line)) || DEGREE_WORD.test(line), 'degree named'));
  thesis.note(2, quoted(head, (line) => SUBMISSION.test(line), 'submission statement'));
  thesis.note(1, quoted(head, (line, index) => isStudentNumberLine(line, head[index - 1] ?? ''), 'student number'));
  thesis.note(1, quoted(lines, isFrontMatterHeading, 'front-matter page'));
  thesis.note(2, quoted(lines, (line) => (readChapterHeading(line)?.label.toUpperCase().startsWith('BAB') ?? false) || CHAPTER_RUN_ON.test(line), 'chapter heading'));

  article.note(2, quoted(head, (line) => readJournalIssue(line) !== undefined || VOLUME_NUMBER.test(line), 'journal issue line'));
  article.note(2, quoted(head, (line) => findDoi(line) !== undefined, 'DOI'));
  article.note(2, quoted(head, (line) => ISSN.test(line), 'ISSN'));
  article.note(1, quoted(head, (line) => HISTORY.test(line), 'article history'));
  article.note(1, quoted(head, (line) => ARTICLE_BOX.test(line), 'article information'));
  article.note(1, quoted(head, (line) => line.split(/\s+/).length <= SHORT_LINE_WORDS && JOURNAL_NAME.test(line), 'journal name'));
  article.note(2, quoted(head, (line) => ARTICLE_PAGE.test(line), 'journal page line'));
  article.note(1, quoted(head, (line) => isSentence(line) && ARTICLE_SELF.test(line), 'the text calls itself an article'));
  article.note(1, quoted(head, (line) => EMAIL.test(line), 'author e-mail'));
  article.note(2, hasStructuredAbstract(head) ? 'structured abstract ("Purpose:", "Design/methodology/approach:", ...)' : undefined);
  article.note(1, quoted(head, isBulletedAuthor, 'bulleted author and unit'));
  article.note(1, quoted(head, namesSeveralMarkedAuthors, 'several authors with affiliation marks'));
  return { thesis: thesis.likeness, article: article.likeness };
}
