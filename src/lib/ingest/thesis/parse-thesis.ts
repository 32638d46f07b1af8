/**
 * The thesis parser: raw text of a thesis abstract page, or of a thesis with its chapters, in;
 * study frontmatter fields, Markdown body and review flags out. Nothing the text does not say is
 * filled in; a missing field is left out and flagged, a derived one is flagged as derived.
 */
import { LANGS, type Lang } from '../../langs.ts';
import { collectWords } from '../pdf-text/hyphenation.ts';
import { normaliseWhitespace } from '../pdf-text/normalise-whitespace.ts';
import { cleanPdfLines, reflowLines } from '../pdf-text/reflow.ts';
import { markdownFromText } from '../../markdown/write-markdown.ts';
import { type ParsedStudy, type ParsedStudyFields, type ReviewFlag } from '../types.ts';
import { type AbstractSection, readAbstractHeading, splitAbstractSections } from './abstract-sections.ts';
import { isOpeningSectionHeading, isReferenceListHeading } from './chapters.ts';
import { type Affiliation, fillAffiliation } from './affiliation.ts';
import { deriveTitleFromAim } from './aim-title.ts';
import { withoutLeadingKeywords } from './abstract-keyword-lead.ts';
import { buildThesisBody } from './body-markdown.ts';
import { type CitationHeader, parseCitationHeader } from './citation-header.ts';
import { splitCoverAndProse } from './cover-and-prose.ts';
import { separateCoverLines } from './cover-lines.ts';
import { chooseCandidate, WEAK_SCORE } from '../fields/candidates.ts';
import { blockCandidate, chooseAuthors, chooseWithBlock, collectFrontCandidates, type FrontCandidates, reviewChoice } from './front-fields.ts';
import { type OwnCitation, readOwnCitation } from './own-citation.ts';
import { nameWithoutTown } from './town-after-name.ts';
import { mayStandAsTitle } from './title-candidates.ts';
import { dropFrontMatterLines } from './front-matter.ts';
import { detectLanguage } from '../../text/detect-language.ts';
import { journalNamedApart, journalNamedNear } from './journal-name.ts';
import { findArticleDoi, findLabelledDoiUnderAbstract, type JournalIssue, readJournalIssue, readOpeningIssue, readPagesLine } from './publication-lines.ts';
import { findResearchMethod } from './research-method.ts';
import { findStudyPeriod } from './study-period.ts';
import { findStudyType } from './study-type.ts';
import { supervisorNames } from './supervisor-candidates.ts';
import { cleanTitle, parseTitleBlock, type TitleBlock } from './title-block.ts';
import { lowerCaseWords, partOfTitle, withoutRunOnNames } from './title-words.ts';
import { readThesisOutline, thesisKindOf } from './thesis-outline.ts';
import { detectTitleLanguage, withoutTranslation } from './title-language.ts';
import { detectKeywordLanguage } from './keyword-language.ts';
import { withoutViewerHeader } from './viewer-header.ts';

/** Language names for review messages. */
const LANGUAGE_NAMES: Readonly<Record<Lang, string>> = { id: 'Indonesian', en: 'English' };

/** Indonesian first: a text too short or mixed to tell is taken as Indonesian and flagged. */
const FALLBACK_LANGUAGE: Lang = 'id';

/** How many words of a dropped abstract a review flag quotes, enough to find it in the source. */
const QUOTED_WORDS = 8;

/** What one abstract section tells, from its title block and citation header together. */
interface SectionFacts extends TitleBlock {
  lang: Lang;
  abstract: string;
  keywords?: string[];
  keywordLabel?: { label: string; known: boolean };
}

/** Splits a citation-style header ("Nama (2020). Judul. Skripsi ...") off an abstract's paragraphs. */
function splitCitationHeader(section: AbstractSection): { header?: CitationHeader; paragraphs: string[] } {
  const [first, ...others] = section.paragraphs;
  const header = first === undefined ? undefined : parseCitationHeader(first);
  return header ? { header, paragraphs: others } : { paragraphs: section.paragraphs };
}

/**
 * Drops the sections that have a heading but no text under it, which would give an empty
 * abstract; what was printed before such a heading (a title, an author) goes to the next section.
 */
function dropEmptySections(sections: readonly AbstractSection[]): AbstractSection[] {
  const kept: AbstractSection[] = [];
  let carried: string[] = [];
  for (const section of sections) {
    if (splitCitationHeader(section).paragraphs.every((paragraph) => paragraph.trim() === '')) {
      carried = [...carried, ...section.before];
      continue;
    }
    kept.push({ ...section, before: [...carried, ...section.before] });
    carried = [];
  }
  return kept;
}

function readSection(section: AbstractSection, lang: Lang): SectionFacts {
  const { header, paragraphs } = splitCitationHeader(section);
  const block = parseTitleBlock(section.before);
  const facts: SectionFacts = {
    lang,
    abstract: paragraphs.join('\n\n'),
    authors: [],
    supervisors: header?.supervisors.length ? header.supervisors : block.supervisors,
  };
  const title = header?.title ?? block.title;
  if (title) facts.title = cleanTitle(title);
  facts.authors = header ? [header.author] : block.authors;
  const studentNumber = header?.studentNumber ?? block.studentNumber;
  if (studentNumber) facts.studentNumber = studentNumber;
  const year = header?.year ?? block.year;
  if (year) facts.year = year;
  const studyType = header?.studyType ?? block.studyType;
  if (studyType) facts.studyType = studyType;
  if (header) fillAffiliation(facts, header);
  fillAffiliation(facts, block);
  if (section.keywords) {
    facts.keywords = section.keywords.keywords;
    facts.keywordLabel = { label: section.keywords.label, known: section.keywords.knownLabel };
  }
  return facts;
}

/**
 * Gives each section its language: the heading's, unless another section already has it, then
 * the language its text is written in. A section left without a free language is not kept, and
 * a review flag in `review` says which one was dropped.
 */
function assignLanguages(sections: readonly AbstractSection[], review: ReviewFlag[]): Map<Lang, AbstractSection> {
  const byLang = new Map<Lang, AbstractSection>();
  for (const section of sections) {
    const text = section.paragraphs.join(' ');
    // The language the text is written in outweighs the heading's ("Abstract:" over Indonesian text).
    const written = detectLanguage(text);
    const lang = byLang.has(section.lang) || (written && !byLang.has(written)) ? written : section.lang;
    if (lang && !byLang.has(lang)) {
      byLang.set(lang, section);
      continue;
    }
    const opening = text.split(/\s+/).slice(0, QUOTED_WORDS).join(' ');
    review.push({
      field: 'abstract',
      reason: `A further abstract under the heading "${section.heading}" ("${opening} ...") was left out: each language keeps one abstract and ${lang ? LANGUAGE_NAMES[lang] : 'its language'} is taken. Check which one belongs to the thesis.`,
    });
  }
  return byLang;
}

/** The first value some section gives, Indonesian first. */
function firstGiven<F, T>(facts: readonly F[], pick: (f: F) => T | undefined): T | undefined {
  for (const f of facts) {
    const value = pick(f);
    if (value !== undefined && !(Array.isArray(value) && value.length === 0)) return value;
  }
  return undefined;
}

function missing(field: string, what: string): ReviewFlag {
  return { field, reason: `The text does not state ${what}; fill it in from the original document.` };
}

/**
 * Gives a title printed over the abstract in the other language (an Indonesian title over an
 * English-first abstract) to that language, when that language's abstract has no title of its own.
 */
function moveTitlesToTheirLanguage(facts: SectionFacts[]): void {
  for (const f of facts) {
    const lang = f.title ? detectTitleLanguage(f.title) : undefined;
    const other = facts.find((g) => g.lang === lang);
    if (!lang || lang === f.lang || !other || other.title) continue;
    other.title = f.title;
    delete f.title;
  }
}

/** What a journal article prints about where it was published, if the text is one. */
interface Publication {
  issue?: JournalIssue;
  doi?: string;
}

type PublicationFields = NonNullable<ParsedStudyFields['publication']>;

/** The text's non-empty lines, trimmed, and where its first abstract heading stands (-1 for none). */
function rawLines(text: string): { lines: string[]; abstractAt: number } {
  const lines = normaliseWhitespace(text)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');
  return { lines, abstractAt: lines.findIndex((line) => readAbstractHeading(line) !== undefined) };
}

/** A line giving an ISSN: where a journal's page or first page names the journal, over or beside it. */
const ISSN_LINE = /\b[pe]?-?ISSN\b/i;

/** An abstract heading, or its word run into the text without a colon as PDF first pages set it ("Abstract This study ..."). */
function opensAbstract(line: string): boolean {
  return readAbstractHeading(line) !== undefined || /^(?:abstract|abstrak)\s+\p{Lu}/iu.test(line);
}

/**
 * The lines a journal article prints its publication details on: those before the first abstract
 * heading. A repository's record shows the abstract over the article's first page, so when none
 * of them is an issue line, the lines up to the next abstract heading or the opening section
 * heading are read too; with neither, the abstract may run on into the body, and they are not.
 */
function frontLines(raw: readonly string[], abstractAt: number): readonly string[] {
  if (abstractAt < 0) return raw;
  const before = raw.slice(0, abstractAt);
  if (before.some((line) => readJournalIssue(line))) return before;
  const next = raw.findIndex((line, at) => at > abstractAt && (opensAbstract(line) || isOpeningSectionHeading(line)));
  return next < 0 ? before : raw.slice(0, next);
}

/** The raw lines after the first abstract heading, up to the reference list: a cited work's lines are no part of the article's front. */
function linesUnderAbstract(raw: readonly string[], abstractAt: number): readonly string[] {
  if (abstractAt < 0) return [];
  const after = raw.slice(abstractAt + 1);
  const references = after.findIndex(isReferenceListHeading);
  return references < 0 ? after : after.slice(0, references);
}

/**
 * Reads the journal issue line and DOI printed before the first abstract. The raw lines are read
 * because the issue line is often also a running header, which the cleaning drops; lines after
 * the abstracts are not, because a reference list cites other journals' issues and DOIs. What
 * the issue line does not give, the article's reference to itself (`citation`) may. A journal's
 * name printed apart is looked for over the issue line or, with none, over the first ISSN line;
 * a page range printed apart ("Pages: 983-995") fills in the pages.
 */
function readPublication(raw: readonly string[], abstractAt: number, citation: OwnCitation | undefined): Publication | undefined {
  const lines = frontLines(raw, abstractAt);
  // A page label closing the issue line has its range on the next line ("..., hal." / "189-196").
  // The issue line giving the pages is the article's own; a running header repeats it without them.
  const issues = lines.flatMap((line, at) => {
    const found = readJournalIssue(joinBrokenIssueLine(line, lines[at + 1])) ?? readOpeningIssue(line);
    return found ? [{ at, found }] : [];
  });
  // A sharing site's title may repeat the issue line cut short ("JHPIS Vol 3 no 4 ... hal 310 318"):
  // the line beside the ISSN is the journal's own masthead.
  const withPages = issues.filter(({ found }) => found.pages);
  const chosen = withPages.find(({ at }) => ISSN_LINE.test(lines[at] ?? '')) ?? withPages[0] ?? issues[0];
  const read = chosen?.found ?? {};
  // Over an issue line the name is the article's own; over an ISSN line it weighs less than the article's reference to itself.
  const issnAt = lines.findIndex((line) => ISSN_LINE.test(line));
  const anchor = chosen?.at ?? (citation ? -1 : issnAt);
  // An issue line naming no journal leaves the masthead over the ISSN to name it.
  const anchors = chosen && issnAt >= 0 ? [anchor, issnAt] : [anchor];
  const journal =
    read.journal ??
    journalOfSameIssue(issues.map(({ found }) => found), read) ??
    anchors.filter((at) => at >= 0).map((at) => journalNamedNear(lines, at)).find((name) => name !== undefined);
  const pages = read.pages ?? lines.map(readPagesLine).find((found) => found !== undefined);
  const printed = { ...read, ...(journal ? { journal } : {}), ...(pages ? { pages } : {}) };
  const found = Object.keys(printed).length > 0 ? printed : undefined;
  const cited = citation ? { ...citation.issue, ...found } : found;
  // A name printed apart from any issue line weighs less than the article's reference to itself.
  const apart = cited?.journal ? undefined : journalNamedApart(lines);
  const issue = apart ? { ...cited, journal: apart } : cited;
  const doi = findArticleDoi(lines) ?? findLabelledDoiUnderAbstract(linesUnderAbstract(raw, abstractAt)) ?? citation?.doi;
  if (!issue && !doi) return undefined;
  return { ...(issue ? { issue } : {}), ...(doi ? { doi } : {}) };
}

/**
 * The journal another issue line of the same volume names, when the chosen one names none: a
 * masthead may print the bare issue ("Vol. 5, No. 7, July 2024") and the running header under it
 * the same issue with the journal's name ("Jurnal X, Vol. 5, No. 7, July 2024 1820"). An issue
 * line of another volume or number is another issue's, cited, and names no journal of this one.
 */
function journalOfSameIssue(issues: readonly JournalIssue[], chosen: JournalIssue): string | undefined {
  if (chosen.volume === undefined) return undefined;
  const same = (other: JournalIssue) => other.volume === chosen.volume && (other.issue === undefined || chosen.issue === undefined || other.issue === chosen.issue);
  return issues.find((other) => other.journal !== undefined && same(other))?.journal;
}

/** The front's candidates, with what the article's reference to itself gives for title, authors and year. */
function withOwnCitation(candidates: FrontCandidates, citation: OwnCitation | undefined): FrontCandidates {
  if (!citation) return candidates;
  const reason = "the article's reference to itself";
  return {
    ...candidates,
    title: [...candidates.title, { value: citation.title, score: 0.6, reason }],
    // Names in a reference are cut to initials or inverted; they weigh less than a byline.
    authors: [...candidates.authors, ...(citation.authors.length > 0 ? [{ value: citation.authors, score: 0.5, reason }] : [])],
    year: [...candidates.year, { value: citation.year, score: 0.75, reason }],
  };
}

/**
 * The issue line with what a line break cut from it joined back: the page range after a closing
 * page label ("..., hal." / "189-196"), or the number after a closing volume or number label
 * ("... Vol.2. No." / "7 (Juli 2021)").
 */
function joinBrokenIssueLine(line: string, next: string | undefined): string {
  if (next === undefined) return line;
  const pageRange = /\b(?:hal|hlm|pp?)\.?$/i.test(line) && /^\d+\s*[-–]\s*\d+$/.test(next);
  const issueNumber = /\b(?:vol(?:ume)?|no(?:mor)?|issue)\.?$/i.test(line) && /^\d{1,4}\b/.test(next) && next.split(/\s+/).length <= 6;
  return pageRange || issueNumber ? `${line} ${next}` : line;
}

/** The journal, volume, issue, pages and DOI an article gives, each only when printed. */
function publicationFields({ issue, doi }: Publication): PublicationFields {
  return {
    ...(issue?.journal ? { journal: issue.journal } : {}),
    ...(issue?.volume ? { volume: issue.volume } : {}),
    ...(issue?.issue ? { issue: issue.issue } : {}),
    ...(issue?.pages ? { pages: issue.pages } : {}),
    ...(doi ? { doi } : {}),
  };
}

/**
 * What a text with no abstract found gives: its cover read as a title block, in the language of
 * its prose, and the prose for the body. A flag says why the abstract is missing.
 */
function readUnstructured(paragraphs: readonly string[], review: ReviewFlag[]): { facts: SectionFacts; prose: string[] } {
  const { cover, prose } = splitCoverAndProse(paragraphs);
  const detected = detectLanguage(prose.join(' ')) ?? detectLanguage(paragraphs.join(' '));
  const lang = detected ?? FALLBACK_LANGUAGE;
  if (!detected) review.push({ field: 'languages', reason: `Could not tell the language; assumed ${LANGUAGE_NAMES[lang]}.` });
  return { facts: { lang, abstract: '', ...parseTitleBlock(cover) }, prose };
}

/**
 * Parses a thesis or journal-article text into study fields; `options.article` reads it as an
 * article. Never refuses: a text with no abstract found gives what its
 * cover says, its prose as the body, and review flags for the rest.
 */
export function parseThesis(stored: string, options: { article?: boolean } = {}): ParsedStudy {
  const text = withoutViewerHeader(stored);
  const outline = readThesisOutline(text);
  const lines = outline?.lines ?? cleanPdfLines(text);
  const bodyAt = outline?.bodyAt ?? -1;
  const vocabulary = collectWords(lines.join('\n'));
  const frontLines = dropFrontMatterLines(bodyAt < 0 ? lines : lines.slice(0, bodyAt));
  const front = separateCoverLines(frontLines);
  const frontParagraphs = reflowLines(front, vocabulary);
  const split = splitAbstractSections(frontParagraphs);
  const withText = dropEmptySections(split.sections);
  const review: ReviewFlag[] = [];
  const sections = assignLanguages(withText, review);
  const unstructured = withText.length === 0 ? readUnstructured(frontParagraphs, review) : undefined;
  const facts = unstructured
    ? [unstructured.facts]
    : LANGS.flatMap((lang) => {
        const section = sections.get(lang);
        return section ? [readSection(section, lang)] : [];
      });
  moveTitlesToTheirLanguage(facts);
  const raw = rawLines(text);
  const citation = readOwnCitation(raw.lines, raw.abstractAt);
  const publication = readPublication(raw.lines, raw.abstractAt, citation);
  const trailing = parseTitleBlock(split.trailing, false);
  const candidates = withOwnCitation(collectFrontCandidates(text, frontLines), citation);
  // The front's evidence weighs the title read over the first abstract; a title chosen from the
  // front replaces the one read over the abstract in its own language.
  // The words the document writes in lower case tell names from title words; read once for every use below.
  const ordinary = lowerCaseWords(text);
  // Site chrome ("Anda di halaman 1dari 8"), a date or the author's name read as a title over the abstract is no evidence.
  for (const f of facts) if (f.title && !mayStandAsTitle(f.title, ordinary)) delete f.title;
  // A title over an abstract that ran on into its translation or its authors' names is cut where the front reads the title alone.
  const frontTitles = candidates.title.map((c) => c.value);
  for (const f of facts) if (f.title) f.title = withoutRunOnNames(withoutTranslation(f.title, frontTitles), frontTitles, ordinary);
  const blockTitle = facts.find((f) => f.title);
  const chosenTitle = chooseWithBlock(candidates.title, blockTitle?.title);
  const titleChanged = chosenTitle !== undefined && !facts.some((f) => f.title === chosenTitle.value);
  const chosenTitleLang = chosenTitle && (detectTitleLanguage(chosenTitle.value) ?? blockTitle?.lang ?? facts[0]?.lang);
  const replaced = titleChanged ? facts.find((f) => f.lang === chosenTitleLang) : undefined;
  if (replaced) delete replaced.title;
  const title: Record<string, string> = {};
  const abstract: Record<string, string> = {};
  const keywords: Record<Lang, string[]> = { id: [], en: [] };
  // A title in a language no abstract is written in (an Indonesian title over an English-only
  // abstract) is kept in its own language; no other title is then derived from the aim.
  const titleOfItsOwn = chosenTitle && chosenTitleLang && !facts.some((f) => f.lang === chosenTitleLang) && !facts.some((f) => f.title === chosenTitle.value);
  if (titleOfItsOwn) {
    title[chosenTitleLang] = cleanTitle(chosenTitle.value);
    if (titleChanged) review.push(...reviewChoice(`title.${chosenTitleLang}`, chosenTitle));
  }
  for (const f of facts) {
    if (f.abstract) abstract[f.lang] = f.abstract;
    if (f.title) {
      title[f.lang] = f.title;
    } else if (chosenTitle && chosenTitleLang === f.lang && !Object.values(title).includes(chosenTitle.value)) {
      title[f.lang] = cleanTitle(chosenTitle.value);
      if (titleChanged) review.push(...reviewChoice(`title.${f.lang}`, chosenTitle));
    } else if (titleOfItsOwn) {
      review.push(missing(`title.${f.lang}`, `a title in ${LANGUAGE_NAMES[f.lang]} (the text gives one in ${LANGUAGE_NAMES[chosenTitleLang]})`));
    } else {
      const derived = deriveTitleFromAim(f.abstract, f.lang);
      if (derived) {
        title[f.lang] = derived;
        review.push({
          field: `title.${f.lang}`,
          reason: 'The text gives no title; this one was derived from the stated aim of the study and must be checked against the original.',
        });
      } else {
        review.push(missing(`title.${f.lang}`, 'a title'));
      }
    }
    // Keywords under an abstract are in its language unless their own words clearly say otherwise.
    if (f.keywords) keywords[detectKeywordLanguage(f.keywords) ?? f.lang] = f.keywords;
    if (f.keywordLabel && !f.keywordLabel.known) {
      review.push({
        field: `keywords.${f.lang}`,
        reason: `The keywords are labelled "${f.keywordLabel.label}", not a usual keyword label; check that they are the keywords.`,
      });
    }
  }
  // An abstract the sections did not give is taken from the front's other evidence (text under
  // a heading the paragraphs missed, prose before a keyword line), and always flagged.
  for (const lang of LANGS) {
    const found = abstract[lang] ? undefined : chooseCandidate(candidates.abstracts[lang]);
    if (!found || found.score < WEAK_SCORE) continue;
    abstract[lang] = found.value;
    review.push({ field: `abstract.${lang}`, reason: `The abstract was read as ${found.reason}; check where it starts and ends against the original.` });
  }
  if (unstructured && Object.keys(abstract).length === 0) {
    review.push({
      field: 'abstract',
      reason:
        'No abstract was found (no abstract heading with text under it); the text after the cover is kept as the body. Copy the abstract from the original document.',
    });
  }
  for (const lang of LANGS) if (!abstract[lang]) review.push(missing(`abstract.${lang}`, `an abstract in ${LANGUAGE_NAMES[lang]}`));
  // Keywords the abstracts did not give are taken from a labelled list elsewhere in the front,
  // in the language its label names, unless the list is already another abstract's ("Key words:"
  // over an Indonesian list).
  const listedAlready = new Set(LANGS.map((lang) => keywords[lang].join(' | ').toLowerCase()));
  for (const lang of LANGS) {
    const free = candidates.keywords[lang].filter((c) => !listedAlready.has(c.value.join(' | ').toLowerCase()));
    const listed = keywords[lang].length === 0 ? chooseCandidate(free) : undefined;
    if (listed && listed.score >= WEAK_SCORE) keywords[lang] = listed.value;
    else if (keywords[lang].length === 0 && facts.some((f) => f.lang === lang)) review.push(missing(`keywords.${lang}`, 'keywords for this abstract'));
  }
  // A two-column page's keyword column run into the abstract's first line is the keywords', not the abstract's.
  for (const lang of LANGS) if (abstract[lang]) abstract[lang] = withoutLeadingKeywords(abstract[lang], keywords[lang]);

  // Authors read over an abstract are one piece of evidence among the front's; a choice on weak
  // evidence is not taken: a name is never guessed.
  // A title's last words on a line of their own ("Aspect") are the title's, not an author's.
  const inTitle = partOfTitle(Object.values(title), ordinary);
  const givenAuthors = (firstGiven(facts, (f) => f.authors) ?? trailing.authors).filter((name) => !inTitle(name));
  const frontAuthors = chooseAuthors(
    candidates.authors.flatMap((c) => {
      const names = c.value.filter((name) => !inTitle(name));
      return names.length > 0 ? [{ ...c, value: names }] : [];
    }),
    givenAuthors,
  );
  const chosenAuthors = frontAuthors && frontAuthors.score >= WEAK_SCORE ? frontAuthors : undefined;
  const authors = chosenAuthors?.value ?? [];
  if (chosenAuthors) review.push(...reviewChoice('authors', chosenAuthors));
  // The student number and the supervisors read over the abstracts are one piece of evidence
  // among the front's; a number or a name on weak evidence alone is not taken.
  const numberChoice = chooseCandidate([...blockCandidate(firstGiven([...facts, trailing], (f) => f.studentNumber)), ...candidates.studentNumber]);
  const studentNumber = numberChoice && numberChoice.score >= WEAK_SCORE ? numberChoice.value : undefined;
  if (studentNumber) review.push(...reviewChoice('studentNumber', numberChoice!));
  const supervisorChoice = chooseCandidate(
    [...blockCandidate(firstGiven([...facts, trailing], (f) => f.supervisors)), ...candidates.supervisors],
    supervisorNames,
  );
  const supervisors = supervisorChoice && supervisorChoice.score >= WEAK_SCORE ? supervisorChoice.value : [];
  if (supervisors.length > 0) review.push(...reviewChoice('supervisors', supervisorChoice!));
  // Each unit the blocks name is one piece of evidence beside the front's unit lines; a line
  // cut short (a wrapped name) supports the whole name rather than rivalling it.
  const affiliation: Affiliation = {};
  for (const unit of ['institution', 'faculty', 'department'] as const) {
    const fromBlock = firstGiven([...facts, trailing], (f) => f[unit]);
    // The block's university loses the town after its name on the same evidence as the front's.
    const named = chooseWithBlock(candidates.affiliation[unit], unit === 'institution' && fromBlock ? (nameWithoutTown(fromBlock, lines) ?? fromBlock) : fromBlock);
    if (!named || named.score < WEAK_SCORE) continue;
    affiliation[unit] = named.value;
    review.push(...reviewChoice(unit, named));
  }
  const studyType = firstGiven(facts, (f) => f.studyType) ?? findStudyType(frontParagraphs);
  // The year read over the abstracts and on the issue line are pieces of evidence beside the
  // front's other dates of the document (copyright, publication and cover lines).
  const yearChoice = chooseCandidate([
    ...blockCandidate(firstGiven([...facts, trailing], (f) => f.year)),
    ...(publication?.issue?.year ? [{ value: publication.issue.year, score: 0.75, reason: 'the journal issue line' }] : []),
    ...candidates.year,
  ]);
  const year = yearChoice && yearChoice.score >= WEAK_SCORE ? yearChoice.value : undefined;
  if (year) review.push(...reviewChoice('year', yearChoice!));
  const period = findStudyPeriod([title.id ?? '', title.en ?? '', abstract.id ?? '', abstract.en ?? '']);
  const method = findResearchMethod(abstract.id ?? '', 'id') ?? findResearchMethod(abstract.en ?? '', 'en');

  if (authors.length === 0) review.push(missing('authors', 'the author'));
  if (publication || options.article) {
    if (!publication?.issue?.journal) review.push(missing('publication.journal', 'the name of the journal'));
    const none = 'A journal article names no student number or supervisors; leave it empty unless the original gives one.';
    if (!studentNumber) review.push({ field: 'studentNumber', reason: none });
    if (supervisors.length === 0) review.push({ field: 'supervisors', reason: none });
  } else {
    if (!studentNumber) review.push(missing('studentNumber', 'the student number (NIM)'));
    if (supervisors.length === 0) review.push(missing('supervisors', 'the supervisors'));
  }
  if (authors.length > 1 && affiliation.institution) {
    review.push({
      field: 'institution',
      reason: `The text names ${authors.length} authors; institution, faculty and department are the first affiliation printed, and the others' are not kept.`,
    });
  }
  if (!affiliation.institution) review.push(missing('institution', 'the university'));
  if (!affiliation.faculty) review.push(missing('faculty', 'the faculty'));
  if (!affiliation.department) review.push(missing('department', 'the department or study programme'));
  if (!studyType) review.push(missing('studyType', 'the kind of study (skripsi, tesis, ...)'));
  if (!year) review.push(missing('year', 'the year of the thesis'));
  if (!period) review.push(missing('period', 'the period studied'));
  if (!method) review.push(missing('method', 'the research method'));

  const kind = options.article ? 'article' : outline ? thesisKindOf(outline) : 'thesis-abstract';
  const chapters = bodyAt >= 0;
  const body = chapters
    ? buildThesisBody(lines.slice(bodyAt), vocabulary)
    : { markdown: markdownFromText((unstructured?.prose ?? []).join('\n\n')), review: [] };
  review.push(...body.review);
  const fullText = body.markdown !== '';

  const data: ParsedStudyFields = {
    title,
    authors,
    supervisors,
    languages: LANGS.filter((lang) => abstract[lang] || facts.some((f) => f.lang === lang)),
    abstract,
    keywords,
    fullText,
    ...(studentNumber ? { studentNumber } : {}),
    ...affiliation,
    ...(studyType ? { studyType } : {}),
    ...(year ? { year } : {}),
    ...(period ? { period } : {}),
    ...(method ? { method } : {}),
    ...(publication ? { publication: publicationFields(publication) } : {}),
  };
  return { kind, data, body: body.markdown, review };
}
