/**
 * The publication details a journal article prints around its title: the journal and issue,
 * ISSN, DOI, web address, e-mail addresses, the received/accepted dates and the licence. None
 * of them is part of the title block proper.
 */
import { EMAIL_ADDRESS } from '../../text/email-address.ts';

/**
 * "Jurnal X Vol. 9 No. 2 (2021)", "Volume 5, Nomor 1, Juni 2020, pp. 12-30" (or "hlm. 12-30"),
 * "Vol:13, No:5, 2019", "Vol.11 (2021) No. 3", and a volume with no number: "Vol. 9, 2020". A
 * volume may be labelled "Jilid" ("Jil. 16. No. 2 (2020)"), as Indonesian and Malay journals print it,
 * and the parts may be set apart by slashes ("Lex Crimen Vol. X/No. 2/Feb/2021").
 * Volume and number may be in upper-case Roman numerals: "Volume IX Issue X October 2025".
 */
const JOURNAL_ISSUE =
  /^(?<journal>.*?)[\s,|–—-]*\b(?:(?:vol(?:ume)?|jil(?:id)?)\s*[.:]?)\s*(?<volume>\d{1,4}|[IVXLC]{1,6})\b(?:[\s,.()|/]*(?:\((?<yearBetween>(?:19|20)\d{2})\)[\s,]*)?(?:no(?:mor)?\s*[.:]?|n[º°]|num(?:ber)?\.?|nr\.?|iss(?:ue)?\.?|edisi)\s*[.:]?\s*(?<issue>\d{1,3}(?:[-–/]\d{1,3}|[A-Z](?![a-z]))?|[IVXLC]{1,6})\b)?(?<rest>.*)$/i;

/**
 * A labelled volume with its number in brackets: "Volume I (2) July, 2018", "Vol. 5(2), 2021".
 * The label vouches for the bracket, which the long form reads only after "No." or "Issue".
 */
const BRACKET_ISSUE =
  /^(?<journal>.*?)[\s,|–—-]*\bvol(?:ume)?\s*[.:]?\s*(?<volume>\d{1,4}|[IVXLC]{1,6})\s*\((?<issue>\d{1,3}(?:[-–/]\d{1,3})?)\)(?<rest>.*)$/i;

/** The number printed before the volume, as some Indonesian journals set it: "Jurnal Hukum No. 2 Vol. 25 Mei 2018". */
const ISSUE_BEFORE_VOLUME =
  /^(?<journal>.*?)[\s,|–—-]*\b(?:no(?:mor)?\s*[.:]?|iss(?:ue)?\.?)\s*(?<issue>\d{1,3})[\s,.|/]+vol(?:ume)?\s*[.:]?\s*(?<volume>\d{1,4}|[IVXLC]{1,6})\b(?<rest>.*)$/i;

/** A volume is printed in digits or in upper-case Roman numerals; "vol. ix" in a sentence is neither. */
const VOLUME_NUMBER = /^(?:\d+|[IVXLC]+)$/;

/** A journal's number with no volume, its date in brackets: "Revista UNISCI / UNISCI Journal, Nº 58 (January 2022)". */
const NUMBER_ONLY_ISSUE = /^(?<journal>.+?)[\s,]+(?:n[º°]|no\.)\s*(?<issue>\d{1,3})\s*(?<rest>\([^)]*(?:19|20)\d{2}\).*)$/i;

/**
 * The compact form of running headers and reference lines: "Jurnal Hukum, 5(2), 2021, 12-25",
 * "Journal of X Vol. 5(2) 2021: 12-25", or with the year first as APA sets it: "Jurnal Hukum,
 * 2021, 5(2), 12-25". Numbers in brackets after a word are common in other
 * text too ("Pasal 5(2) UU 2011"), so the name must call itself a journal or the numbers must
 * run on to a year and a page range.
 */
const COMPACT_ISSUE =
  /^(?<journal>\p{L}[^()\d]{2,120}?)(?:[\s,]+\(?(?<yearBefore>(?:19|20)\d{2})\)?)?[\s,:]+(?:vol(?:ume)?\s*[.:]?\s*)?(?<volume>\d{1,4})\s*\((?<issue>\d{1,3}(?:[-–/]\d{1,3})?)\)(?<rest>.*)$/iu;
const JOURNAL_WORD = /\b(?:journal|jurnal|revista|review)\b/i;
const YEAR_THEN_PAGES = /^[\s,:]*\(?(?:19|20)\d{2}\)?[\s,:]+(?:pp?\.\s*)?\d{1,5}\s*[-–—]\s*\d{1,5}\b/;

/** A page range under a label closing a line: "Pages: 983-995", "Halaman 12 - 25", "...; Hal. 52-59". */
const CLOSING_PAGES = /(?:^|[\s;,|])(?:pages?|pp?\.|hal(?:aman)?\.?|hlm\.?)\s*[:.]?\s*(\d{1,5}\s*[-–—]\s*\d{1,5})$/i;

const DOI = /\b(?:doi\s*[:.]?\s*|https?:\/\/(?:dx\.)?doi\.org\/)(10\.\d{4,9}\/\S*[^\s.,;)])/i;

const OTHER_PUBLICATION_LINE = [
  /\b[pe]?-?ISSN\b/i,
  /\bhttps?:\/\/|\bwww\.\S/i,
  new RegExp(EMAIL_ADDRESS),
  /^[*_]*(?:received|accepted|revised|published|available\s+online|article\s+history|diterima|direvisi|disetujui|diterbitkan|dipublikasikan|riwayat\s+artikel)\b/i,
  // "Hak cipta" alone may be a title's subject (copyright law); a licence line has © or a year.
  /(?:copyright|hak\s+cipta)\s*(?:©|\(c\)|\d{4})|creative\s+commons|\bCC[\s-]BY\b|open\s+access|©/i,
];

/**
 * Labels of an article's information box ("Article History:", "Corresponding author:", "How to
 * cite:"): the line is publication details however long the citation after the label runs.
 */
const ARTICLE_BOX_LABEL =
  /^[*_]*(?:article\s+(?:history|info(?:rmation)?)|informasi\s+artikel|riwayat\s+artikel|corresponding\s+author|penulis\s+korespondensi|how\s+to\s+cite(?:\s+this\s+article)?|to\s+cite\s+this\s+article|cara\s+(?:mengutip|mensitasi|sitasi)(?:\s+artikel\s+ini)?)[*_]*\s*[:：]/i;

/** An article-type label and the year, printed where an issue line names its journal: "Review Article: 2021". */
const ARTICLE_TYPE_AND_YEAR = /^(?:(?:research|review|original|case)\s+(?:article|paper)\s*[:：]?\s*)?((?:19|20)\d{2})?[\s,|–—-]*$/i;

/**
 * Pages under their label: a range ("pp. 12-30", "Pages 983-995"), or one page under a label
 * that gives an article's pages ("p. 45", "hlm. 7"). A lone number after the word "Page" or
 * "Halaman" is the running header's number of the page it is printed on ("JOM FISIP Vol. 10
 * ... Page 1"), not the pages the article spans.
 */
const LABELLED_PAGES =
  /\b(?:(?:pp[.:]?|p[.:]|hal(?:aman)?\.?|hlm\.?|pages?)\s*:?\s*(\d+\s*[-–—]\s*\d+)|(?:pp[.:]?|p[.:]|hal\.|hlm\.?|pages)\s*:?\s*(\d+))\b/i;

/** Longest line still taken as publication details rather than text mentioning them. */
const MAX_WORDS = 25;

/** The issue line of a journal article: journal, volume, issue, year and pages. */
export interface JournalIssue {
  /** The journal's name as printed before the volume, if any. */
  journal?: string;
  volume?: string;
  issue?: string;
  year?: number;
  /** The page range, e.g. "145-160". */
  pages?: string;
}

/** The labelled pages in the rest of an issue line, the range or the single page, if any. */
function labelledPages(rest: string): string | undefined {
  const match = LABELLED_PAGES.exec(rest);
  return match?.[1] ?? match?.[2];
}

/** Reads a journal issue line, or returns undefined. */
export function readJournalIssue(line: string): JournalIssue | undefined {
  const text = line.trim();
  // The compact form first: the long form would read "Vol. 5(2)" as a volume without its number.
  const match =
    compactIssue(text) ?? BRACKET_ISSUE.exec(text) ?? ISSUE_BEFORE_VOLUME.exec(text) ?? JOURNAL_ISSUE.exec(text) ?? NUMBER_ONLY_ISSUE.exec(text);
  if (!match?.groups || text.split(/\s+/).length > MAX_WORDS) return undefined;
  const { volume, issue, rest, yearBetween, yearBefore } = match.groups;
  if (volume !== undefined && !VOLUME_NUMBER.test(volume)) return undefined;
  // An issue in Roman numerals is printed in capitals; "No. civil" is a word.
  const number = issue !== undefined && (/^\d/.test(issue) || VOLUME_NUMBER.test(issue)) ? issue : undefined;
  // An article-type label and a year before the volume ("Review Article: 2021 Vol: 24") are no
  // journal's name; the year is the issue's.
  const labelled = ARTICLE_TYPE_AND_YEAR.exec(match.groups.journal ?? '');
  const journal = labelled ? undefined : match.groups.journal;
  // An ISSN after the issue ("ISSN: 2088-5334") holds no year.
  const year = yearBetween ?? yearBefore ?? /\b((?:19|20)\d{2})\b(?!-\d{3}[\dX])/.exec(rest ?? '')?.[1] ?? labelled?.[1];
  // A volume with neither a number nor a year after it is no issue line ("Volume 2 of the report").
  if (!number && !year) return undefined;
  const pages =
    labelledPages(rest ?? '') ??
    pagesAfterYear(rest ?? '') ??
    (yearBefore ? risingRange(PAGES_AFTER_ISSUE.exec(rest ?? '')) : undefined);
  const name = journal === undefined ? undefined : journalNameOnly(journal);
  return {
    ...(name ? { journal: name } : {}),
    ...(volume ? { volume } : {}),
    ...(number ? { issue: number } : {}),
    ...(year ? { year: Number(year) } : {}),
    ...(pages ? { pages: pages.replace(/\s+/g, '') } : {}),
  };
}

/** The medium an ISSN is for, in words: "Print", "Online", "cetak". */
const ISSN_MEDIUM = String.raw`(?:print|online|electronic|cetak|elektronik|media\s+(?:cetak|online|elektronik))`;

/**
 * The label of an ISSN with its medium, before or after it: "ISSN", "e-ISSN", "E ISSN", "pISSN",
 * "Print ISSN", "ISSN (Online)", "ISSN Online".
 */
const ISSN_LABEL = String.raw`(?:${ISSN_MEDIUM}\s+)?(?:[pe][-‐–\uFFFD\s]?)?ISSN(?:\s*\(${ISSN_MEDIUM}\)|\s+${ISSN_MEDIUM})?`;

/** An ISSN's number, with its medium in brackets after it if printed: "1858-2656 (p)", "2541 – 1234". */
const ISSN_NUMBER = String.raw`\d{4}\s*[-–‐]\s*\d{3}[\dX](?:\s*\([^()]*\))?`;

/** The label a journal prints before an address: "Journal homepage:", "Available online at", "Website:", "Laman:", "DOI:". */
const ADDRESS_LABEL = String.raw`(?:(?:journal\s+)?home\s*page|web\s*site|web|laman|url|doi|(?:available|published)\s+(?:online\s+)?at|tersedia\s+(?:online\s+)?(?:di|pada))\s*[:：]?\s*`;

/**
 * An ISSN with its label and medium, or a web address with its label, printed in the journal's
 * line beside its name; the ISSN's label may serve a list of numbers, each with its medium
 * ("ISSN: 1858-2656 (p); 2721-4036 (e)").
 */
const BESIDE_NAME = new RegExp(
  String.raw`\s*(?:\b${ISSN_LABEL}\s*[:.]?\s*${ISSN_NUMBER}(?:\s*[;,/]\s*${ISSN_NUMBER})*|(?:\b${ADDRESS_LABEL})?\b(?:https?:\/\/|www\.)\S+)[\s,;|]*`,
  'gi',
);

/** ISSNs in brackets after a name: "(Print ISSN: 2224-3240; Online ISSN: 2224-3259)". */
const BRACKETED_ISSNS = /\s*\([^()]*\bISSN\b[^()]*\)/gi;

/** `printed` without the ISSNs and web addresses a journal prints beside its name, or the comma left before them, white space collapsed. */
export function withoutJournalIdentifiers(printed: string): string {
  const kept = printed.replace(BRACKETED_ISSNS, ' ').replace(BESIDE_NAME, ' ').replace(/\s+/g, ' ').trim();
  return kept === printed.trim() ? kept : kept.replace(/\s*[,;|]$/, '');
}

/**
 * The label a catalogue record or a citation prints before the journal: "Published in:",
 * "Veröffentlicht in:", "Diterbitkan dalam:", "In:". It names where, and is no part of the name.
 */
const PUBLISHED_IN_LABEL = /^(?:published\s+in|appeared\s+in|ver(?:ö|oe?)ffentlicht\s+in|erschienen\s+in|diterbitkan\s+(?:dalam|di)|dimuat\s+(?:dalam|di)|in)\s*[:：]\s*/i;

/** The issue's date printed after the name, before the volume, perhaps under its label: "JWP 2022-10, Vol.7 (2)", "Jurnal X Tahun 2021 Vol. 3". */
const CLOSING_ISSUE_DATE = /[\s,(]+(?:(?:tahun|year|th\.)\s*)?(?:19|20)\d{2}(?:[-/.](?:0?[1-9]|1[0-2]))?\)?$/i;

/** The separator of a page's breadcrumb trail: "Home / Archives / Vol. 5 No. 2 (2021)". */
const BREADCRUMB_STEP = /\s[/>»›](?=\s)/gu;
/** The first step of a trail: the site's home page. */
const HOME_STEP = /^(?:home|beranda|halaman\s+utama)\s[/>»›]/i;

/** True for a breadcrumb trail: two steps or more before the issue, or one from the home page; a bilingual name has one ("Revista X / X Journal"). */
function isBreadcrumb(name: string): boolean {
  return (`${name} `.match(BREADCRUMB_STEP) ?? []).length >= 2 || HOME_STEP.test(`${name} `);
}

/** An acronym in capitals closing a name: "... Sciences JSPS". */
const CLOSING_ACRONYM = /\s+(\p{Lu}{2,8})$/u;

/**
 * `name` without the acronym closing it when the acronym spells the initials of the name's
 * capitalised words ("Journal of Social Political Sciences JSPS"): the same name said twice. An
 * acronym that spells anything else ("JOM FISIP") is part of the name.
 */
function withoutEchoedAcronym(name: string): string {
  const acronym = CLOSING_ACRONYM.exec(name)?.[1];
  if (acronym === undefined) return name;
  const rest = name.slice(0, -acronym.length).trim();
  const initials = rest.split(/\s+/).filter((word) => /^\p{Lu}\p{Ll}/u.test(word)).map((word) => word[0]).join('');
  return initials === acronym ? rest : name;
}

/**
 * What a masthead or running header prints beside the journal's name on its issue line and is no
 * part of it: a DOI with its label, the journal's accreditation ("Terakreditasi SINTA 2",
 * "(Accredited Sinta 3)"), an e-mail address, a labelled page range, and the article's type
 * ("Open Access", "Research Article", "Artikel Penelitian").
 */
const BESIDE_NAME_ON_ISSUE_LINE = [
  /\bDOI\s*[:.]?\s*(?:https?:\/\/\S+|10\.\d{4,9}\/\S+)/gi,
  /\(?\b(?:terakreditasi|accredited)\b(?:\s+(?:by\s+)?(?:sinta|peringkat|rank(?:ed)?|kemenristek\w*|dikti))*(?:\s*[:-]?\s*[1-6]\b)?\)?/gi,
  new RegExp(String.raw`(?:\b(?:e-?mail|surel)\s*[:：]?\s*)?${EMAIL_ADDRESS}`, 'gi'),
  /\b(?:pages?|halaman|hal\.|hlm\.|pp\.)\s*\d+\s*[-–]\s*\d+/gi,
  /\b(?:open\s+access|(?:original|research|review)\s+(?:article|paper)|artikel\s+(?:penelitian|riset|ilmiah|asli))\b/gi,
];

/** What a running header prints before the name: the page's number, or a licence's year ("45 Jurnal X", "Copyright © 2021 Jurnal X"). */
const BEFORE_NAME_ON_ISSUE_LINE = /^(?:\d{1,4}\s+|(?:copyright\s*)?(?:©|\(c\))\s*(?:(?:19|20)\d{2}\s*)?)(?=\p{Lu})/iu;

/** `name` without what the issue line prints beside it ({@link BESIDE_NAME_ON_ISSUE_LINE}, {@link BEFORE_NAME_ON_ISSUE_LINE}), and a colon closing it. */
function withoutIssueLineClutter(name: string): string {
  const kept = BESIDE_NAME_ON_ISSUE_LINE.reduce((text, clutter) => text.replace(clutter, ' '), name);
  return kept.replace(BEFORE_NAME_ON_ISSUE_LINE, '').replace(/\s+/g, ' ').replace(/\s*[:：]$/, '').trim();
}

/** The year in brackets and the full stop after it that open a reference's title: "Wijaya, A. (2021). Peran ...". */
const REFERENCE_YEAR = /\((?:19|20)\d{2}[a-z]?\)\.\s+\p{L}/u;

/**
 * The journal's name as printed before the volume, without ISSNs, web addresses, what else the
 * issue line prints beside it and an acronym echoing it; undefined when nothing else is left, when a breadcrumb trail leads to the issue, whose steps
 * ("Home / Archives") name no journal, or when a reference's authors, year and title lead to it
 * (the article's reference to itself, whose journal its own reader tells apart).
 */
function journalNameOnly(printed: string): string | undefined {
  if (REFERENCE_YEAR.test(printed)) return undefined;
  // A full stop closing the name ("... Lex Generalis. Vol.2") ends the sentence of a citation, not a word.
  const name = withoutIssueLineClutter(withoutJournalIdentifiers(printed))
    .replace(PUBLISHED_IN_LABEL, '')
    .replace(/[\s,|–—-]+$/, '')
    .replace(CLOSING_ISSUE_DATE, '')
    .replace(/(?<=\p{Ll}{3})\.$/u, '')
    .trim();
  return /\p{L}{2}/u.test(name) && !isBreadcrumb(name) ? withoutEchoedAcronym(name) : undefined;
}

/** A page range right after the issue's brackets, closing the line: "2021, 5(2), 12-25". */
const PAGES_AFTER_ISSUE = /^[\s,:]+(\d{1,5})\s*([-–—])\s*(\d{1,5})\.?$/;

/**
 * The compact issue form, when its name or its year and pages vouch for it: the year and pages
 * after the issue, or the year before it and the pages closing the line after it.
 */
function compactIssue(text: string): RegExpExecArray | undefined {
  const match = COMPACT_ISSUE.exec(text);
  if (!match?.groups) return undefined;
  const { journal, rest, yearBefore } = match.groups;
  const numbersVouch = YEAR_THEN_PAGES.test(rest ?? '') || (yearBefore !== undefined && risingRange(PAGES_AFTER_ISSUE.exec(rest ?? '')) !== undefined);
  return JOURNAL_WORD.test(journal ?? '') || numbersVouch ? match : undefined;
}

/** A matched page range (first page, dash, last page) as printed, when it rises as pages do. */
function risingRange(range: RegExpExecArray | null): string | undefined {
  if (!range || Number(range[3]) < Number(range[1])) return undefined;
  return `${range[1]}${range[2]}${range[3]}`;
}

/** An unlabelled page range right after the issue's year ("2021: 12-25", "(2021), 12–25"), rising as pages do. */
function pagesAfterYear(rest: string): string | undefined {
  return risingRange(/(?:19|20)\d{2}(?:\)\s*[,:|]?|\s*[,:|])\s*(\d{1,5})\s*([-–—])\s*(\d{1,5})\b(?![-–—]\d)/.exec(rest));
}

/**
 * Returns the labelled page range closing a line that gives only that ("Pages: 983-995") or
 * other publication details ("e-ISSN : 2988-2273; Hal. 52-59"), or undefined.
 */
export function readPagesLine(line: string): string | undefined {
  const text = line.trim();
  const match = CLOSING_PAGES.exec(text);
  if (!match) return undefined;
  const before = text.slice(0, match.index).trim();
  return before === '' || isPublicationLine(before) ? match[1]!.replace(/\s+/g, '') : undefined;
}

/** Most words a journal's name read from the opening of a longer paragraph may have. */
const MAX_OPENING_NAME_WORDS = 12;
/** Most words of such a name that does not call itself a journal. */
const MAX_BARE_OPENING_NAME_WORDS = 3;

/** Small words a journal's name may keep in lower case: "Journal of Law and Society", "Jurnal Ilmu Sosial dan Politik". */
const NAME_CONNECTOR = /^(?:of|and|on|for|in|the|dan|untuk|dalam|&|[:–—|/-])$/;

/** True for a name of at most `maxWords` words, each capitalised but its connectors: a journal's, not a sentence. */
export function isTitledName(name: string, maxWords = MAX_OPENING_NAME_WORDS): boolean {
  const words = name.split(/\s+/);
  return words.length <= maxWords && words.every((word) => NAME_CONNECTOR.test(word) || /^[^\p{L}]*[\p{Lu}\p{N}]/u.test(word));
}

/**
 * Reads the issue line opening a paragraph that runs on past it, as a page whose line breaks
 * were lost prints it ("Journal of X, Vol.1, No.1 (2013), pp. 41–53 ©2013 ... Abstract ...").
 * Only its first words are read, and only a short name that calls itself a journal, or a name of
 * a few words followed by a whole issue, vouches for them: a sentence may also name an issue
 * further on.
 */
export function readOpeningIssue(paragraph: string): JournalIssue | undefined {
  const words = paragraph.trim().split(/\s+/);
  if (words.length <= MAX_WORDS) return undefined;
  const found = readJournalIssue(words.slice(0, MAX_WORDS).join(' '));
  const name = found?.journal;
  if (!name || !isTitledName(name)) return undefined;
  // A short name that does not call itself a journal ("Politica Vol. 13 No. 1 Mei 2022 ...") is
  // vouched for by a whole issue after it: volume, number and year.
  const wholeIssue = found.volume !== undefined && found.issue !== undefined && found.year !== undefined;
  return JOURNAL_WORD.test(name) || (wholeIssue && isTitledName(name, MAX_BARE_OPENING_NAME_WORDS)) ? found : undefined;
}

/** Returns the DOI given in `text` (without "doi:" or the resolver address), if any. */
export function findDoi(text: string): string | undefined {
  // A label run on after the DOI ("...10522Keywords:") is no part of it.
  return DOI.exec(text)?.[1]?.replace(/(?:Keywords?|Key\s*words|Abstract|Abstrak|Kata\s*kunci)\W*$/i, '');
}

/**
 * Returns the article's DOI among `lines`: the first given, unless a later one extends it. A
 * journal's running header may give the DOI prefix of all its articles ("DOI: 10.47772/IJRISS"),
 * and the article's own, under its title, goes on from it ("10.47772/IJRISS.2025.910000301").
 */
export function findArticleDoi(lines: readonly string[]): string | undefined {
  const dois = lines.flatMap((line) => findDoi(line) ?? []);
  const [first] = dois;
  return first === undefined ? undefined : (dois.find((doi) => doi.length > first.length && doi.startsWith(first)) ?? first);
}

/** A labelled DOI alone on its line: "DOI: 10.58860/ijsh.v2i5.43". */
const LABELLED_DOI_LINE = /^DOI\s*:\s*\S+$/i;

/**
 * Returns the DOI a line of its own gives under the abstract (`after` holds the lines after the
 * abstract's heading, up to the reference list), as a first page sets the article's DOI beside
 * its corresponding author under the abstract box. A reference's DOI is printed with its
 * citation, never labelled alone on its line.
 */
export function findLabelledDoiUnderAbstract(after: readonly string[]): string | undefined {
  const line = after.find((text) => LABELLED_DOI_LINE.test(text.trim()));
  return line === undefined ? undefined : findDoi(line);
}

/** True for a line of publication details: journal issue, ISSN, DOI, address, e-mail, dates, licence. */
export function isPublicationLine(line: string): boolean {
  const text = line.trim();
  if (ARTICLE_BOX_LABEL.test(text)) return true;
  if (text.split(/\s+/).length > MAX_WORDS) return false;
  return readJournalIssue(text) !== undefined || findDoi(text) !== undefined || OTHER_PUBLICATION_LINE.some((re) => re.test(text));
}
